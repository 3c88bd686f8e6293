package org.w3id.registre.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one file writer: several files committed together, nothing left behind on failure, mode 0644. */
class FileCommitTest {

    @TempDir
    Path tmp;

    @Test
    void writesSeveralFilesReadableByAllAndLeavesNoTemporaryFile() throws IOException {
        Files.writeString(tmp.resolve("a.ttl"), "old a");
        Map<Path, byte[]> files = new LinkedHashMap<>();
        files.put(tmp.resolve("a.ttl"), bytes("new a"));
        files.put(tmp.resolve("sub/b.ttl"), bytes("new b"));

        FileCommit.write(files);

        assertEquals("new a", Files.readString(tmp.resolve("a.ttl")));
        assertEquals("new b", Files.readString(tmp.resolve("sub/b.ttl")));
        assertEquals("rw-r--r--", mode(tmp.resolve("a.ttl")));
        assertEquals("rw-r--r--", mode(tmp.resolve("sub/b.ttl")));
        assertEquals(List.of(tmp.resolve("a.ttl"), tmp.resolve("sub"), tmp.resolve("sub/b.ttl")), tree(tmp));
    }

    @Test
    void aFailureChangesNoTargetAndDeletesTheTemporaryFiles() throws IOException {
        Files.writeString(tmp.resolve("a.ttl"), "old a");
        Files.writeString(tmp.resolve("pas-un-dossier"), "x");
        Map<Path, byte[]> files = new LinkedHashMap<>();
        files.put(tmp.resolve("a.ttl"), bytes("new a"));
        // The second file cannot be written: its parent is a file. The first must not be replaced.
        files.put(tmp.resolve("pas-un-dossier/b.ttl"), bytes("new b"));

        RegistreException e = assertThrows(RegistreException.class, () -> FileCommit.write(files));

        assertTrue(e.getMessage().startsWith(tmp.resolve("pas-un-dossier/b.ttl").toAbsolutePath()
                + " : écriture impossible / cannot write: "), e.getMessage());
        assertEquals("old a", Files.readString(tmp.resolve("a.ttl")));
        assertEquals(List.of(tmp.resolve("a.ttl"), tmp.resolve("pas-un-dossier")), tree(tmp));
    }

    @Test
    void replacesAFolderWholeWithFilesReadableByAll() throws IOException {
        Path site = tmp.resolve("site");
        Files.createDirectories(site);
        Files.writeString(site.resolve("ancien.html"), "old");

        int written = FileCommit.replaceFolder(site, dir -> {
            Files.createDirectories(dir.resolve("cnam"));
            Files.writeString(dir.resolve("cnam/mission.html"), "new");
            return 1;
        });

        assertEquals(1, written);
        assertEquals(List.of(site, site.resolve("cnam"), site.resolve("cnam/mission.html")), tree(tmp));
        assertEquals("rwxr-xr-x", mode(site));
        assertEquals("rwxr-xr-x", mode(site.resolve("cnam")));
        assertEquals("rw-r--r--", mode(site.resolve("cnam/mission.html")));
    }

    @Test
    void aFailedFolderLeavesTheOldOneAndNoTemporaryFolder() throws IOException {
        Path site = tmp.resolve("site");
        Files.createDirectories(site);
        Files.writeString(site.resolve("ancien.html"), "old");

        RegistreException e = assertThrows(RegistreException.class, () -> FileCommit.replaceFolder(site, dir -> {
            Files.writeString(dir.resolve("moitie.html"), "half");
            throw new IOException("disque plein / disk full");
        }));

        assertEquals(site + " : écriture impossible / cannot write: disque plein / disk full", e.getMessage());
        assertEquals(List.of(site, site.resolve("ancien.html")), tree(tmp));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String mode(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    /** Every path below the folder, hidden ones included, sorted. */
    static List<Path> tree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> !p.equals(dir)).sorted().toList();
        }
    }
}
