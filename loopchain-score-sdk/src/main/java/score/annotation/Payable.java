package score.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Target;

/**
 * Marks an external method that accepts a value sent with the call. Loopchain has no native coin,
 * so the value is always zero; the annotation is kept for source compatibility.
 */
@Target(ElementType.METHOD)
public @interface Payable {
}
