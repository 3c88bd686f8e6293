package org.w3id.registre.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.registre.core.Reg;
import org.w3id.registre.core.RegisterFiles;
import org.w3id.registre.diff.EditedCnamDocument;

/**
 * {@code registre import SOURCE --edition DATE --out DIR}: the bundled Cnam document as a first edition, the edited
 * copy (EditionDiffTest's) as the second. The second keeps the IRIs of what did not change: the finalité inserted
 * after 07-01 takes 07-06 (mission 07 had five), the others keep their numbers, the reworded sous-finalité its own.
 */
class EditionImportTest {

    static final String FIRST = "2026-01-15";
    static final String SECOND = "2026-06-15";
    static final String CNAM = Reg.BASE + "cnam/finalite/";

    @TempDir
    static Path tmp;
    static Path dir;
    static Path edited;
    static Model first;
    static Model second;

    @BeforeAll
    static void twoEditions() throws Exception {
        edited = EditedCnamDocument.write(tmp);
        dir = tmp.resolve("registre-cnam");
        run(0, "import", EditedCnamDocument.SOURCE.toString(), "--edition", FIRST, "--out", dir.toString());
        run(0, "import", edited.toString(), "--edition", SECOND, "--out", dir.toString());
        first = RegisterFiles.load(files(FIRST));
        second = RegisterFiles.load(files(SECOND));
    }

    static List<Path> files(String edition) throws Exception {
        try (Stream<Path> s = Files.list(dir.resolve("editions").resolve(edition))) {
            return s.sorted().toList();
        }
    }

    /** Runs the command line; returns standard output then standard error. */
    static String[] run(int expected, String... args) {
        PrintStream previous = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            var cli = Registre.commandLine();
            cli.setErr(new PrintWriter(err, true));
            assertEquals(expected, cli.execute(args), err.toString());
        } finally {
            System.setOut(previous);
        }
        return new String[] {bytes.toString(StandardCharsets.UTF_8), err.toString().strip()};
    }

    /** Finalité identifier → French title, for mission 07. */
    static Map<String, String> mission07(Model m) {
        Map<String, String> titles = new TreeMap<>();
        for (Resource f : m.listResourcesWithProperty(RDF.type, Reg.Finalite).toList()) {
            String id = f.getProperty(DCTerms.identifier).getString();
            assertEquals(CNAM + id, f.getURI());
            if (id.startsWith("07-")) {
                titles.put(id, f.getProperty(SKOS.prefLabel).getString());
            }
        }
        return titles;
    }

    @Test
    void eachEditionIsAFolderOfItsFiles() throws Exception {
        assertEquals(List.of(dir.resolve("editions/" + FIRST + "/droit.ttl"),
                dir.resolve("editions/" + FIRST + "/registre.ttl")), files(FIRST));
        assertEquals(List.of(dir.resolve("editions/" + SECOND + "/droit.ttl"),
                dir.resolve("editions/" + SECOND + "/registre.ttl")), files(SECOND));
    }

    @Test
    void theInsertedFinaliteTakesTheNextFreeNumberAndTheOthersKeepTheirs() {
        assertEquals(Map.of(
                "07-01", "Tarification AT/MP",
                "07-02", "Promouvoir les offres de services de l'Assurance Maladie auprès des employeurs",
                "07-03", "Suivi des relations et connaissance employeurs",
                "07-04", EditedCnamDocument.REMOVED,
                "07-05", mission07(first).get("07-05")), mission07(first));
        Map<String, String> expected = new TreeMap<>(mission07(first));
        expected.remove("07-04");
        expected.put("07-06", EditedCnamDocument.ADDED);
        assertEquals(expected, mission07(second));
        // Every other finalité of the register: same IRI, same title.
        Map<String, String> all = new TreeMap<>();
        first.listResourcesWithProperty(RDF.type, Reg.Finalite).forEachRemaining(f -> all.put(f.getURI(),
                f.getProperty(SKOS.prefLabel).getString()));
        all.remove(CNAM + "07-04");
        all.put(CNAM + "07-06", EditedCnamDocument.ADDED);
        Map<String, String> now = new TreeMap<>();
        second.listResourcesWithProperty(RDF.type, Reg.Finalite).forEachRemaining(f -> now.put(f.getURI(),
                f.getProperty(SKOS.prefLabel).getString()));
        assertEquals(all, now);
        assertEquals(83, now.size());
    }

    @Test
    void theRewordedSousFinaliteKeepsItsIri() {
        Resource before = sous(first, "07-03", "Gérer les référentiels des coordonnées de contact");
        Resource after = sous(second, "07-03", "Gérer le référentiel des coordonnées de contact des employeurs");
        assertEquals(before.getURI(), after.getURI());
        assertEquals(CNAM + "07-03/sous-finalite/4", after.getURI());
    }

    static Resource sous(Model m, String finalite, String text) {
        List<Resource> found = m.listSubjectsWithProperty(SKOS.prefLabel, m.createLiteral(text, "fr")).toList()
                .stream().filter(r -> r.getURI().startsWith(CNAM + finalite + "/sous-finalite/")).toList();
        assertEquals(1, found.size(), text);
        return found.get(0);
    }

    @Test
    void theStoredEditionsDiffAsTheDocumentsDo() {
        String stored = run(0, "diff", dir.resolve("editions/" + FIRST).toString(),
                dir.resolve("editions/" + SECOND).toString())[0];
        String documents = run(0, "diff", EditedCnamDocument.SOURCE.toString(), edited.toString())[0];
        assertEquals(documents.substring(documents.indexOf('\n')), stored.substring(stored.indexOf('\n')));
        assertEquals(6, stored.lines().count());
    }

    @Test
    void aBadDateExitsWithTwoAndWritesNothing() throws Exception {
        for (String bad : List.of("2026-02-30", "15/06/2026", "2026-6-1")) {
            String[] out = run(2, "import", edited.toString(), "--edition", bad, "--out", dir.toString());
            assertEquals("registre : --edition : « " + bad + " » n'est pas une date ; attendu AAAA-MM-JJ, par exemple"
                    + " 2026-12-02 / not a date; expected YYYY-MM-DD, e.g. 2026-12-02", out[1]);
        }
        assertEquals(List.of(FIRST, SECOND), editions());
    }

    @Test
    void theSameDateTwiceIsRefused() throws Exception {
        String[] out = run(2, "import", edited.toString(), "--edition", SECOND, "--out", dir.toString());
        assertEquals("registre : " + dir.resolve("editions").resolve(SECOND) + " : l'édition du " + SECOND
                + " existe déjà ; une édition ne se réécrit pas, attendu une date après " + SECOND + " / the edition of "
                + SECOND + " already exists; an edition is not rewritten, expected a date after " + SECOND, out[1]);
        assertEquals(List.of(FIRST, SECOND), editions());
    }

    @Test
    void anEditionOlderThanTheLatestIsRefused() throws Exception {
        String[] out = run(2, "import", edited.toString(), "--edition", "2026-03-01", "--out", dir.toString());
        assertEquals("registre : --edition 2026-03-01 : plus ancienne que la dernière édition de " + dir + " ("
                + SECOND + ") ; attendu une date après " + SECOND + " / older than the latest edition (" + SECOND
                + "); expected a date after it", out[1]);
        assertEquals(List.of(FIRST, SECOND), editions());
    }

    @Test
    void anotherRegisterInTheSameFolderIsRefused() throws Exception {
        String[] out = run(2, "import", "data/exemples/ville-fictive.ods", "--edition", "2026-12-01", "--out",
                dir.toString());
        assertEquals("registre : data/exemples/ville-fictive.ods : registre " + Reg.BASE
                + "ville-fictive/registre, mais " + dir + " tient les éditions de [" + Reg.BASE + "cnam/registre] ;"
                + " attendu un dossier par registre / register " + Reg.BASE + "ville-fictive/registre, but this"
                + " folder holds the editions of [" + Reg.BASE + "cnam/registre]; expected one folder per register",
                out[1]);
        assertEquals(List.of(FIRST, SECOND), editions());
    }

    @Test
    void aSpreadsheetEditionIsOneTurtleFileNamedAfterItsOrganisation() throws Exception {
        Path ville = tmp.resolve("ville");
        String out = run(0, "import", "data/exemples/ville-fictive.ods", "--edition", "2026-12-01", "--out",
                ville.toString())[0];
        assertEquals(List.of("ville-fictive.ttl"), Files.list(ville.resolve("editions/2026-12-01"))
                .map(p -> p.getFileName().toString()).toList());
        assertEquals(true, out.startsWith("Édition / edition 2026-12-01 de / of " + Reg.BASE
                + "ville-fictive/registre : 10 finalités"), out);
    }

    static List<String> editions() throws Exception {
        try (Stream<Path> s = Files.list(dir.resolve("editions"))) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
