package org.w3id.registre.publish;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.w3id.registre.validate.Finding;
import org.w3id.registre.validate.Findings;
import org.w3id.registre.validate.RegisterValidation;

/**
 * The results of a SHACL validation for the pages, read by the validation stage ({@link Findings}): of a run on the
 * register, or of a report graph written by any SHACL engine ({@code export --validation-report}).
 */
public final class ShaclReportFindings implements ValidationFindings {

    private final Findings findings;
    private final Optional<Findings> report;

    /**
     * The findings of a validation run on the register as loaded (IRIs under the default base), moved under the
     * published base so that the detailed report's links stay on the site.
     * Validation runs before the move because the data is validated as loaded; the shapes and the ontology do not
     * move. The shapes give the report their names and the node shape of each property shape.
     */
    public static ShaclReportFindings of(ValidationReport report, Model data, Model shapes, BaseUri base,
            LocalDate date) {
        Findings moved = Findings.read(base.rebase(report.getModel()),
                ModelFactory.createUnion(base.rebase(data), shapes), date);
        return new ShaclReportFindings(moved, Optional.of(moved));
    }

    /**
     * The findings of a validation of a store's default graph (a TDB2 store, {@code serve --tdb}) where it lies: in
     * one read transaction, the data read through the store's own graph, never copied into memory. Labels and
     * missions are read within the same transaction; the findings keep nothing of the store.
     */
    public static ShaclReportFindings ofStore(DatasetGraph store, Model shapes, BaseUri base, LocalDate date) {
        Shapes parsed = RegisterValidation.parseShapes(shapes);
        return Txn.calculateRead(store, () -> {
            Model data = ModelFactory.createModelForGraph(store.getDefaultGraph());
            return of(RegisterValidation.validate(data.getGraph(), parsed, date), data, shapes, base, date);
        });
    }

    /** A report graph as written by a SHACL engine; labels are not needed by the pages, which link the resources. */
    public ShaclReportFindings(Model report) {
        this(Findings.read(report, ModelFactory.createDefaultModel(), null), Optional.empty());
    }

    private ShaclReportFindings(Findings findings, Optional<Findings> report) {
        this.findings = findings;
        this.report = report;
    }

    @Override
    public List<Finding> findings() {
        return findings.all();
    }

    @Override
    public List<Finding> about(String iri) {
        return findings.about(iri);
    }

    @Override
    public boolean validated() {
        return true;
    }

    @Override
    public Optional<Findings> report() {
        return report;
    }

    /** The one-line summary of the validation stage, for logs. */
    public String summary() {
        return findings.summary();
    }
}
