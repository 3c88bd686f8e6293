package org.w3id.registre.core;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.system.ErrorHandler;

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
        requireFile(file);
        Lang lang = rdfSyntax(file);
        if (lang == null) {
            throw new RegistreException(file + " : format inconnu ; attendu un fichier RDF (.ttl, .nt, .nq, .trig,"
                    + " .rdf, .owl, .jsonld, .n3) / unknown format; expected an RDF file");
        }
        checkUtf8(file, lang);
        try (InputStream in = Files.newInputStream(file)) {
            RDFParser.source(in)
                    .lang(lang)
                    .base(file.toUri().toString())
                    // Jena's default handler logs then throws; we want only the exception, with its line and column.
                    .errorHandler(STOP_AT_FIRST_ERROR)
                    .parse(model);
            // A register whose validation page would take the path of one of the site's own pages is refused here,
            // where its file is known, before anything is served or written.
            Optional<String> reserved = RegisterIdentifier.refusal(model, Reg.BASE);
            if (reserved.isPresent()) {
                throw new RegistreException(file + " : " + reserved.get());
            }
        } catch (RiotException e) {
            String refused = refusedContext(e);
            if (refused != null) {
                throw new RegistreException(file + " : " + refused, e);
            }
            String message = e instanceof RiotParseException p ? where(p) + p.getOriginalMessage() : e.getMessage();
            throw new RegistreException(file + " : " + message + " — attendu / expected: " + lang.getLabel()
                    + " valide / valid", e);
        } catch (IOException e) {
            throw new RegistreException(file + " : lecture impossible / cannot read (" + e.getMessage() + ")", e);
        }
    }

    /** Stops the parse at the first error, keeping its line and column apart from its text; warnings pass. */
    private static final ErrorHandler STOP_AT_FIRST_ERROR = new ErrorHandler() {
        @Override
        public void warning(String message, long line, long col) {
            // Jena's warnings (a suspicious IRI, an unusual language tag) are not errors of the file.
        }

        @Override
        public void error(String message, long line, long col) {
            throw new RiotParseException(message, line, col);
        }

        @Override
        public void fatal(String message, long line, long col) {
            throw new RiotParseException(message, line, col);
        }
    };

    /**
     * Where a parse error is, as {@code [ligne / line N, col M] }. Jena's tokenizer reports an IRI or a string broken
     * by a newline once it has read that newline, on the next line, column 1: the error is at the end of the line
     * before, which is the one given here (without a column).
     */
    private static String where(RiotParseException e) {
        long line = e.getLine();
        long col = e.getCol();
        if (line < 1) {
            return "";
        }
        if (e.getOriginalMessage().contains("(newline") && line > 1) {
            return "[ligne / line " + (line - 1) + "] ";
        }
        return "[ligne / line " + line + (col > 0 ? ", col " + col : "") + "] ";
    }

    /**
     * The message of {@link NoNetwork}'s refusal of a remote JSON-LD context, wherever Jena's reader put it in the
     * chain of causes, or null: it says already what was refused and what to do.
     */
    private static String refusedContext(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            int at = message.indexOf(NoNetwork.REFUSED_CONTEXT);
            if (at >= 0) {
                return message.substring(at);
            }
        }
        return null;
    }

    /**
     * A file that is expected, not a folder: a folder says so, rather than "not found". Every subcommand that takes a
     * file checks it here.
     */
    public static void requireFile(Path file) {
        if (Files.isDirectory(file)) {
            throw new RegistreException(file + " : c'est un dossier, attendu un fichier / this is a folder, expected a"
                    + " file");
        }
        if (!Files.isRegularFile(file)) {
            throw new RegistreException(file + " : fichier introuvable / file not found");
        }
    }

    /**
     * Checks that a text RDF file is UTF-8, strictly: Jena's reader turns bytes that are not UTF-8 into U+FFFD and
     * goes on, so a file in Latin-1 would load with its accented letters replaced. RDF/XML and OWL files declare their
     * own encoding, which the XML parser checks.
     */
    public static void checkUtf8(Path file, Lang lang) {
        if (lang == null || lang.equals(Lang.RDFXML)) {
            return;
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
        CharBuffer chars = CharBuffer.allocate(64 * 1024);
        long line = 1;
        try (InputStream in = Files.newInputStream(file)) {
            boolean end = false;
            while (!end) {
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                end = n < 0;
                if (n > 0) {
                    bytes.position(bytes.position() + n);
                }
                bytes.flip();
                CoderResult result;
                do {
                    result = utf8.decode(bytes, chars, end);
                    chars.flip();
                    while (chars.hasRemaining()) {
                        if (chars.get() == '\n') {
                            line++;
                        }
                    }
                    chars.clear();
                    if (result.isError()) {
                        String bad = hex(bytes, result.length());
                        throw new RegistreException(file + " : [ligne / line " + line + "] octets qui ne sont pas de"
                                + " l'UTF-8 (" + bad + ") ; attendu un fichier encodé en UTF-8 / bytes that are not"
                                + " UTF-8 (" + bad + "); expected a UTF-8 encoded file");
                    }
                } while (result.isOverflow());
                bytes.compact();
            }
            bytes.flip();
            if (utf8.flush(chars).isError() || bytes.hasRemaining()) {
                throw new RegistreException(file + " : [ligne / line " + line + "] fin de fichier au milieu d'un"
                        + " caractère UTF-8 ; attendu un fichier encodé en UTF-8 / file ends inside a UTF-8 character;"
                        + " expected a UTF-8 encoded file");
            }
        } catch (IOException e) {
            throw new RegistreException(file + " : lecture impossible / cannot read (" + e.getMessage() + ")", e);
        }
    }

    private static String hex(ByteBuffer bytes, int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length && bytes.position() + i < bytes.limit(); i++) {
            sb.append(sb.isEmpty() ? "" : " ").append(String.format("0x%02X", bytes.get(bytes.position() + i)));
        }
        return sb.toString();
    }
}
