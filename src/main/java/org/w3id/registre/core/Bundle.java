package org.w3id.registre.core;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;

/**
 * The files the jar carries under {@code registre/} (ontology, shapes, queries, the Cnam register): a folder of
 * {@code target/classes} when run from the build, a folder of the jar's zip file system when run as
 * {@code java -jar}. Either way a {@link Path}, so the code that lists and reads files does not care which.
 */
public final class Bundle {

    /** A file every build carries: it locates the bundle. */
    private static final String ANCHOR = "/registre/ontology/registre.ttl";

    private static Path root;

    private Bundle() {
    }

    /** The bundle's root folder, {@code registre/}. */
    public static synchronized Path root() {
        if (root == null) {
            root = locate();
        }
        return root;
    }

    private static Path locate() {
        URL anchor = Bundle.class.getResource(ANCHOR);
        if (anchor == null) {
            throw new RegistreException(ANCHOR + " : fichiers embarqués introuvables, le jar est incomplet"
                    + " / bundled files not found, the jar is incomplete");
        }
        try {
            URI uri = anchor.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return fs.getPath(ANCHOR).getParent().getParent();
            }
            return Path.of(uri).getParent().getParent();
        } catch (URISyntaxException | IOException e) {
            throw new RegistreException(anchor + " : fichiers embarqués illisibles / cannot open the bundled files ("
                    + e.getMessage() + ")", e);
        }
    }
}
