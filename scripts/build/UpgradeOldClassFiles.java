import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * Rewrites, inside a jar and in place, every class compiled for class-file version 49 or older (Java 5,
 * whose methods carry no StackMapTable frames) as a version 52 (Java 8) class whose frames ASM computes.
 *
 * <p>Why: the JDK's class-data sharing cannot keep a class that was verified by the old, inferencing
 * verifier, so the JDK (seen on 17's dynamic archive and 25's AOT cache) leaves such classes out of a CDS
 * archive or an AOT cache ("Skipping ...: Old class has been linked", and also every class that implements
 * or extends one) and parses and verifies them again on every run. picocli 4.7 is compiled for Java 5, so
 * about 170 classes of a `--version` run (picocli's, and the CLI's own that implement its interfaces) were
 * read from the jar on every start (JDK-8317269, in JDK 26, lets an AOT cache keep them; earlier JDKs need
 * this step).
 *
 * <p>Why this is sound: version 52 changes nothing a version 49 class can express except how it is
 * verified (by type checking against the frames, instead of by inference). ASM recomputes the frames
 * from the bytecode; the instructions it cannot give frames to (jsr and ret, which version 51 and later
 * forbid) make it fail, and so does a class the JVM then refuses: after writing, every rewritten class
 * is loaded, linked (so verified by type checking) and initialised from the new jar in a class loader
 * of its own, and any verification error fails the build and leaves the jar as it was.
 *
 * <p>Usage: {@code java -cp asm.jar scripts/build/UpgradeOldClassFiles.java JAR}
 */
public final class UpgradeOldClassFiles {
    /** The first class-file version whose classes the JVM verifies by type checking (Java 6). */
    private static final int FIRST_TYPE_CHECKED_VERSION = 50;
    /** The version written: Java 8, the oldest for which type checking is the only verifier. */
    private static final int UPGRADED_VERSION = Opcodes.V1_8;

    private UpgradeOldClassFiles() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: UpgradeOldClassFiles JAR");
            System.exit(2);
        }
        Path jar = Path.of(args[0]);
        Map<String, byte[]> classes = readClasses(jar);
        Map<String, byte[]> upgraded = new TreeMap<>();
        Map<Integer, Integer> versionsSeen = new TreeMap<>();
        ClassHierarchy hierarchy = new ClassHierarchy(classes);
        for (Map.Entry<String, byte[]> entry : classes.entrySet()) {
            int major = majorVersion(entry.getValue());
            if (major < FIRST_TYPE_CHECKED_VERSION) {
                upgraded.put(entry.getKey(), upgrade(entry.getValue(), hierarchy));
                versionsSeen.merge(major, 1, Integer::sum);
            }
        }
        if (upgraded.isEmpty()) {
            System.out.println("UpgradeOldClassFiles: " + jar.getFileName() + " has no class older than version "
                    + FIRST_TYPE_CHECKED_VERSION + "; unchanged");
            return;
        }
        // rewritten and verified in a copy, which replaces the jar only when every class passed
        Path written = jar.resolveSibling(jar.getFileName() + ".upgrading");
        try {
            Files.copy(jar, written, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            replaceClasses(written, upgraded);
            verifyByLoading(written, upgraded.keySet());
            Files.move(written, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(written);
        }
        System.out.println("UpgradeOldClassFiles: " + jar.getFileName() + ": " + upgraded.size()
                + " classes of class-file version(s) " + versionsSeen.keySet() + " rewritten as version "
                + UPGRADED_VERSION + " with computed frames, each verified by loading it");
    }

    /** The major version of a class file: bytes 6 and 7, after the magic number and the minor version. */
    static int majorVersion(byte[] classFile) {
        return ((classFile[6] & 0xff) << 8) | (classFile[7] & 0xff);
    }

    /** The class rewritten as version 52, every method's frames (and maximum stack and locals) computed anew. */
    static byte[] upgrade(byte[] classFile, ClassHierarchy hierarchy) {
        ClassReader reader = new ClassReader(classFile);
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
            @Override
            protected String getCommonSuperClass(String type1, String type2) {
                return hierarchy.commonSuperClass(type1, type2);
            }
        };
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public void visit(int version, int access, String name, String signature, String superName,
                    String[] interfaces) {
                super.visit(UPGRADED_VERSION, access, name, signature, superName, interfaces);
            }
        }, ClassReader.SKIP_FRAMES);
        return writer.toByteArray();
    }

    /**
     * Loads, links and initialises each rewritten class from the new jar, so that the JVM verifies it
     * by type checking, and throws if any fails verification. A class whose static initialiser fails
     * was verified before it ran, so that failure is not one of verification and is only reported.
     */
    static void verifyByLoading(Path jar, Set<String> internalNames) throws IOException {
        List<String> failures = new ArrayList<>();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()},
                ClassLoader.getPlatformClassLoader())) {
            for (String internalName : internalNames) {
                String name = internalName.replace('/', '.');
                try {
                    Class.forName(name, true, loader);
                } catch (ExceptionInInitializerError e) {
                    System.out.println("UpgradeOldClassFiles: note: " + name + " verified, its initialiser threw " + e.getCause());
                } catch (LinkageError | ClassNotFoundException e) {
                    failures.add(name + ": " + e);
                }
            }
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException("rewritten classes the JVM refuses (the jar is left as it was):\n  "
                    + String.join("\n  ", failures));
        }
    }

    /** The class files of a jar (outside META-INF/versions, whose classes are for newer JDKs), by internal name. */
    static Map<String, byte[]> readClasses(Path jar) throws IOException {
        Map<String, byte[]> classes = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                String name = entry.getName();
                if (name.endsWith(".class") && !name.startsWith("META-INF/")) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        classes.put(name.substring(0, name.length() - ".class".length()), in.readAllBytes());
                    }
                }
            }
        }
        return classes;
    }

    /**
     * Replaces the given classes' entries in a jar, keeping their modification times (so the jar's bytes
     * depend only on its inputs). The zip file system copies the other entries as they are, compressed.
     */
    static void replaceClasses(Path jar, Map<String, byte[]> replacedClasses) throws IOException {
        try (FileSystem zip = FileSystems.newFileSystem(jar)) {
            for (Map.Entry<String, byte[]> replaced : replacedClasses.entrySet()) {
                Path entry = zip.getPath(replaced.getKey() + ".class");
                FileTime modified = Files.getLastModifiedTime(entry);
                Files.write(entry, replaced.getValue());
                Files.setLastModifiedTime(entry, modified);
            }
        }
    }

    /**
     * Super classes for ASM's frame computation, read from the jar's own class files and, for the JDK's
     * classes, from the running JDK (whose java.base a version 52 class links against the same way).
     */
    static final class ClassHierarchy {
        private final Map<String, byte[]> jarClasses;

        ClassHierarchy(Map<String, byte[]> jarClasses) {
            this.jarClasses = jarClasses;
        }

        /** The nearest common super class, or java/lang/Object when either type is an interface (as the verifier treats them). */
        String commonSuperClass(String type1, String type2) {
            if (isInterface(type1) || isInterface(type2)) {
                return "java/lang/Object";
            }
            Set<String> supersOfType1 = new LinkedHashSet<>();
            for (String t = type1; t != null; t = superName(t)) {
                supersOfType1.add(t);
            }
            for (String t = type2; t != null; t = superName(t)) {
                if (supersOfType1.contains(t)) {
                    return t;
                }
            }
            return "java/lang/Object";
        }

        private boolean isInterface(String type) {
            byte[] own = jarClasses.get(type);
            if (own != null) {
                return (new ClassReader(own).getAccess() & Opcodes.ACC_INTERFACE) != 0;
            }
            return jdkClass(type).isInterface();
        }

        private String superName(String type) {
            byte[] own = jarClasses.get(type);
            if (own != null) {
                return new ClassReader(own).getSuperName();
            }
            Class<?> superclass = jdkClass(type).getSuperclass();
            return superclass == null ? null : superclass.getName().replace('.', '/');
        }

        private static Class<?> jdkClass(String type) {
            try {
                return Class.forName(type.replace('/', '.'), false, ClassLoader.getPlatformClassLoader());
            } catch (ClassNotFoundException e) {
                throw new TypeNotPresentException(type, e);
            }
        }
    }
}
