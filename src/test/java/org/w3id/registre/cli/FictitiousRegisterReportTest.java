package org.w3id.registre.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.registre.core.RegisterInputs;
import org.w3id.registre.template.TemplateReader;
import org.w3id.registre.validate.Findings;
import org.w3id.registre.validate.Level;
import org.w3id.registre.validate.RegisterValidation;
import org.w3id.registre.validate.ShapeFixturesTest;

/**
 * The fictitious municipality's register (CNIL template) with the project's reading of it, pinned whole: every result
 * with its focus node, path, value, shape and severity, as of a fixed date. The structure shapes hold the Cnam
 * document's numbering only for the Cnam register, so its references ("COM-01", mission "EC") are not findings; what
 * is left are its deliberate gaps: a 6(1)(e) basis with no text (RH-02), a whole code cited for an obligation (RH-01),
 * and the Art. 30 fields some activities leave empty. The same for the three forms of the template.
 */
class FictitiousRegisterReportTest {

    static final Path GOLDEN = Path.of("src/test/resources/validate/ville-fictive-2026-01-01.tsv");
    static final Path ALIGNMENT = Path.of("data/exemples/ville-fictive-alignement.ttl");
    static final LocalDate DATE = LocalDate.of(2026, 1, 1);

    static Shapes shapes;

    @BeforeAll
    static void load() {
        shapes = RegisterValidation.parseShapes(RegisterValidation.bundledShapes());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ville-fictive.ods", "ville-fictive.xlsx", "ville-fictive.csv"})
    void reportIsPinned(String spreadsheet) throws IOException {
        Model data = RegisterInputs.loadWithOntology(
                List.of(Path.of("data/exemples").resolve(spreadsheet), ALIGNMENT), TemplateReader::read);
        ValidationReport report = RegisterValidation.validate(data.getGraph(), shapes, DATE);
        assertEquals(ShapeFixturesTest.expected(GOLDEN), ShapeFixturesTest.entries(List.copyOf(report.getEntries())));
        Findings findings = Findings.of(report, data, DATE);
        assertEquals(Map.of(Level.VIOLATION, 0, Level.WARNING, 5, Level.INFO, 15), findings.countByLevel());
    }

    /**
     * Without the project's reading, the register alone: no DPV purpose for its ten activities and no kind for its
     * seven legal texts are violations (the template has no column for either); a text of no stated kind is not
     * reported as one that cannot lay down a basis, so RH-01's code is not, and the warnings are RH-02's and the
     * health data that RH-01, EF-02 and SOC-01 declare with no Art. 9(2) condition (the register's own statement).
     */
    @ParameterizedTest
    @ValueSource(strings = {"ville-fictive.ods"})
    void withoutTheProjectsReading(String spreadsheet) {
        Model data = RegisterInputs.loadWithOntology(List.of(Path.of("data/exemples").resolve(spreadsheet)),
                TemplateReader::read);
        ValidationReport report = RegisterValidation.validate(data.getGraph(), shapes, DATE);
        Findings findings = Findings.of(report, data, DATE);
        assertEquals(Map.of(Level.VIOLATION, 17, Level.WARNING, 4, Level.INFO, 15), findings.countByLevel());
    }
}
