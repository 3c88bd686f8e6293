package org.w3id.registre.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.registre.core.RegisterFiles;

/**
 * The CNIL template in and out: the fictitious municipality's register reads the same from ODS, XLSX and CSV and
 * matches its reviewed graph; export then import gives back, isomorphic, every field the template holds — on the
 * Cnam register and on the municipality's.
 */
class TemplateRoundTripTest {

    static final Path EXEMPLES = Path.of("data/exemples");
    static final Path EXPECTED = Path.of("src/test/resources/template/ville-fictive.expected.ttl");

    static Model cnam;

    @BeforeAll
    static void load() {
        cnam = ModelFactory.createDefaultModel();
        RegisterFiles.dataFiles().forEach(f -> RegisterFiles.read(cnam, f));
    }

    static Model expected() {
        return RDFDataMgr.loadModel(EXPECTED.toString());
    }

    static String difference(Model expected, Model actual) {
        Model missing = expected.difference(actual);
        Model extra = actual.difference(expected);
        StringBuilder s = new StringBuilder("missing " + missing.size() + ", extra " + extra.size() + "\n");
        missing.listStatements().toList().stream().limit(10).forEach(st -> s.append("- ").append(st).append('\n'));
        extra.listStatements().toList().stream().limit(10).forEach(st -> s.append("+ ").append(st).append('\n'));
        return s.toString();
    }

    static void assertIsomorphic(Model expected, Model actual) {
        assertTrue(expected.isIsomorphicWith(actual), () -> difference(expected, actual));
    }

    @Test
    void theMunicipalityReadsTheSameFromOdsXlsxAndCsv() {
        Model expected = expected();
        for (String file : List.of("ville-fictive.ods", "ville-fictive.xlsx", "ville-fictive.csv")) {
            Model read = TemplateReader.read(EXEMPLES.resolve(file));
            assertIsomorphic(expected, read);
        }
        assertEquals(10, expected.listSubjectsWithProperty(TemplateTerms.TYPE, TemplateTerms.FINALITE).toList().size());
    }

    @Test
    void theMunicipalityComesBackFromEveryForm(@TempDir Path tmp) throws Exception {
        Model original = expected();
        for (SpreadsheetFormat format : SpreadsheetFormat.values()) {
            Path file = tmp.resolve("aller-retour." + format.extension);
            Files.write(file, format.write(TemplateWriter.write(original, null, format == SpreadsheetFormat.CSV,
                    file.toString())));
            assertIsomorphic(original, TemplateReader.read(file));
        }
    }

    @Test
    void theCnamRegisterComesBackWithEveryFieldTheTemplateHolds(@TempDir Path tmp) throws Exception {
        Model held;
        try (QueryExecution qe = QueryExecution.model(cnam)
                .query(Files.readString(Path.of("src/test/resources/template/champs-du-modele.rq"))).build()) {
            held = qe.execConstruct();
        }
        // What the template holds of the Cnam register: its 83 finalités, each with its bases and sous-finalités.
        assertEquals(83, held.listSubjectsWithProperty(TemplateTerms.TYPE, TemplateTerms.FINALITE).toList().size());
        for (SpreadsheetFormat format : SpreadsheetFormat.values()) {
            Path file = tmp.resolve("cnam." + format.extension);
            Files.write(file, format.write(TemplateWriter.write(cnam, "cnam", format == SpreadsheetFormat.CSV,
                    file.toString())));
            assertIsomorphic(held, TemplateReader.read(file));
        }
    }
}
