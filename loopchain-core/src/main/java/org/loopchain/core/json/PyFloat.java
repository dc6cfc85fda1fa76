package org.loopchain.core.json;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Python's {@code repr(float)}: the shortest decimal that reads back as the same double (the
 * nearest one when several have that length), in fixed notation when the decimal exponent is in
 * [-4, 16) and in {@code 1.5e-05} style otherwise; integral values in fixed notation end in
 * {@code .0}.
 *
 * <p>Java 17's {@link Double#toString} is not always shortest (JDK-4511638, fixed in 19), so the
 * digits are found here: for a precision p the two p-digit neighbours of the exact binary value
 * are the candidates, and the smallest p where one of them reads back wins.
 */
final class PyFloat {

    private static final int MAX_DIGITS = 17;

    private PyFloat() {
    }

    /** Python's {@code float.__repr__} of a finite double. */
    static String repr(double d) {
        if (!Double.isFinite(d)) {
            throw new IllegalArgumentException("not finite: " + d);
        }
        if (d == 0) {
            return (1 / d < 0) ? "-0.0" : "0.0";
        }
        BigDecimal shortest = shortest(Math.abs(d)).stripTrailingZeros();
        String digits = shortest.unscaledValue().toString();
        int exponent = digits.length() - 1 - shortest.scale();
        String body = (exponent >= -4 && exponent < 16) ? fixed(digits, exponent) : scientific(digits, exponent);
        return d < 0 ? "-" + body : body;
    }

    /**
     * Whether some p-digit decimal reads back is monotone in p (a p-digit decimal is also a
     * (p+1)-digit one), so the shortest precision is found by bisection; 17 digits always do.
     */
    private static BigDecimal shortest(double positive) {
        BigDecimal exact = new BigDecimal(positive);
        int lo = 1;
        int hi = MAX_DIGITS;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (candidate(exact, positive, mid) != null) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        BigDecimal best = candidate(exact, positive, lo);
        if (best == null) {
            throw new IllegalStateException("no " + MAX_DIGITS + "-digit decimal reads back as " + positive);
        }
        return best;
    }

    /** The p-digit neighbour of {@code exact} that reads back as {@code value} (the nearer if both do), or null. */
    private static BigDecimal candidate(BigDecimal exact, double value, int p) {
        BigDecimal down = exact.round(new MathContext(p, RoundingMode.FLOOR));
        BigDecimal up = exact.round(new MathContext(p, RoundingMode.CEILING));
        boolean downOk = readsBack(down, value);
        boolean upOk = readsBack(up, value);
        if (downOk && upOk) {
            return nearer(exact, down, up);
        }
        return downOk ? down : upOk ? up : null;
    }

    private static boolean readsBack(BigDecimal candidate, double value) {
        return Double.parseDouble(candidate.toString()) == value;
    }

    private static BigDecimal nearer(BigDecimal exact, BigDecimal down, BigDecimal up) {
        int cmp = exact.subtract(down).compareTo(up.subtract(exact));
        if (cmp != 0) {
            return cmp < 0 ? down : up;
        }
        return down.unscaledValue().testBit(0) ? up : down;
    }

    private static String fixed(String digits, int exponent) {
        int n = digits.length();
        if (exponent < 0) {
            return "0." + "0".repeat(-exponent - 1) + digits;
        }
        if (n <= exponent + 1) {
            return digits + "0".repeat(exponent + 1 - n) + ".0";
        }
        return digits.substring(0, exponent + 1) + "." + digits.substring(exponent + 1);
    }

    private static String scientific(String digits, int exponent) {
        StringBuilder sb = new StringBuilder(digits.length() + 6);
        sb.append(digits.charAt(0));
        if (digits.length() > 1) {
            sb.append('.').append(digits, 1, digits.length());
        }
        sb.append('e').append(exponent < 0 ? '-' : '+');
        int abs = Math.abs(exponent);
        if (abs < 10) {
            sb.append('0');
        }
        return sb.append(abs).toString();
    }
}
