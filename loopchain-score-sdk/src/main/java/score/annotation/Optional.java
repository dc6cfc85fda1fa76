package score.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Target;

/**
 * Marks a parameter a caller may omit: it then gets its zero value (0, {@code false} or
 * {@code null}).
 */
@Target(ElementType.PARAMETER)
public @interface Optional {
}
