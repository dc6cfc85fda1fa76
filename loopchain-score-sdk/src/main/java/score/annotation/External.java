package score.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Target;

/**
 * Marks a method that transactions and queries may call. With {@code readonly = true} the method
 * may only read state (it serves queries; a write fails the call).
 *
 * <p>Parameters are simple values ({@code boolean}, {@code char}, {@code byte}, {@code short},
 * {@code int}, {@code long}, {@code byte[]}, {@link java.math.BigInteger}, {@link score.Address},
 * {@link String}), writable structs (a public no-argument constructor and setters) or arrays of
 * these. Results are void, simple values, readable structs (getters), arrays, {@link java.util.List}
 * or {@link java.util.Map} with {@code String} keys. An exception thrown by the method fails the
 * call; a {@link score.UserRevertException} decides the failure code.
 *
 * <p>Retention is the default ({@code CLASS}), as in ICON's API: the engine reads it from bytecode.
 */
@Target(ElementType.METHOD)
public @interface External {

    /** True if the method only reads state. */
    boolean readonly() default false;
}
