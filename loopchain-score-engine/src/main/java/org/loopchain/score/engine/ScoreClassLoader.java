package org.loopchain.score.engine;

import java.util.Map;

/**
 * Defines the instrumented classes of one archive. Their names are looked up here first; every
 * other name ({@code score.*}, {@link StepMeter}, {@link EventLogs}, {@link Restore}, the JDK)
 * goes to the parent, the engine's own class loader.
 */
public final class ScoreClassLoader extends ClassLoader {

    static {
        registerAsParallelCapable();
    }

    private final Map<String, byte[]> classFiles;

    /** {@code classFiles}: internal name to instrumented class file. */
    public ScoreClassLoader(String archiveName, Map<String, byte[]> classFiles, ClassLoader parent) {
        super("score:" + archiveName, parent);
        this.classFiles = Map.copyOf(classFiles);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        byte[] bytes = classFiles.get(name.replace('.', '/'));
        if (bytes == null) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> loaded = findLoadedClass(name);
            if (loaded == null) {
                loaded = defineClass(name, bytes, 0, bytes.length);
            }
            if (resolve) {
                resolveClass(loaded);
            }
            return loaded;
        }
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        throw new ClassNotFoundException(name);
    }
}
