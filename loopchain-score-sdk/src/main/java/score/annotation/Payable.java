package score.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Target;

/**
 * Marks an external method that accepts a value sent with the call: a v3 call with {@code value}
 * to a method without it fails (result code 4) and moves nothing.
 */
@Target(ElementType.METHOD)
public @interface Payable {
}
