package com.example;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import score.annotation.External;

/** Work done inside JDK methods, which metering by instructions alone would not see. */
public class JdkWorkScore {

    public JdkWorkScore() {
    }

    @External(readonly = true)
    public int repeat(String text, int times) {
        return text.repeat(times).length();
    }

    @External(readonly = true)
    public BigInteger multiply(BigInteger a, BigInteger b) {
        return a.multiply(b);
    }

    @External(readonly = true)
    public int powerBits(int exponent) {
        return BigInteger.TWO.pow(exponent).bitLength();
    }

    @External(readonly = true)
    public int shiftBits(int by) {
        return BigInteger.ONE.shiftLeft(by).bitLength();
    }

    /** Squares a number again and again through a method reference, which calls the JDK directly. */
    @External(readonly = true)
    public int squareByReference(int rounds) {
        Map<String, BigInteger> values = new TreeMap<>();
        values.put("x", BigInteger.valueOf(3));
        for (int i = 0; i < rounds; i++) {
            values.merge("x", values.get("x"), BigInteger::multiply);
        }
        return values.get("x").bitLength();
    }

    @External(readonly = true)
    public int substringLength(String text) {
        return text.substring(1).length();
    }

    @External(readonly = true)
    public int presized(int capacity) {
        return new ArrayList<Integer>(capacity).size();
    }

    /** Builds a list of n integers in descending order, then sorts it {@code times} times. */
    @External(readonly = true)
    public int sortDescending(int n, int times) {
        Integer[] values = new Integer[n];
        for (int i = 0; i < n; i++) {
            values[i] = n - i;
        }
        List<Integer> list = new ArrayList<>(Arrays.asList(values));
        for (int i = 0; i < times; i++) {
            list.sort(null);
        }
        return list.get(0);
    }

    @External(readonly = true)
    public int copy(int length) {
        byte[] from = new byte[length];
        byte[] to = new byte[length];
        System.arraycopy(from, 0, to, 0, length);
        return to.length;
    }

    /** Joins the same text many times: a list of references costs little, the joined text a lot. */
    @External(readonly = true)
    public int joinCopies(String text, int copies) {
        return String.join(",", Collections.nCopies(copies, text)).length();
    }

    @External(readonly = true)
    public int replaceEach(String text, String target, String replacement) {
        return text.replace(target, replacement).length();
    }
}
