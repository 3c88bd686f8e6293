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

    /**
     * An Art. 9(2) condition in the bases cell ("9-2-b : …", always with its paragraph; a bare letter stays an Art.
     * 6(1) basis), with its text and end of validity keyed the same way: a basis node modelled like the Art. 6(1)
     * ones (a dpv:LegalBasis under eu-gdpr:A9-2-b, no Art. 6(1) kind), written back as it was read in every format.
     */
    @Test
    void anArticle9ConditionReadsAndComesBack(@TempDir Path tmp) throws Exception {
        String csv = Files.readString(EXEMPLES.resolve("ville-fictive.csv"));
        String bases = "6-1-b : exécution du contrat des agents contractuels\"";
        String texts = ",c : Code général de la fonction publique <droit/cgfp>,";
        assertEquals(1, csv.split(java.util.regex.Pattern.quote(bases), -1).length - 1);
        assertEquals(1, csv.split(java.util.regex.Pattern.quote(texts), -1).length - 1);
        csv = csv.replace(bases, "6-1-b : exécution du contrat des agents contractuels\n9-2-b : obligations en"
                + " matière de droit du travail et de la protection sociale\"")
                .replace(texts, ",\"c : Code général de la fonction publique <droit/cgfp>\n9-2-b : Code du travail"
                        + " <droit/code-du-travail>\",");
        Path file = tmp.resolve("ville-9-2.csv");
        Files.writeString(file, csv);
        Model read = TemplateReader.read(file);

        String rh01 = "https://w3id.org/registre/ville-fictive/finalite/RH-01";
        org.apache.jena.rdf.model.Resource b = read.createResource(rh01 + "/fondement/3");
        Model about = ModelFactory.createDefaultModel().add(read.listStatements(b, null,
                (org.apache.jena.rdf.model.RDFNode) null));
        Model expected = ModelFactory.createDefaultModel();
        org.apache.jena.rdf.model.Resource e = expected.createResource(b.getURI())
                .addProperty(TemplateTerms.TYPE, expected.createResource("https://w3id.org/dpv#LegalBasis"))
                .addProperty(expected.createProperty("http://www.w3.org/2004/02/skos/core#broader"),
                        expected.createResource("https://w3id.org/dpv/legal/eu/gdpr#A9-2-b"))
                .addProperty(expected.createProperty("http://purl.org/dc/terms/isPartOf"),
                        expected.createResource(rh01))
                .addProperty(expected.createProperty("https://w3id.org/dpv#hasApplicableLaw"),
                        expected.createResource("https://w3id.org/registre/droit/code-du-travail"))
                .addProperty(expected.createProperty("https://w3id.org/registre/ontologie#texteSource"),
                        "obligations en matière de droit du travail et de la protection sociale", "fr");
        e.addLiteral(expected.createProperty("https://w3id.org/registre/ontologie#rang"),
                expected.createTypedLiteral("3", org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger));
        assertIsomorphic(expected, about);
        assertTrue(read.contains(read.createResource(rh01),
                read.createProperty("https://w3id.org/dpv#hasLegalBasis"), b));

        for (SpreadsheetFormat format : SpreadsheetFormat.values()) {
            Path out = tmp.resolve("aller-retour-9-2." + format.extension);
            Files.write(out, format.write(TemplateWriter.write(read, null, format == SpreadsheetFormat.CSV,
                    out.toString())));
            assertIsomorphic(read, TemplateReader.read(out));
        }
    }
}
