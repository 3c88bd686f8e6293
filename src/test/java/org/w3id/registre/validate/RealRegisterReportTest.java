package org.w3id.registre.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.registre.core.RegisterFiles;

/**
 * The published register's report, pinned: the exact list of (focus node, shape, severity) as of a fixed date. Any
 * change to the data, the ontology or the shapes that changes a finding fails here and must update the golden file
 * on purpose.
 */
class RealRegisterReportTest {

    static final Path GOLDEN = Path.of("src/test/resources/validate/registre-2026-01-01.tsv");

    static Model register;
    static Shapes shapes;

    @BeforeAll
    static void load() {
        register = RegisterFiles.loadBundled();
        shapes = RegisterValidation.parseShapes(RegisterValidation.bundledShapes());
    }

    @Test
    void reportIsPinned() throws IOException {
        ValidationReport report = RegisterValidation.validate(register.getGraph(), shapes, LocalDate.of(2026, 1, 1));
        List<String> expected = ShapeFixturesTest.expected(GOLDEN);
        assertEquals(expected, ShapeFixturesTest.lines(new ArrayList<>(report.getEntries())));
        Findings findings = Findings.of(report, register, LocalDate.of(2026, 1, 1));
        assertEquals(Map.of(Level.VIOLATION, 0, Level.WARNING, 48, Level.INFO, 627), findings.countByLevel());
        assertEquals("Violation 0, Avertissement / Warning 48, Information / Info 627", findings.summary());
        assertFalse(RegisterValidation.fails(report, FailOn.VIOLATION));
        assertTrue(RegisterValidation.fails(report, FailOn.WARNING));
    }

    /** Before 31 January 2023 the Contact Covid obligation was in force: its two warnings disappear, nothing else. */
    @Test
    void endedBasisDependsOnTheValidationDate() throws IOException {
        ValidationReport report = RegisterValidation.validate(register.getGraph(), shapes, LocalDate.of(2023, 1, 30));
        List<String> expected = new ArrayList<>(ShapeFixturesTest.expected(GOLDEN));
        assertTrue(expected.remove("cnam/finalite/10-01/fondement/1\tFondementEchu\tWarning"));
        assertTrue(expected.remove("cnam/finalite/10-01/fondement/1\tFinaliteSansFondementEnVigueur\tWarning"));
        assertEquals(expected, ShapeFixturesTest.lines(new ArrayList<>(report.getEntries())));
    }

    /**
     * The register's numbers as the shapes see them: the Art. 30 profile has one result per finalité and field the
     * document never states (six), and one per finalité whose controller no bullet names (36 of 83).
     */
    @Test
    void articleThirtyProfileCoversEveryFinalite() {
        ValidationReport report = RegisterValidation.validate(register.getGraph(), shapes, LocalDate.of(2026, 1, 1));
        long art30 = report.getEntries().stream()
                .filter(e -> e.source().getURI().startsWith(ShapeFixturesTest.RSH + "Article30-")).count();
        assertEquals(83 * 6 + 36, art30);
    }

    /**
     * The analysis beyond Article 6 names what it is about: the document's words, the other finalité, the basis. A few
     * results, reviewed by hand, with their values (the pinned file has focus, shape and severity only).
     */
    @Test
    void analysisResultsNameTheirWordsAndTheOtherFinalite() {
        ValidationReport report = RegisterValidation.validate(register.getGraph(), shapes, LocalDate.of(2026, 1, 1));
        java.util.Set<String> values = new java.util.TreeSet<>();
        String base = ShapeFixturesTest.BASE_IRI;
        for (org.apache.jena.shacl.validation.ReportEntry e : report.getEntries()) {
            String shape = e.source().getURI().substring(ShapeFixturesTest.RSH.length());
            String focus = e.focusNode().getURI().substring(base.length());
            org.apache.jena.graph.Node v = e.value();
            String value = v == null ? "" : v.isURI() ? v.getURI().replace(base, "").replace(
                    "https://w3id.org/dpv#", "dpv:") : v.getLiteralLexicalForm();
            values.add(shape + " " + focus + " = " + value);
        }
        for (String expected : List.of(
                "Art9-CategoriesParticulieres cnam/finalite/02-04 = certificats médicaux",
                "Art9-CategoriesParticulieres cnam/finalite/04-03 = dossier médical partagé",
                "Art9-CategoriesParticulieres cnam/finalite/15-05 = heures syndicales",
                "Art9-CategoriesParticulieres cnam/finalite/15-08 = soutien psychologique",
                "Art9-CategoriesParticulieres cnam/finalite/15-06 = salariés handicapés",
                "Art10-Infractions cnam/finalite/03-02 = sanctions financières",
                "Art6-1-f-ActivitePublique cnam/finalite/12-01 = cnam/finalite/05-01",
                "Art6-1-f-ActivitePublique cnam/finalite/16-05 = dpv:EnforceSecurity",
                "Art6-1-f-ActivitePublique cnam/finalite/12-02 = cnam/finalite/05-01",
                // Public-service information (05-01, 06-05, 07-02) is no longer read as dpv:Marketing: 16-06,
                // promotion to staff and providers, has no 6(1)(e) twin left and is reported with the purpose.
                "Art6-1-f-ActivitePublique cnam/finalite/16-06 = dpv:Marketing",
                "SousFinalitesIdentiques cnam/finalite/06-04 = cnam/finalite/06-06",
                "MemeOperationBasesDifferentes cnam/finalite/14-04/lecture/4 = cnam/finalite/16-04",
                "MemeOperationBasesDifferentes cnam/finalite/16-05/lecture/5 = cnam/finalite/15-03",
                "TexteTransitoireEchu cnam/finalite/15-05/lecture/3 = cnam/finalite/15-05/fondement/1",
                "DecisionAutomatiseeProfilage-libelle cnam/finalite/13-02/sous-finalite/2 = Opérations automatisées",
                "RechercheEtStatistiques cnam/finalite/11-03 = Produire des statistiques, des indicateurs de pilotage"
                        + " | Réaliser des études et évaluations")) {
            assertTrue(values.contains(expected), expected);
        }
        assertTrue(values.stream().anyMatch(v -> v.startsWith("ConsentementPresume-fondements cnam/finalite/08-03 = ")
                && v.contains("Le consentement du consultant est considéré comme acquis par sa venue")));
    }
}
