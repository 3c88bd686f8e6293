package org.w3id.registre.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.w3id.registre.core.RegistreException;
import org.w3id.registre.validate.Finding;
import org.w3id.registre.validate.Level;

/** The pages read a SHACL report through the validation stage's one model: same results, same rules. */
class ShaclReportFindingsTest {

    private static final String FOND = BaseUri.DEFAULT + "cnam/finalite/";
    private static final String OUTSIDE = "Hors mission (textes juridiques, registre) / Outside missions (legal texts,"
            + " register)";

    @Test
    void readsEveryResultOfTheReport() {
        ValidationFindings findings = TestSite.fixtureFindings();
        assertTrue(findings.validated());
        assertEquals(3, findings.findings().size());
        String focus = FOND + "02-01/fondement/1";
        String shape = "https://w3id.org/registre/formes#LettreEtLibelleConcordants";
        // No labels are given: the focus node is named by its IRI, and no mission is found.
        assertEquals(new Finding(Level.VIOLATION, NodeFactory.createURI(focus), focus, "", null, OUTSIDE,
                NodeFactory.createURI(shape), NodeFactory.createURI(shape), "skos:broader",
                NodeFactory.createURI("https://w3id.org/dpv/legal/eu/gdpr#A6-1-c"), "eu-gdpr:A6-1-c",
                "sh:SPARQLConstraintComponent",
                "La lettre 6-1-c contredit le libellé « mission d'intérêt public » <b>(e)</b>",
                "Letter 6-1-c contradicts the words 'public interest mission' <b>(e)</b>"), findings.findings().get(0));
        assertEquals(List.of(Level.VIOLATION, Level.WARNING, Level.INFO),
                findings.findings().stream().map(Finding::level).toList());
        assertEquals("2023-01-31", findings.findings().get(1).valueText());
        assertEquals(1, findings.about(FOND + "01-02/fondement/1").size());
        assertEquals(0, findings.about(FOND + "01-01").size());
        assertEquals(1, findings.count(Level.WARNING));
    }

    @Test
    void passOrFailIsDecidedOnSeverity() {
        assertFalse(TestSite.fixtureFindings().passes(), "one violation fails");
        assertFalse(new NotValidated().passes(), "not validated does not pass");
    }

    @Test
    void aGraphWithoutReportIsRefused() {
        RegistreException e = assertThrows(RegistreException.class,
                () -> new ShaclReportFindings(ModelFactory.createDefaultModel()));
        assertEquals("rapport de validation : aucun sh:ValidationReport / validation report: no sh:ValidationReport",
                e.getMessage());
    }

    /**
     * The two rules the pages and {@code validate} used to disagree on: an untagged message serves both languages
     * (the pages took it for French only), and a severity other than SHACL's three counts as a violation (the pages
     * refused the whole report).
     */
    @Test
    void aResultWithoutItsConstraintComponentIsRefusedNamingIt() {
        Model report = ModelFactory.createDefaultModel();
        RDFParser.fromString("""
                @prefix sh: <http://www.w3.org/ns/shacl#> .
                [] a sh:ValidationReport ; sh:conforms false ; sh:result [ sh:focusNode <urn:x:f> ;
                   sh:resultSeverity sh:Warning ; sh:sourceShape <urn:x:forme> ; sh:resultMessage "m"@fr ] .
                """).lang(Lang.TURTLE).parse(report);
        RegistreException e = assertThrows(RegistreException.class, () -> new ShaclReportFindings(report));
        assertEquals("rapport de validation : un sh:result sans sh:sourceConstraintComponent (focus urn:x:f) / "
                + "validation report: a sh:result without sh:sourceConstraintComponent", e.getMessage());
    }

    @Test
    void anUntaggedMessageIsBilingualAndAnUnknownSeverityIsAViolation() {
        Model report = ModelFactory.createDefaultModel();
        RDFParser.fromString("""
                @prefix sh: <http://www.w3.org/ns/shacl#> .
                [] a sh:ValidationReport ; sh:conforms false ; sh:result [ a sh:ValidationResult ;
                    sh:focusNode <https://w3id.org/registre/cnam/mission/11> ;
                    sh:resultSeverity <https://example.org/gravite#Critique> ;
                    sh:sourceShape <https://example.org/formes#Autre> ;
                    sh:sourceConstraintComponent sh:SPARQLConstraintComponent ;
                    sh:resultMessage "Message sans langue" ] .
                """, Lang.TURTLE).parse(report);
        ShaclReportFindings findings = new ShaclReportFindings(report);
        Finding only = findings.findings().get(0);
        assertEquals(Level.VIOLATION, only.level());
        assertEquals("Message sans langue", only.messageFr());
        assertEquals("Message sans langue", only.messageEn());
        assertFalse(findings.passes());
        assertEquals("Violation 1, Avertissement / Warning 0, Information / Info 0", findings.summary());
    }
}
