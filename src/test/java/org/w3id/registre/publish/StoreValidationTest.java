package org.w3id.registre.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.JenaTransactionException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.registre.core.RegisterFiles;
import org.w3id.registre.store.RegisterStore;
import org.w3id.registre.validate.Finding;
import org.w3id.registre.validate.Level;
import org.w3id.registre.validate.RegisterValidation;

/**
 * {@code serve --tdb} validates the TDB2 store where it lies (a read transaction on the store's graph), not a copy of
 * it in memory: the same findings as the validation of the same files loaded in memory.
 */
class StoreValidationTest {

    /** Base register plus one violation, two warnings and one info (as in ValidateCommandTest). */
    private static final List<String> DATA = List.of("src/test/resources/shapes/base.ttl",
            "src/test/resources/shapes/Art6-1-f-AutoritePublique/invalid.ttl",
            "src/test/resources/shapes/Art6-3-LoiNationale/invalid.ttl",
            "src/test/resources/shapes/CitationTronquee/invalid.ttl");

    @TempDir
    Path temp;

    @Test
    void theStoreIsValidatedInPlaceWithTheFindingsOfTheSameDataInMemory() {
        List<Path> files = new ArrayList<>(RegisterFiles.ontologyFiles());
        DATA.forEach(f -> files.add(Path.of(f)));
        Model shapes = RegisterValidation.bundledShapes();
        LocalDate date = LocalDate.of(2026, 1, 1);
        DatasetGraph store = RegisterStore.tdb(temp.resolve("tdb"), files,
                false, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        try {
            // TDB2 reads only inside a transaction: what validates it must read it there, as it lies.
            assertThrows(JenaTransactionException.class, () -> store.getDefaultGraph().size());

            ShaclReportFindings inStore = ShaclReportFindings.ofStore(store, shapes, BaseUri.defaultBase(), date);
            assertFalse(store.isInTransaction(), "the read transaction is over");

            Model inMemory = RegisterFiles.load(files);
            ShaclReportFindings copied = ShaclReportFindings.of(RegisterValidation.validate(inMemory, shapes, date),
                    inMemory, shapes, BaseUri.defaultBase(), date);
            assertEquals(copied.findings(), inStore.findings());
            assertEquals(List.of(1L, 2L, 1L), List.of(inStore.count(Level.VIOLATION), inStore.count(Level.WARNING),
                    inStore.count(Level.INFO)));
            Finding violation = inStore.findings().get(0);
            assertEquals("https://w3id.org/registre/cnam/finalite/01-01", violation.focus().getURI());
            assertEquals("Contrôle des droits", violation.focusFr());
            assertEquals("Entitlement checks", violation.focusEn());
            assertEquals("https://w3id.org/registre/shapes#Art6-1-f-AutoritePublique", violation.shape().getURI());
            // The findings keep nothing of the store: the detailed report renders after the transaction, with the
            // shapes' names.
            assertEquals("Article 6(1) second subparagraph: legitimate interests of a public authority",
                    inStore.report().orElseThrow().shapeLabel(NodeFactory.createURI(
                            "https://w3id.org/registre/shapes#Art6-1-f-AutoritePublique"), "en"));
            assertTrue(ValidationReportPage.standalone(inStore.report().orElseThrow())
                    .contains("Article 6-1 alinéa 2 : intérêts légitimes d&#39;une autorité publique"));
        } finally {
            TDBInternal.expel(store);
        }
    }
}
