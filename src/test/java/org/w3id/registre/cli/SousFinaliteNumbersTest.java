package org.w3id.registre.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.registre.core.Reg;
import org.w3id.registre.core.RegisterFiles;
import org.w3id.registre.diff.EditedCnamDocument;

/**
 * Three editions of the Cnam document: the second drops the last sous-finalité of 07-03 (its 11th), the third adds a
 * new one in its place. The new one takes 12, not 11: a number once given to a sous-finalité is never given to another,
 * even when the edition just before no longer has it — else a link to {@code 07-03/sous-finalite/11} made against the
 * first edition would name something else in the third.
 */
class SousFinaliteNumbersTest {

    static final String LAST = "• Optimiser la relation client de l'Assurance Maladie avec les employeurs\t";
    static final String NEW = "Informer les employeurs des nouveaux téléservices";
    static final String F0703 = Reg.BASE + "cnam/finalite/07-03";

    @TempDir
    static Path tmp;
    static Path dir;

    @BeforeAll
    static void threeEditions() throws Exception {
        String document = Files.readString(EditedCnamDocument.SOURCE);
        int at = document.indexOf(LAST);
        assertEquals(at, document.lastIndexOf(LAST), "the edit applies once");
        Path second = tmp.resolve("deuxieme.txt");
        Files.writeString(second, document.substring(0, at) + "\t" + document.substring(at + LAST.length()));
        Path third = tmp.resolve("troisieme.txt");
        Files.writeString(third, document.substring(0, at) + "• " + NEW + "\t"
                + document.substring(at + LAST.length()));
        dir = tmp.resolve("registre-cnam");
        EditionImportTest.run(0, "import", EditedCnamDocument.SOURCE.toString(), "--edition", "2026-01-15",
                "--out", dir.toString());
        EditionImportTest.run(0, "import", second.toString(), "--edition", "2026-06-15", "--out", dir.toString());
        EditionImportTest.run(0, "import", third.toString(), "--edition", "2026-12-15", "--out", dir.toString());
    }

    /** Number → French label of 07-03's sous-finalités in an edition. */
    static Map<Integer, String> sous0703(String edition) {
        Model m = RegisterFiles.load(RegisterFiles.turtleIn(dir.resolve("editions").resolve(edition)));
        Map<Integer, String> found = new TreeMap<>();
        for (Resource s : m.listResourcesWithProperty(RDF.type, Reg.SousFinalite).toList()) {
            if (s.getURI().startsWith(F0703 + "/sous-finalite/")) {
                found.put(Integer.valueOf(s.getURI().substring((F0703 + "/sous-finalite/").length())),
                        s.getProperty(SKOS.prefLabel).getString());
            }
        }
        return found;
    }

    @Test
    void aRemovedNumberIsNotGivenAgain() {
        Map<Integer, String> first = sous0703("2026-01-15");
        assertEquals(11, first.size());
        assertEquals("Optimiser la relation client de l'Assurance Maladie avec les employeurs", first.get(11));
        Map<Integer, String> second = new TreeMap<>(first);
        second.remove(11);
        assertEquals(second, sous0703("2026-06-15"));
        Map<Integer, String> third = new TreeMap<>(second);
        third.put(12, NEW);
        assertEquals(third, sous0703("2026-12-15"));
    }
}
