package org.w3id.registre.publish;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.shacl.ValidationReport;
import org.w3id.registre.validate.Finding;
import org.w3id.registre.validate.Findings;

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
     * move.
     */
    public static ShaclReportFindings of(ValidationReport report, Model data, BaseUri base, LocalDate date) {
        Findings moved = Findings.read(base.rebase(report.getModel()), base.rebase(data), date);
        return new ShaclReportFindings(moved, Optional.of(moved));
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
