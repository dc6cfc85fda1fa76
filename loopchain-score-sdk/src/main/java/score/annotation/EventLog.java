package score.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Target;

/**
 * Marks a method whose call records an event log instead of running its body. The first
 * {@code indexed} parameters (at most 3) are indexed; the rest are data. Parameters are
 * {@code int}, {@code boolean}, {@code byte[]}, {@code BigInteger}, {@code String} or
 * {@code Address}.
 */
@Target(ElementType.METHOD)
public @interface EventLog {

    /** How many leading parameters are indexed (0 to 3). */
    int indexed() default 0;
}
