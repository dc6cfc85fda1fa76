package org.loopchain.score.sdk;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import score.Context;

/**
 * Our packages {@code score} and {@code score.annotation} against ICON's {@code javaee-api} jar
 * (copied to {@code target/icon-api/} by the build and loaded in isolation): the same public
 * classes, each with the same modifiers, supertypes, retention, targets and public or protected
 * members, generics and throws clauses included.
 */
class ApiCompatibilityTest {

    @Test
    void everyPublicTypeAndMemberMatchesIconsApi() throws Exception {
        Path iconJar = Paths.get(System.getProperty("icon.api.jar", "target/icon-api/javaee-api.jar"));
        assertTrue(Files.isRegularFile(iconJar), "ICON's API jar is missing: " + iconJar);

        List<String> differences = new ArrayList<>();
        Set<String> iconClasses = publicClassNames(iconJar);
        try (URLClassLoader icon = new URLClassLoader(new URL[] {iconJar.toUri().toURL()},
                ClassLoader.getPlatformClassLoader())) {
            for (String name : iconClasses) {
                Class<?> theirs = Class.forName(name, false, icon);
                if (!Modifier.isPublic(theirs.getModifiers())) {
                    continue;
                }
                Class<?> ours;
                try {
                    ours = Class.forName(name, false, Context.class.getClassLoader());
                } catch (ClassNotFoundException e) {
                    differences.add("missing class " + name);
                    continue;
                }
                compare(name, describe(theirs), describe(ours), differences);
            }
        }
        for (String name : ourPublicClassNames()) {
            if (!iconClasses.contains(name)) {
                differences.add("extra public class " + name);
            }
        }
        assertTrue(differences.isEmpty(), "differences from ICON's API:\n" + String.join("\n", differences));
    }

    private static void compare(String name, Set<String> theirs, Set<String> ours, List<String> differences) {
        for (String item : theirs) {
            if (!ours.contains(item)) {
                differences.add(name + ": missing " + item);
            }
        }
        for (String item : ours) {
            if (!theirs.contains(item)) {
                differences.add(name + ": extra " + item);
            }
        }
    }

    /** Everything about a class that a contract compiled against it can see. */
    private static Set<String> describe(Class<?> type) throws IllegalAccessException {
        Set<String> items = new TreeSet<>();
        items.add("type " + Modifier.toString(type.getModifiers()) + " " + type.toGenericString()
                + (type.isAnnotation() ? " (annotation)" : type.isInterface() ? " (interface)" : ""));
        items.add("superclass " + type.getGenericSuperclass());
        Arrays.stream(type.getGenericInterfaces()).forEach(i -> items.add("implements " + i.getTypeName()));
        if (type.isAnnotation()) {
            Retention retention = type.getAnnotation(Retention.class);
            items.add("retention " + (retention == null ? "CLASS (default)" : retention.value()));
            Target target = type.getAnnotation(Target.class);
            items.add("target " + (target == null ? "(any)" : new TreeSet<>(Arrays.stream(target.value())
                    .map(Enum::name).toList())));
        }
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            if (visible(constructor)) {
                items.add("constructor " + constructor.toGenericString());
            }
        }
        for (Method method : type.getDeclaredMethods()) {
            if (visible(method) && !method.isSynthetic() && !method.isBridge()) {
                Object defaultValue = method.getDefaultValue();
                items.add("method " + method.toGenericString()
                        + (defaultValue == null ? "" : " default " + defaultValue));
            }
        }
        for (Field field : type.getDeclaredFields()) {
            if (visible(field)) {
                boolean constant = Modifier.isStatic(field.getModifiers()) && Modifier.isFinal(field.getModifiers());
                items.add("field " + field.toGenericString() + (constant ? " = " + field.get(null) : ""));
            }
        }
        return items;
    }

    private static boolean visible(Member member) {
        return (member.getModifiers() & (Modifier.PUBLIC | Modifier.PROTECTED)) != 0;
    }

    private static Set<String> publicClassNames(Path jar) throws IOException {
        Set<String> names = new TreeSet<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            file.stream().map(entry -> entry.getName())
                    .filter(ApiCompatibilityTest::isApiClassFile)
                    .forEach(entry -> names.add(entry.replace('/', '.').substring(0, entry.length() - ".class".length())));
        }
        return names;
    }

    private static Set<String> ourPublicClassNames() throws Exception {
        Path classes = Paths.get(Context.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.walk(classes.resolve("score"))) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String entry = classes.relativize(file).toString().replace('\\', '/');
                if (isApiClassFile(entry)) {
                    String name = entry.replace('/', '.').substring(0, entry.length() - ".class".length());
                    Class<?> type = Class.forName(name, false, Context.class.getClassLoader());
                    if (Modifier.isPublic(type.getModifiers())) {
                        names.add(name);
                    }
                }
            }
        }
        return names;
    }

    private static boolean isApiClassFile(String entry) {
        boolean inPackage = entry.startsWith("score/") && (entry.indexOf('/', "score/".length()) < 0
                || entry.startsWith("score/annotation/") && entry.indexOf('/', "score/annotation/".length()) < 0);
        return inPackage && entry.endsWith(".class") && !entry.endsWith("package-info.class");
    }

}
