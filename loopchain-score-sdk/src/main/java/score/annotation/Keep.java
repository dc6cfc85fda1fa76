package score.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Target;

/**
 * Tells ICON's optimizer not to remove a member. Loopchain does not shrink archives, so it has no
 * effect here; it is kept for source compatibility.
 */
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.CONSTRUCTOR})
public @interface Keep {
}
