package io.rollsense.session;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Health data stays private to the user: the session library and report folders are created
 * {@code rwx------} (700) and session, report and CSV files {@code rw-------} (600), whatever the
 * umask (the permissions are set explicitly after creation). Folders that already existed are left
 * as they are (a {@code --data-dir /tmp/x} never changes {@code /tmp}). On file systems without
 * POSIX permissions (Windows) nothing is changed. Stateless and thread-safe.
 */
public final class PrivateFiles {
    /** {@code rwx------}. */
    public static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    /** {@code rw-------}. */
    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private PrivateFiles() {
    }

    /** Creates {@code dir} and any missing parents, each one created here made 700. */
    public static void createDirectories(Path dir) throws IOException {
        List<Path> missing = new ArrayList<>();
        for (Path p = dir.toAbsolutePath(); p != null && !Files.exists(p); p = p.getParent()) {
            missing.add(0, p);
        }
        for (Path p : missing) {
            try {
                Files.createDirectory(p, attribute(p, DIRECTORY));
            } catch (FileAlreadyExistsException e) {
                continue; // made meanwhile by someone else: theirs
            }
            restrict(p, DIRECTORY);
        }
        if (!Files.isDirectory(dir)) {
            throw new IOException(dir + " is not a directory");
        }
    }

    /**
     * Makes {@code file} ready to be written privately: creates it empty with 600 when it does not
     * exist, else sets 600 on it (its content is then replaced by the caller).
     */
    public static void prepareFile(Path file) throws IOException {
        if (!Files.exists(file)) {
            try {
                Files.createFile(file, attribute(file, FILE));
            } catch (FileAlreadyExistsException e) {
                // created meanwhile: restricted below all the same
            }
        }
        if (Files.isRegularFile(file)) {
            restrict(file, FILE);
        }
    }

    /** The permission attribute for creation, or none on a file system without POSIX permissions. */
    static FileAttribute<?>[] attribute(Path p, Set<PosixFilePermission> perms) {
        return posix(p) ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(perms)} : new FileAttribute<?>[0];
    }

    /** Sets the permissions (the umask may have removed bits at creation); no-op without POSIX. */
    static void restrict(Path p, Set<PosixFilePermission> perms) throws IOException {
        if (posix(p)) {
            Files.setPosixFilePermissions(p, perms);
        }
    }

    private static boolean posix(Path p) {
        return p.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
