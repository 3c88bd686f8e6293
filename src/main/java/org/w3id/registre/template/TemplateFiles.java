package org.w3id.registre.template;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

import org.w3id.registre.store.RegistreException;

/** Writing a spreadsheet or a graph file: a temporary file beside the target, then one move; mode 0644. */
public final class TemplateFiles {

    private TemplateFiles() {
    }

    public static void writeAtomically(Path target, byte[] bytes) {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, ".registre-", ".tmp");
            Files.write(tmp, bytes);
            if (Files.getFileStore(tmp).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // The original error is the one to report.
                }
            }
            throw new RegistreException(target + " : écriture impossible / cannot write: " + e.getMessage(), e);
        }
    }
}
