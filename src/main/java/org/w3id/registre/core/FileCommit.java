package org.w3id.registre.core;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The one way the project writes files (import, validation reports, static export, TDB2 store): nothing is ever
 * half-written. Each file is first written whole to a temporary file beside its target, then moved into place; on
 * any failure the temporary files are deleted and the targets are left as they were. Files are readable by all
 * (mode 0644, folders 0755): a temporary file is private by default, a register or a report is not.
 */
public final class FileCommit {

    /** rw-r--r--: what a register file or a report is, once in place. */
    static final Set<PosixFilePermission> FILE_MODE = PosixFilePermissions.fromString("rw-r--r--");
    /** rwxr-xr-x: a folder of the static export or a store. */
    static final Set<PosixFilePermission> FOLDER_MODE = PosixFilePermissions.fromString("rwxr-xr-x");

    private FileCommit() {
    }

    /** Writes one file; see {@link #write(Map)}. */
    public static void write(Path target, byte[] content) {
        write(Map.of(target, content));
    }

    /** Writes a UTF-8 text file; see {@link #write(Map)}. */
    public static void writeString(Path target, String content) {
        write(target, content.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes several files as one commit: all are written to temporary files first (a failure there deletes them
     * and changes no target), then moved onto their targets; if one of these moves fails, the targets already
     * replaced get their previous content back. Parent folders are created.
     */
    public static void write(Map<Path, byte[]> files) {
        Map<Path, Path> staged = new LinkedHashMap<>();
        Map<Path, Path> backups = new LinkedHashMap<>();
        List<Path> replaced = new ArrayList<>();
        Path current = null;
        try {
            for (Map.Entry<Path, byte[]> f : files.entrySet()) {
                current = f.getKey();
                Path target = current.toAbsolutePath();
                Path dir = target.getParent();
                Files.createDirectories(dir);
                Path tmp = Files.createTempFile(dir, "." + target.getFileName() + "-", ".tmp");
                staged.put(tmp, target);
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    out.write(f.getValue());
                }
                setMode(tmp, FILE_MODE);
            }
            for (Map.Entry<Path, Path> s : staged.entrySet()) {
                current = s.getValue();
                if (Files.isRegularFile(current)) {
                    backups.put(current, backup(current));
                }
                move(s.getKey(), current);
                replaced.add(current);
            }
            backups.values().forEach(FileCommit::deleteQuietly);
        } catch (IOException e) {
            rollBack(replaced, backups);
            staged.keySet().forEach(FileCommit::deleteQuietly);
            backups.values().forEach(FileCommit::deleteQuietly);
            throw new RegistreException(current + " : écriture impossible / cannot write: " + e.getMessage(), e);
        }
    }

    /** A second name for the file's current content (a hard link, else a copy), to restore it if the commit fails. */
    private static Path backup(Path target) throws IOException {
        Path backup = Files.createTempFile(target.getParent(), "." + target.getFileName() + "-", ".old");
        Files.delete(backup);
        try {
            Files.createLink(backup, target);
        } catch (IOException | UnsupportedOperationException e) {
            Files.copy(target, backup);
        }
        return backup;
    }

    private static void rollBack(List<Path> replaced, Map<Path, Path> backups) {
        for (Path target : replaced) {
            try {
                Path backup = backups.get(target);
                if (backup != null) {
                    move(backup, target);
                } else {
                    Files.deleteIfExists(target);
                }
            } catch (IOException ignored) {
                // Best effort: the original error is the one to report.
            }
        }
    }

    /** What fills a new folder: called with the empty temporary folder, returns what the caller wants to report. */
    @FunctionalInterface
    public interface FolderWriter<T> {
        T writeInto(Path folder) throws IOException;
    }

    /**
     * Builds a folder beside {@code target} under a temporary name, then puts it in place of {@code target} (which
     * the caller has checked may be replaced). A failure deletes the temporary folder and leaves {@code target} as
     * it was. Files written inside get mode 0644, folders 0755.
     */
    public static <T> T replaceFolder(Path target, FolderWriter<T> writer) {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        Path temp = null;
        try {
            Files.createDirectories(parent);
            temp = Files.createTempDirectory(parent, "." + absolute.getFileName() + "-");
            T result = writer.writeInto(temp);
            setModes(temp);
            Path old = null;
            if (Files.exists(absolute)) {
                old = Files.createTempDirectory(parent, "." + absolute.getFileName() + "-old-");
                Files.delete(old);
                Files.move(absolute, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE);
            temp = null;
            if (old != null) {
                deleteTree(old);
            }
            return result;
        } catch (IOException e) {
            throw new RegistreException(target + " : écriture impossible / cannot write: " + e.getMessage(), e);
        } finally {
            if (temp != null) {
                try {
                    deleteTree(temp);
                } catch (IOException ignored) {
                    // The original error is the one to report.
                }
            }
        }
    }

    /** Deletes a folder and everything in it (nothing if it does not exist). */
    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        List<Path> all = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(all::add);
        }
        for (Path p : all) {
            Files.delete(p);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            // Same folder, so the same file system: only exotic file systems get here; a plain replace is the best left.
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void setModes(Path dir) throws IOException {
        // Asked once for the whole folder, which was just written and holds no mount point: the file store of each
        // path reads the system's mount table again (about 0.5 ms a file, 7,000 files in an export).
        if (!Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.toList()) {
                Files.setPosixFilePermissions(p, Files.isDirectory(p) ? FOLDER_MODE : FILE_MODE);
            }
        }
    }

    private static void setMode(Path p, Set<PosixFilePermission> mode) throws IOException {
        if (Files.getFileStore(p).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(p, mode);
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // The original error is the one to report.
        }
    }
}
