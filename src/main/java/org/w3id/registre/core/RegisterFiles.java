package org.w3id.registre.core;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;

/**
 * Where the project's RDF lives on disk, and how it is loaded: the ontology (always), then the register data.
 * Parse errors become {@link RegistreException}s naming the file and line.
 */
public final class RegisterFiles {

    /** The register graph written by {@code registre import}. */
    public static final String REGISTRE = "registre.ttl";
    /** The French legal texts cited by the register. */
    public static final String DROIT = "droit.ttl";
    /** Facts the project adds to the document: DPV purposes, English labels. */
    public static final String ALIGNEMENT = "alignement.ttl";

    private RegisterFiles() {
    }

    /** The bundled ontology: {@code ontology/} of the project, carried inside the jar. */
    public static Path ontologyDir() {
        return Bundle.root().resolve("ontology");
    }

    /** The bundled Cnam register: {@code data/} of the project as built, carried inside the jar. */
    public static Path dataDir() {
        return Bundle.root().resolve("data");
    }

    /** The bundled SHACL shapes. */
    public static Path shapesDir() {
        return Bundle.root().resolve("shapes");
    }

    /** The bundled query catalogue. */
    public static Path queriesDir() {
        return Bundle.root().resolve("queries");
    }

    /** The ontology files, sorted by name. */
    public static List<Path> ontologyFiles() {
        return turtleIn(ontologyDir());
    }

    /** The bundled data files, in a fixed order. */
    public static List<Path> dataFiles() {
        Path dir = dataDir();
        return List.of(dir.resolve(REGISTRE), dir.resolve(DROIT), dir.resolve(ALIGNEMENT));
    }

    /** The Turtle files directly inside a folder, sorted by name. */
    public static List<Path> turtleIn(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new RegistreException(dir + " : dossier introuvable / folder not found");
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".ttl")).sorted().toList();
        } catch (IOException e) {
            throw new RegistreException(dir + " : lecture impossible / cannot read: " + e.getMessage(), e);
        }
    }

    /** The ontology files, then the bundled data files: what every stage after import loads. */
    public static List<Path> bundledFiles() {
        List<Path> all = new ArrayList<>(ontologyFiles());
        all.addAll(dataFiles());
        return all;
    }

    /** Ontology plus bundled data in one model. */
    public static Model loadBundled() {
        return load(bundledFiles());
    }

    /** Parses the files into one model; the first syntax error stops with its file and line. */
    public static Model load(List<Path> files) {
        Model model = ModelFactory.createDefaultModel();
        for (Path file : files) {
            read(model, file);
        }
        return model;
    }

    /** The RDF syntax a file name announces, or null when its extension is not one of RIOT's. */
    public static Lang rdfSyntax(Path file) {
        return RDFLanguages.filenameToLang(file.getFileName().toString());
    }

    /**
     * Parses one RDF file (syntax chosen by its extension) into the model. The file may be on disk or inside the jar
     * (a path of the bundle's zip file system): it is read as a stream, never as a local file name.
     */
    public static void read(Model model, Path file) {
        if (!Files.isRegularFile(file)) {
            throw new RegistreException(file + " : fichier introuvable / file not found");
        }
        Lang lang = rdfSyntax(file);
        if (lang == null) {
            throw new RegistreException(file + " : format inconnu ; attendu un fichier RDF (.ttl, .nt, .nq, .trig,"
                    + " .rdf, .owl, .jsonld, .n3) / unknown format; expected an RDF file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            RDFParser.source(in)
                    .lang(lang)
                    .base(file.toUri().toString())
                    // Jena's default handler logs then throws; we want only the exception, with file and line.
                    .errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging)
                    .parse(model);
        } catch (RiotException e) {
            throw new RegistreException(file + " : " + e.getMessage()
                    + " — attendu / expected: " + lang.getLabel() + " valide / valid", e);
        } catch (IOException e) {
            throw new RegistreException(file + " : lecture impossible / cannot read (" + e.getMessage() + ")", e);
        }
    }
}
