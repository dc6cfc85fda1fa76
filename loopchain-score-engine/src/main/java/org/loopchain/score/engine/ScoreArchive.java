package org.loopchain.score.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.objectweb.asm.ClassReader;

/**
 * A SCORE packaged as a jar or WAR: its manifest attributes ({@code Score-Class}, {@code Score-Id},
 * {@code Score-Version}, optional {@code Score-Channels}) and its class files.
 *
 * <p>A jar's classes are read from its root; a WAR's (any archive with a {@code WEB-INF/} entry)
 * from {@code WEB-INF/classes/} and the jars in {@code WEB-INF/lib/}. {@code META-INF/**},
 * {@code module-info} and resources are ignored. The archive is rejected when it is larger than
 * {@value #MAX_ARCHIVE_BYTES} bytes, holds more than {@value #MAX_CLASSES} classes, holds a class
 * twice, or lacks a required attribute or its {@code Score-Class}.
 */
public final class ScoreArchive {

    public static final int MAX_ARCHIVE_BYTES = 16 * 1024 * 1024;
    public static final int MAX_CLASSES = 2_000;
    /** Bound on the inflated size of everything read (a zip bomb stops here). */
    static final long MAX_INFLATED_BYTES = 4L * MAX_ARCHIVE_BYTES;

    private final String id;
    private final String version;
    private final String mainClass;
    private final List<String> channels;
    private final String sha256;
    private final SortedMap<String, byte[]> classFiles;

    private ScoreArchive(String id, String version, String mainClass, String channelList, String sha256,
            SortedMap<String, byte[]> classFiles) {
        this.id = id;
        this.version = version;
        this.mainClass = mainClass;
        this.channels = channelList == null ? List.of()
                : Arrays.stream(channelList.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        this.sha256 = sha256;
        this.classFiles = Collections.unmodifiableSortedMap(classFiles);
    }

    /** Reads a jar or WAR; {@link ScoreRejectedException} lists why it is not a SCORE archive. */
    public static ScoreArchive read(byte[] bytes) throws ScoreRejectedException {
        Contents contents = contents(bytes);
        List<String> problems = new ArrayList<>(contents.problems);
        problems.addAll(manifestProblems(contents.manifest));
        String main = problems.isEmpty() ? contents.manifest.getMainAttributes().getValue("Score-Class").trim() : null;
        checkClasses(contents, main, "Score-Class", problems);
        Attributes attributes = contents.manifest.getMainAttributes();
        return new ScoreArchive(attributes.getValue("Score-Id").trim(), attributes.getValue("Score-Version").trim(), main,
                attributes.getValue("Score-Channels"), sha256Hex(bytes), contents.classFiles);
    }

    /**
     * Reads the jar of an ICON Java SCORE deployed by a transaction: the contract class is the
     * manifest's {@code Score-Class} or, as ICON's optimized jars name it, its {@code Main-Class};
     * the id is the contract's address, the version {@code deployed}.
     */
    public static ScoreArchive readDeployed(byte[] bytes, String address) throws ScoreRejectedException {
        Contents contents = contents(bytes);
        List<String> problems = new ArrayList<>(contents.problems);
        String main = null;
        if (contents.manifest == null) {
            problems.add("archive has no META-INF/MANIFEST.MF");
        } else {
            Attributes attributes = contents.manifest.getMainAttributes();
            main = attributes.getValue("Score-Class") != null ? attributes.getValue("Score-Class") : attributes.getValue("Main-Class");
            if (main == null || main.isBlank()) {
                problems.add("manifest attribute Main-Class (or Score-Class) is missing");
                main = null;
            } else {
                main = main.trim();
            }
        }
        checkClasses(contents, main, "Main-Class", problems);
        return new ScoreArchive(address, "deployed", main, null, sha256Hex(bytes), contents.classFiles);
    }

    private static Contents contents(byte[] bytes) throws ScoreRejectedException {
        if (bytes.length > MAX_ARCHIVE_BYTES) {
            throw new ScoreRejectedException("archive of " + bytes.length + " bytes exceeds the limit of "
                    + MAX_ARCHIVE_BYTES + " bytes");
        }
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K' || bytes[2] != 3 || bytes[3] != 4) {
            throw new ScoreRejectedException("not a zip archive");
        }
        Contents contents = new Contents();
        try {
            contents.readTop(bytes);
        } catch (IOException | RuntimeException e) {
            throw new ScoreRejectedException("unreadable zip archive: " + e.getMessage());
        }
        return contents;
    }

    /** Adds the problems of the classes and of {@code main} (null: already reported) and throws if there are any. */
    private static void checkClasses(Contents contents, String main, String attribute, List<String> problems)
            throws ScoreRejectedException {
        if (contents.classFiles.size() > MAX_CLASSES) {
            problems.add("archive holds " + contents.classFiles.size() + " classes, more than " + MAX_CLASSES);
        }
        if (problems.isEmpty() && !contents.classFiles.containsKey(main.replace('.', '/'))) {
            problems.add(attribute + " " + main + " is not among the archive's classes");
        }
        if (!problems.isEmpty()) {
            throw new ScoreRejectedException(problems);
        }
    }

    private static List<String> manifestProblems(Manifest manifest) {
        if (manifest == null) {
            return List.of("archive has no META-INF/MANIFEST.MF");
        }
        List<String> problems = new ArrayList<>();
        for (String name : List.of("Score-Class", "Score-Id", "Score-Version")) {
            String value = manifest.getMainAttributes().getValue(name);
            if (value == null || value.isBlank()) {
                problems.add("manifest attribute " + name + " is missing");
            }
        }
        return problems;
    }

    private static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public String id() {
        return id;
    }

    public String version() {
        return version;
    }

    /** The binary name of the contract class, e.g. {@code com.example.Token}. */
    public String mainClass() {
        return mainClass;
    }

    /** The channels the archive may run on; empty means any. */
    public List<String> channels() {
        return channels;
    }

    /** Lowercase hex SHA-256 of the whole archive: the code hash. */
    public String sha256() {
        return sha256;
    }

    /** Internal class name ({@code com/example/Token}) to class file bytes, sorted by name. */
    public SortedMap<String, byte[]> classFiles() {
        return classFiles;
    }

    @Override
    public String toString() {
        return id + " " + version + " " + sha256;
    }

    /** What the zip walk collects: the manifest, the classes, and what was wrong. */
    private static final class Contents {
        Manifest manifest;
        final SortedMap<String, byte[]> classFiles = new TreeMap<>();
        final List<String> problems = new ArrayList<>();
        long inflated;

        void readTop(byte[] bytes) throws IOException {
            boolean war = false;
            List<Entry> entries = entries(bytes, true);
            for (Entry entry : entries) {
                war |= entry.name.startsWith("WEB-INF/");
            }
            for (Entry entry : entries) {
                if (entry.name.equals("META-INF/MANIFEST.MF")) {
                    manifest = new Manifest(new ByteArrayInputStream(entry.bytes));
                } else if (!war) {
                    addClass(entry.name, entry.bytes, "");
                } else if (entry.name.startsWith("WEB-INF/classes/")) {
                    addClass(entry.name.substring("WEB-INF/classes/".length()), entry.bytes, "");
                } else if (entry.name.startsWith("WEB-INF/lib/") && entry.name.endsWith(".jar")
                        && entry.name.indexOf('/', "WEB-INF/lib/".length()) < 0) {
                    for (Entry nested : entries(entry.bytes, false)) {
                        addClass(nested.name, nested.bytes, entry.name + "!/");
                    }
                }
            }
        }

        private void addClass(String path, byte[] bytes, String origin) {
            if (!path.endsWith(".class") || path.startsWith("META-INF/") || path.endsWith("module-info.class")) {
                return;
            }
            String name = path.substring(0, path.length() - ".class".length());
            String declared;
            try {
                declared = new ClassReader(bytes).getClassName();
            } catch (RuntimeException e) {
                problems.add(origin + path + " is not a valid class file");
                return;
            }
            if (!declared.equals(name)) {
                problems.add(origin + path + " holds class " + declared.replace('/', '.'));
            } else if (classFiles.putIfAbsent(name, bytes) != null) {
                problems.add("class " + name.replace('/', '.') + " appears more than once");
            }
        }

        /** Non-directory entries; class files and (at the top) manifest and nested jars are read. */
        private List<Entry> entries(byte[] zip, boolean top) throws IOException {
            List<Entry> entries = new ArrayList<>();
            try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
                for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    String name = entry.getName();
                    boolean wanted = name.endsWith(".class")
                            || top && (name.equals("META-INF/MANIFEST.MF") || name.endsWith(".jar"));
                    if (!entry.isDirectory() && wanted) {
                        entries.add(new Entry(name, readBounded(in)));
                    }
                }
            }
            return entries;
        }

        private byte[] readBounded(InputStream in) throws IOException {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_INFLATED_BYTES - inflated + 1));
            inflated += bytes.length;
            if (inflated > MAX_INFLATED_BYTES) {
                throw new IOException("inflates to more than " + MAX_INFLATED_BYTES + " bytes");
            }
            return bytes;
        }
    }

    private record Entry(String name, byte[] bytes) {
    }
}
