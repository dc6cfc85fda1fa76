package org.loopchain.score.engine;

import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * The steps an allowed JDK method costs beyond the instruction that calls it, charged just before
 * the call from the sizes of its receiver and arguments, so work proportional to the data (copying
 * a string, multiplying big numbers, sorting a list) is paid for before it is done, and an
 * amplifying call ({@code "x".repeat(n)}, {@code BigInteger.pow}, {@code new ArrayList<>(n)}) runs
 * out of steps instead of out of memory. The rules per member are data ({@link JdkCostRules}).
 *
 * <p>The size of a value: a {@code CharSequence} its length, an array or a collection or map its
 * element count, a {@code BigInteger} its 32-bit words ({@code bitLength / 32 + 1}), a
 * {@code BigDecimal} its unscaled words plus {@code |scale| / 9} (its digits when written out), a
 * {@code MathContext} {@code precision / 9 + 1}, anything else 1. Every cost saturates at
 * {@code Long.MAX_VALUE}, which no budget reaches.
 */
public final class JdkCosts {

    /** How a member's cost follows from a call's values: the receiver (or null), then the arguments. */
    enum Cost {
        /** Free: constant time, or paid for elsewhere (element callbacks are contract code). */
        FREE(values -> 0),
        /** Linear in every value: 1 + the sum of their sizes. */
        LINEAR(values -> 1 + sizes(values, 0)),
        /** Linear in the arguments only (an append does not copy what the builder holds). */
        ARGS(values -> 1 + sizes(values, 1)),
        /** Quadratic in two operands (schoolbook multiplication and division). */
        PRODUCT(values -> plus(1 + size(values[0]) + size(values[1]), times(size(values[0]), size(values[1])))),
        /** Conversion between text and a big number: n + n² / 64. */
        SQUARE(values -> {
            long n = 1 + sizes(values, 0);
            return plus(n, times(n, n) / 64);
        }),
        /** A sort: n log n of the largest value. */
        SORT(values -> {
            long n = 0;
            for (Object value : values) {
                n = Math.max(n, size(value));
            }
            return 1 + times(n, 64 - Long.numberOfLeadingZeros(n));
        }),
        /** {@code String.repeat(n)}, {@code indent(n)}: the receiver's length times n (at most). */
        REPEAT(values -> 1 + plus(size(values[0]), times(size(values[0]), integer(values, 1)))),
        /** {@code String.replace(target, replacement)}: the longest text it can make. */
        REPLACE(values -> {
            long length = size(values[0]);
            long matches = length / Math.max(1, size(values[1])) + 1;
            return 1 + plus(length, times(matches, size(values[2])));
        }),
        /** {@code String.join(delimiter, elements)}: every element's length and a delimiter each. */
        JOIN(values -> {
            long total = 1;
            long delimiter = size(values[1]);
            Iterable<?> elements = values[2] instanceof Object[] array ? Arrays.asList(array) : (Iterable<?>) values[2];
            for (Object element : elements) {
                total = plus(total, plus(delimiter, size(element)));
            }
            return total;
        }),
        /** An element count given as the first integer argument (a capacity, a new length). */
        COUNT(values -> 1 + Math.max(0, integer(values, 1))),
        /** A range given as the first two integer arguments: to − from. */
        RANGE(values -> 1 + Math.max(0, integer(values, 2) - integer(values, 1))),
        /** {@code Arrays.fill}: its range if it has one, else the whole array. */
        FILL(values -> values.length >= 4 ? 1 + Math.max(0, integer(values, 2) - integer(values, 1))
                : 1 + sizes(values, 0)),
        /** {@code System.arraycopy}: its length argument. */
        ARRAYCOPY(values -> 1 + Math.max(0, integer(values, 3))),
        /** A shift or bit operation at position n: the receiver plus n / 32 words. */
        SHIFT(values -> 1 + plus(size(values[0]), Math.abs(integer(values, 1)) / 32)),
        /** {@code pow(e)}: the square of the result's words. */
        POW(values -> {
            long bits = values[0] instanceof BigInteger big ? big.bitLength() : times(size(values[0]), 32);
            long words = 1 + times(bits, integer(values, 1)) / 32;
            return 1 + times(words, words);
        }),
        /** {@code modPow(e, m)}: the modulus's words squared, per bit of the exponent. */
        MOD_POW(values -> {
            long modulus = size(values[2]);
            long bits = values[1] instanceof BigInteger exponent ? exponent.bitLength() : 1;
            return 1 + times(times(modulus, modulus), bits + 1);
        }),
        /** A scale change by n digits: the receiver plus n / 9 words. */
        SCALE(values -> 1 + plus(size(values[0]), Math.abs(integer(values, 1)) / 9));

        private final ToLongFunction<Object[]> steps;

        Cost(ToLongFunction<Object[]> steps) {
            this.steps = steps;
        }

        long steps(Object[] values) {
            return steps.applyAsLong(values);
        }
    }

    private static final List<Cost> COSTS = List.of(Cost.values());

    private JdkCosts() {
    }

    /** Called by instrumented code before a metered JDK call: charges the cost numbered {@code cost}. */
    public static void charge(int cost, Object[] values) {
        StepMeter.charge(COSTS.get(cost).steps(values));
    }

    /** The cost of a call of {@code owner.name desc} (a JDK type); {@link Cost#FREE} if none is listed. */
    static Cost of(String owner, String name, String desc) {
        return JdkCostRules.costOf(owner, name, desc);
    }

    static long size(Object value) {
        if (value == null) {
            return 0;
        }
        if (value instanceof CharSequence text) {
            return text.length();
        }
        if (value instanceof BigInteger big) {
            return big.bitLength() / 32 + 1;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.unscaledValue().bitLength() / 32 + 1 + Math.abs((long) decimal.scale()) / 9;
        }
        if (value instanceof MathContext context) {
            return context.getPrecision() / 9 + 1;
        }
        if (value instanceof Collection<?> collection) {
            return collection.size();
        }
        if (value instanceof Map<?, ?> map) {
            return map.size();
        }
        if (value.getClass().isArray()) {
            return Array.getLength(value);
        }
        return 1;
    }

    private static long sizes(Object[] values, int from) {
        long total = 0;
        for (int i = from; i < values.length; i++) {
            total = plus(total, size(values[i]));
        }
        return total;
    }

    /** The {@code n}th integer (int or long) among {@code values[1..]}, counting from 1; 0 if there is none. */
    private static long integer(Object[] values, int n) {
        int seen = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] instanceof Integer || values[i] instanceof Long) {
                seen++;
                if (seen == n) {
                    return ((Number) values[i]).longValue();
                }
            }
        }
        return 0;
    }

    static long plus(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }

    static long times(long a, long b) {
        if (a <= 0 || b <= 0) {
            return 0;
        }
        return a > Long.MAX_VALUE / b ? Long.MAX_VALUE : a * b;
    }
}
