package org.w3id.registre.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;
import org.w3id.registre.core.RegistreException;

class ShaclReportFindingsTest {

    private static final String FOND = BaseUri.DEFAULT + "cnam/finalite/";

    @Test
    void readsEveryResultOfTheReport() {
        ValidationFindings findings = TestSite.fixtureFindings();
        assertTrue(findings.validated());
        assertEquals(3, findings.findings().size());
        ValidationFinding violation = findings.findings().get(0);
        assertEquals(new ValidationFinding(FOND + "02-01/fondement/1",
                Optional.of("http://www.w3.org/2004/02/skos/core#broader"),
                Optional.of("https://w3id.org/dpv/legal/eu/gdpr#A6-1-c"), ValidationFinding.Severity.VIOLATION,
                List.of("La lettre 6-1-c contredit le libellé « mission d'intérêt public » <b>(e)</b>"),
                List.of("Letter 6-1-c contradicts the words 'public interest mission' <b>(e)</b>"),
                Optional.of("https://w3id.org/registre/formes#LettreEtLibelleConcordants"),
                Optional.of("http://www.w3.org/ns/shacl#SPARQLConstraintComponent")), violation);
        assertEquals(List.of(ValidationFinding.Severity.VIOLATION, ValidationFinding.Severity.WARNING,
                ValidationFinding.Severity.INFO), findings.findings().stream().map(ValidationFinding::severity).toList());
        assertEquals(Optional.of("2023-01-31"), findings.findings().get(1).value());
        assertEquals(1, findings.about(FOND + "01-02/fondement/1").size());
        assertEquals(0, findings.about(FOND + "01-01").size());
    }

    @Test
    void passOrFailIsDecidedOnSeverity() {
        assertFalse(TestSite.fixtureFindings().passes(), "one violation fails");
        assertFalse(new NotValidated().passes(), "not validated does not pass");
    }

    @Test
    void aGraphWithoutReportIsRefused() {
        assertThrows(RegistreException.class, () -> new ShaclReportFindings(ModelFactory.createDefaultModel()));
    }
}
