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
        assertEquals(Map.of(Level.VIOLATION, 0, Level.WARNING, 50, Level.INFO, 586),
                RegisterValidation.countByLevel(report));
        assertEquals("0 violation(s), 50 avertissement(s) / warning(s), 586 info", RegisterValidation.summary(report));
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

    /** The register's numbers as the shapes see them: the Art. 30 profile has one result per finalité and field. */
    @Test
    void articleThirtyProfileCoversEveryFinalite() {
        ValidationReport report = RegisterValidation.validate(register.getGraph(), shapes, LocalDate.of(2026, 1, 1));
        long art30 = report.getEntries().stream()
                .filter(e -> e.source().getURI().startsWith(ShapeFixturesTest.RSH + "Article30-")).count();
        assertEquals(83 * 6, art30);
    }
}
