package com.example;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import score.annotation.External;

/**
 * Identity hash codes the check cannot see at deploy time (an erased or {@code Object} static type):
 * each of these calls is checked when it runs.
 */
public class IdentityScore {

    /** A class without its own hashCode or toString. */
    public static class Plain {
    }

    public enum Shade { LIGHT, DARK }

    private static Object held(int kind) {
        return switch (kind) {
            case 0 -> new Plain();
            case 1 -> Shade.DARK;
            case 2 -> new int[] {1};
            default -> "text";
        };
    }

    @External(readonly = true)
    public String text(int kind) {
        return "held: " + held(kind);
    }

    @External(readonly = true)
    public int hashOfList(int kind) {
        List<Object> values = new ArrayList<>();
        values.add("a");
        values.add(held(kind));
        return values.hashCode();
    }

    @External(readonly = true)
    public int objectsHash(int kind) {
        return Objects.hash(BigInteger.ONE, held(kind));
    }

    @External(readonly = true)
    public String lambdaText() {
        Runnable task = () -> { };
        Object shown = task;
        return String.valueOf(shown);
    }

    @External(readonly = true)
    public String listText(int kind) {
        return List.of("a", held(kind)).toString();
    }

    @External(readonly = true)
    public String lambdaClassName() {
        Runnable task = () -> { };
        return task.getClass().getName();
    }

    @External(readonly = true)
    public String className() {
        return new Plain().getClass().getName();
    }

    /** A cast the JVM refuses: its own message names the class loaders with their identity hash codes. */
    @External(readonly = true)
    public String castWrongly() {
        Object plain = new Plain();
        return ((Shade) plain).name();
    }

    /** Reads the JVM's wording of a failed cast, which names the class loaders with their identity hash codes. */
    @External(readonly = true)
    public String castMessage() {
        try {
            return castWrongly();
        } catch (ClassCastException | IllegalStateException e) {
            return "caught " + e.getMessage();
        }
    }

    /** Lists nested {@code depth} deep: the JDK's hashCode recurses once per level. */
    @External(readonly = true)
    public int nestedHash(int depth) {
        List<Object> list = new ArrayList<>();
        for (int i = 0; i < depth; i++) {
            List<Object> outer = new ArrayList<>();
            outer.add(list);
            list = outer;
        }
        return list.hashCode();
    }
}
