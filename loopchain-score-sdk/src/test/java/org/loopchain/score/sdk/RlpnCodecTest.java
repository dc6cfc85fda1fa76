package org.loopchain.score.sdk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.HexFormat;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import score.Address;
import score.ByteArrayObjectWriter;
import score.Context;
import score.ObjectReader;
import score.ObjectWriter;

public class RlpnCodecTest {

    /** A contract class with its own codec methods. */
    public static final class Person {
        final String name;
        final int age;

        Person(String name, int age) {
            this.name = name;
            this.age = age;
        }

        public static void writeObject(ObjectWriter w, Person p) {
            w.beginList(2);
            w.write(p.name);
            w.write(p.age);
            w.end();
        }

        public static Person readObject(ObjectReader r) {
            r.beginList();
            Person p = new Person(r.readString(), r.readInt());
            r.end();
            return p;
        }
    }

    private static ByteArrayObjectWriter writer() {
        return Context.newByteArrayObjectWriter("RLPn");
    }

    private static ObjectReader reader(byte[] bytes) {
        return Context.newByteArrayObjectReader("RLPn", bytes);
    }

    @Test
    void simpleValuesHaveTheirRlpBytes() {
        assertEncodes("00", w -> w.write(0));
        assertEncodes("01", w -> w.write(true));
        assertEncodes("00", w -> w.write(false));
        assertEncodes("7f", w -> w.write((byte) 127));
        assertEncodes("8180", w -> w.write(-128));
        assertEncodes("820400", w -> w.write(1024));
        assertEncodes("83646f67", w -> w.write("dog"));
        assertEncodes("80", w -> w.write(""));
        assertEncodes("f800", ObjectWriter::writeNull);
        assertEncodes("c883636174" + "83646f67", w -> w.writeListOf("cat", "dog"));
        assertEncodes("c0", w -> w.writeListOf());
    }

    @Test
    void everySimpleTypeRoundTrips() {
        ByteArrayObjectWriter w = writer();
        Address address = InMemoryScoreHost.SCORE;
        BigInteger big = new BigInteger("-987654321098765432109876543210");
        w.write(true);
        w.write((byte) -5);
        w.write((short) 30000);
        w.write('\u20ac');
        w.write(Integer.MIN_VALUE);
        w.write(1.25f);
        w.write(Long.MAX_VALUE);
        w.write(-0.5d);
        w.write(big);
        w.write("h\u00e9llo");
        w.write(new byte[] {9, 8});
        w.write(address);

        ObjectReader r = reader(w.toByteArray());
        assertTrue(r.readBoolean());
        assertEquals((byte) -5, r.readByte());
        assertEquals((short) 30000, r.readShort());
        assertEquals('\u20ac', r.readChar());
        assertEquals(Integer.MIN_VALUE, r.readInt());
        assertEquals(1.25f, r.readFloat());
        assertEquals(Long.MAX_VALUE, r.readLong());
        assertEquals(-0.5d, r.readDouble());
        assertEquals(big, r.readBigInteger());
        assertEquals("h\u00e9llo", r.readString());
        assertArrayEquals(new byte[] {9, 8}, r.readByteArray());
        assertEquals(address, r.readAddress());
        assertFalse(r.hasNext());
    }

    @Test
    void listsMapsAndNullsRoundTrip() {
        ByteArrayObjectWriter w = writer();
        w.beginMap(2);
        w.write("a");
        w.writeListOfNullable(1, null, "x");
        w.write("b");
        w.writeNullable((Object) null);
        w.end();
        w.beginNullableList(0);
        w.end();
        w.writeNull();

        ObjectReader r = reader(w.toByteArray());
        r.beginMap();
        assertEquals("a", r.read(String.class));
        r.beginList();
        assertEquals(1, r.readNullable(Integer.class));
        assertNull(r.readNullable(Integer.class));
        assertEquals("x", r.readNullable(String.class));
        assertFalse(r.hasNext());
        assertEquals("z", r.readOrDefault(String.class, "z"));
        r.end();
        assertEquals("b", r.readString());
        assertNull(r.readNullable(String.class));
        r.end();
        assertTrue(r.beginNullableList());
        r.end();
        assertFalse(r.beginNullableMap());
        assertFalse(r.hasNext());
    }

    @Test
    void longStringsAndListsUseTheLongForm() {
        String text = "x".repeat(1000);
        ByteArrayObjectWriter w = writer();
        w.beginList(100);
        for (int i = 0; i < 100; i++) {
            w.write(text);
        }
        w.end();
        byte[] bytes = w.toByteArray();
        assertEquals(0xf7 + 3, bytes[0] & 0xff);

        ObjectReader r = reader(bytes);
        r.beginList();
        r.skip(99);
        assertEquals(text, r.readString());
        r.end();
        assertFalse(r.hasNext());
    }

    @Test
    void aClassWithCodecMethodsRoundTrips() {
        ByteArrayObjectWriter w = writer();
        w.write(new Person("ann", 41));
        w.writeNullable(new Person("bob", 7));
        ObjectReader r = reader(w.toByteArray());
        Person ann = r.read(Person.class);
        Person bob = r.readNullable(Person.class);
        assertEquals("ann", ann.name);
        assertEquals(41, ann.age);
        assertEquals("bob", bob.name);
    }

    @Test
    void aClassWithoutCodecMethodsIsAnIllegalArgument() {
        assertThrows(IllegalArgumentException.class, () -> writer().write(new Object()));
        assertThrows(IllegalArgumentException.class, () -> reader(new byte[] {0}).read(Object.class));
    }

    @Test
    void aTypeMismatchInvalidatesTheReader() {
        ByteArrayObjectWriter w = writer();
        w.write("text");
        ObjectReader r = reader(w.toByteArray());
        assertThrows(IllegalStateException.class, r::beginList);
        assertThrows(IllegalStateException.class, r::readString);
    }

    @Test
    void readingANullAsNonNullableOrPastTheEndIsAnIllegalState() {
        ByteArrayObjectWriter w = writer();
        w.writeNull();
        assertThrows(IllegalStateException.class, () -> reader(w.toByteArray()).readString());
        assertThrows(IllegalStateException.class, () -> reader(new byte[0]).readInt());
        assertThrows(IllegalStateException.class, () -> reader(new byte[] {(byte) 0x83, 1}).readByteArray());
    }

    @Test
    void anUnbalancedEndIsAnIllegalStateAndInvalidatesTheWriter() {
        ByteArrayObjectWriter w = writer();
        assertThrows(IllegalStateException.class, w::end);
        assertThrows(IllegalStateException.class, () -> w.write(1));
        assertThrows(NullPointerException.class, () -> writer().write((String) null));
    }

    @Test
    void onlyTheRlpnCodecIsSupported() {
        assertThrows(IllegalArgumentException.class, () -> Context.newByteArrayObjectWriter("RLP"));
        assertThrows(IllegalArgumentException.class, () -> Context.newByteArrayObjectReader("JSON", new byte[0]));
    }

    private static void assertEncodes(String hex, Consumer<ObjectWriter> write) {
        ByteArrayObjectWriter w = writer();
        write.accept(w);
        assertEquals(hex, HexFormat.of().formatHex(w.toByteArray()));
    }
}
