package org.w3id.registre.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.registre.cli.Registre;

/**
 * {@code --data}, {@code --shapes} and {@code --queries} on every subcommand that takes them: a folder that does not
 * exist, a file in no known format, an empty folder — exit code 2 and one line naming the path and what was expected.
 */
class BadInputPathsTest {

    @TempDir
    static Path tmp;

    record Case(String name, List<String> args, String expected) {
    }

    static String run(List<String> args, int[] code) {
        StringWriter err = new StringWriter();
        var cli = Registre.commandLine();
        cli.setErr(new PrintWriter(err, true));
        cli.setOut(new PrintWriter(new StringWriter(), true));
        code[0] = cli.execute(args.toArray(String[]::new));
        return err.toString().strip();
    }

    @TestFactory
    Stream<DynamicTest> badPathsExitWithTwoNamingThePath() throws Exception {
        Path missing = tmp.resolve("nulle-part");
        Path unknown = Files.writeString(tmp.resolve("registre.docx"), "pas du RDF");
        Path empty = Files.createDirectories(tmp.resolve("vide"));
        String notFound = "registre : " + missing + " : fichier ou dossier introuvable ; attendu un fichier RDF ou un"
                + " dossier qui en contient / file or folder not found; expected an RDF file or a folder of them";
        String unknownFormat = "registre : " + unknown + " : format inconnu ; attendu un fichier RDF (.ttl, .nt, .nq,"
                + " .trig, .rdf, .owl, .jsonld, .n3) ou un registre au modèle de la CNIL (.ods, .xlsx, .csv) / unknown"
                + " format; expected an RDF file or a register in the CNIL template";
        String emptyFolder = "registre : " + empty + " : aucun fichier RDF dans ce dossier ; attendu des fichiers"
                + " .ttl, .nt, .trig, .rdf, .jsonld… ou .ods, .xlsx / no RDF file in this folder; expected .ttl, .nt,"
                + " .trig, .rdf, .jsonld… or .ods, .xlsx files";
        String noQueries = "registre : " + missing + " : dossier introuvable / folder not found";
        String noShapes = "registre : " + missing + " : fichier introuvable / file not found";
        List<Case> cases = List.of(
                new Case("validate --data missing", List.of("validate", "--data", missing.toString()), notFound),
                new Case("validate --data .docx", List.of("validate", "--data", unknown.toString()), unknownFormat),
                new Case("validate --data empty folder", List.of("validate", "--data", empty.toString()),
                        emptyFolder),
                new Case("validate --shapes missing", List.of("validate", "--shapes", missing.toString()), noShapes),
                new Case("info --data missing", List.of("info", "--data", missing.toString()), notFound),
                new Case("info --data .docx", List.of("info", "--data", unknown.toString()), unknownFormat),
                new Case("query --data missing", List.of("query", "01", "--data", missing.toString()), notFound),
                new Case("query --queries missing", List.of("query", "--list", "--queries", missing.toString()),
                        noQueries),
                new Case("export --data empty folder", List.of("export", "--site", tmp.resolve("site").toString(),
                        "--data", empty.toString()), emptyFolder),
                new Case("export --shapes missing", List.of("export", "--site", tmp.resolve("site").toString(),
                        "--shapes", missing.toString()), noShapes),
                new Case("serve --data .docx", List.of("serve", "--port", "0", "--data", unknown.toString()),
                        unknownFormat),
                new Case("serve --queries missing", List.of("serve", "--port", "0", "--queries",
                        missing.toString()), noQueries),
                new Case("serve --shapes missing", List.of("serve", "--port", "0", "--shapes", missing.toString()),
                        noShapes));
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            int[] code = new int[1];
            String err = run(c.args(), code);
            assertEquals(c.expected(), err);
            assertEquals(2, code[0]);
            assertEquals(false, Files.exists(tmp.resolve("site")), "nothing written");
        }));
    }
}
