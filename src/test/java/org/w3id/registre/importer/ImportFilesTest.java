package org.w3id.registre.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.registre.core.RegistreException;

/** What {@code registre import} leaves on disk: files readable by all, and nothing else, even when it fails. */
class ImportFilesTest {

    @Test
    void theImportedFilesAreReadableByAll(@TempDir Path out) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("registre.ttl", "# registre\n");
        files.put("droit.ttl", "# droit\n");
        files.put("alignement.ttl", "# alignement\n");

        new RegisterImport(List.of(), files).writeTo(out);

        for (String name : files.keySet()) {
            assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve(name))),
                    name);
            assertEquals(files.get(name), Files.readString(out.resolve(name)));
        }
        assertEquals(List.of("alignement.ttl", "droit.ttl", "registre.ttl"), names(out));
    }

    @Test
    void aFailedWriteLeavesNoTemporaryFile(@TempDir Path out) throws IOException {
        Files.writeString(out.resolve("registre.ttl"), "previous content");
        // droit.ttl is a folder: it cannot be replaced by a file, so the import fails after writing registre.ttl's
        // temporary file.
        Files.createDirectories(out.resolve("droit.ttl/occupe"));
        Map<String, String> files = new LinkedHashMap<>();
        files.put("registre.ttl", "# registre\n");
        files.put("droit.ttl", "# droit\n");

        assertThrows(RegistreException.class, () -> new RegisterImport(List.of(), files).writeTo(out));

        assertEquals(List.of("droit.ttl", "registre.ttl"), names(out));
        assertEquals("previous content", Files.readString(out.resolve("registre.ttl")));
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
