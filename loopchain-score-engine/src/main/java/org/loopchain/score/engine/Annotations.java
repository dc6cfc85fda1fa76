package org.loopchain.score.engine;

import java.util.List;
import java.util.stream.Stream;
import org.objectweb.asm.tree.AnnotationNode;
import org.objectweb.asm.tree.MethodNode;

/** Annotations read from class files, whatever their retention ({@code RUNTIME} or {@code CLASS}). */
final class Annotations {

    private Annotations() {
    }

    static AnnotationNode find(MethodNode method, String desc) {
        return find(method.visibleAnnotations, method.invisibleAnnotations, desc);
    }

    /** The annotation {@code desc} on parameter {@code index}, or null. */
    static AnnotationNode findOnParameter(MethodNode method, int index, String desc) {
        return find(at(method.visibleParameterAnnotations, index), at(method.invisibleParameterAnnotations, index),
                desc);
    }

    /** An element's value, or null if the annotation or element is absent (the default applies). */
    static Object value(AnnotationNode annotation, String name) {
        if (annotation == null || annotation.values == null) {
            return null;
        }
        for (int i = 0; i + 1 < annotation.values.size(); i += 2) {
            if (annotation.values.get(i).equals(name)) {
                return annotation.values.get(i + 1);
            }
        }
        return null;
    }

    private static AnnotationNode find(List<AnnotationNode> visible, List<AnnotationNode> invisible, String desc) {
        return Stream.of(visible, invisible).filter(list -> list != null).flatMap(List::stream)
                .filter(annotation -> annotation.desc.equals(desc)).findFirst().orElse(null);
    }

    private static List<AnnotationNode> at(List<AnnotationNode>[] annotations, int index) {
        return annotations == null || index >= annotations.length ? null : annotations[index];
    }
}
