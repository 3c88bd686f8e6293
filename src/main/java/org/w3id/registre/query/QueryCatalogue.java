package org.w3id.registre.query;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.w3id.registre.core.RegisterFiles;
import org.w3id.registre.core.RegistreException;

/** The analysts' ready questions: every {@code .rq} file of {@code queries/}, in file-name order. */
public final class QueryCatalogue {

    private final Path dir;
    private final List<CatalogueQuery> queries;

    private QueryCatalogue(Path dir, List<CatalogueQuery> queries) {
        this.dir = dir;
        this.queries = queries;
    }

    /** The project's catalogue, {@code queries/}. */
    public static QueryCatalogue bundled() {
        return read(RegisterFiles.queriesDir());
    }

    /** Reads every {@code .rq} file of a folder; the first bad one stops with its file and line. */
    public static QueryCatalogue read(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new RegistreException(dir + " : dossier introuvable / folder not found");
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<CatalogueQuery> queries = files.filter(p -> p.getFileName().toString().endsWith(".rq"))
                    .sorted()
                    .map(CatalogueQuery::read)
                    .toList();
            return new QueryCatalogue(dir, queries);
        } catch (IOException e) {
            throw new RegistreException(dir + " : lecture impossible / cannot read: " + e.getMessage(), e);
        }
    }

    public Path dir() {
        return dir;
    }

    public List<CatalogueQuery> queries() {
        return queries;
    }

    /**
     * The query called {@code name}: its full name ({@code 07-finalites-par-article}), its name without the number
     * ({@code finalites-par-article}) or its number ({@code 07}).
     */
    public Optional<CatalogueQuery> find(String name) {
        for (CatalogueQuery q : queries) {
            String n = q.name();
            int dash = n.indexOf('-');
            if (n.equals(name) || (dash > 0 && (n.substring(dash + 1).equals(name) || n.substring(0, dash)
                    .equals(name)))) {
                return Optional.of(q);
            }
        }
        return Optional.empty();
    }

    /** A catalogue name, or else the path of a {@code .rq} file of one's own. */
    public CatalogueQuery resolve(String nameOrFile) {
        Optional<CatalogueQuery> known = find(nameOrFile);
        if (known.isPresent()) {
            return known.get();
        }
        Path file = Path.of(nameOrFile);
        if (nameOrFile.endsWith(".rq") && Files.isRegularFile(file)) {
            return CatalogueQuery.read(file);
        }
        throw new RegistreException("« " + nameOrFile + " » : ni une requête du catalogue ni un fichier .rq ;"
                + " voir registre query --list / neither a catalogue query nor a .rq file; see registre query --list");
    }
}
