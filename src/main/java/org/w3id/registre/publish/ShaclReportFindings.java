package org.w3id.registre.publish;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.vocabulary.SHACLM;
import org.w3id.registre.validate.HtmlReport;

/**
 * Findings read from a SHACL validation report graph (the standard sh:ValidationReport vocabulary), as written by
 * Jena's {@code ValidationReport.getModel()} or any other SHACL engine.
 */
public final class ShaclReportFindings implements ValidationFindings {

    private final List<ValidationFinding> findings;
    private final Optional<String> htmlReport;

    /**
     * The findings of a validation run on the register as loaded (IRIs under the default base), moved under the
     * published base, with the HTML report rendered from the moved report so that its links stay on the site.
     * Validation has to run before the move: the shapes name the ontology's terms, which move with the base.
     */
    public static ShaclReportFindings of(ValidationReport report, Model data, BaseUri base, LocalDate date) {
        Model moved = base.rebase(report.getModel());
        StringWriter html = new StringWriter();
        HtmlReport.render(ValidationReport.fromGraph(moved.getGraph()), base.rebase(data), date, html);
        return new ShaclReportFindings(moved, Optional.of(html.toString()));
    }

    public ShaclReportFindings(Model report) {
        this(report, Optional.empty());
    }

    public ShaclReportFindings(Model report, Optional<String> htmlReport) {
        this.htmlReport = htmlReport;
        if (!report.contains(null, org.apache.jena.vocabulary.RDF.type, SHACLM.ValidationReport)) {
            throw new org.w3id.registre.core.RegistreException(
                    "rapport de validation : aucun sh:ValidationReport / validation report: no sh:ValidationReport");
        }
        List<ValidationFinding> all = new ArrayList<>();
        for (QuerySolution row : SiteQueries.select("validation-results.rq", report, java.util.Map.of())) {
            Resource result = row.getResource("result");
            all.add(new ValidationFinding(
                    nodeText(row.get("focus")),
                    Optional.ofNullable(row.getResource("path")).filter(Resource::isURIResource).map(Resource::getURI),
                    Optional.ofNullable(row.get("value")).map(ShaclReportFindings::nodeText),
                    severity(row.getResource("severity")),
                    messages(report, result, "fr"),
                    messages(report, result, "en"),
                    Optional.ofNullable(row.getResource("shape")).filter(Resource::isURIResource)
                            .map(Resource::getURI),
                    Optional.ofNullable(row.getResource("component")).map(Resource::getURI)));
        }
        all.sort(Comparator.comparing(ValidationFinding::severity)
                .thenComparing(ValidationFinding::focusNode)
                .thenComparing(f -> f.path().orElse(""))
                .thenComparing(f -> f.value().orElse(""))
                .thenComparing(f -> String.join(" ", f.messagesFr())));
        this.findings = List.copyOf(all);
    }

    @Override
    public List<ValidationFinding> findings() {
        return findings;
    }

    @Override
    public boolean validated() {
        return true;
    }

    @Override
    public Optional<String> htmlReport() {
        return htmlReport;
    }

    private static ValidationFinding.Severity severity(Resource severity) {
        if (SHACLM.Violation.equals(severity)) {
            return ValidationFinding.Severity.VIOLATION;
        }
        if (SHACLM.Warning.equals(severity)) {
            return ValidationFinding.Severity.WARNING;
        }
        if (SHACLM.Info.equals(severity)) {
            return ValidationFinding.Severity.INFO;
        }
        throw new org.w3id.registre.core.RegistreException("rapport de validation : gravité inconnue / unknown "
                + "severity " + severity);
    }

    /** French messages are those tagged fr or untagged; English those tagged en. */
    private static List<String> messages(Model report, Resource result, String lang) {
        List<String> out = new ArrayList<>();
        report.listObjectsOfProperty(result, SHACLM.resultMessage).forEach(node -> {
            if (node.isLiteral()) {
                Literal literal = node.asLiteral();
                String tag = literal.getLanguage();
                boolean fr = tag.isEmpty() || tag.toLowerCase().startsWith("fr");
                boolean en = tag.toLowerCase().startsWith("en");
                if (("fr".equals(lang) && fr) || ("en".equals(lang) && en)) {
                    out.add(literal.getLexicalForm());
                }
            }
        });
        out.sort(null);
        return out;
    }

    private static String nodeText(RDFNode node) {
        if (node.isURIResource()) {
            return node.asResource().getURI();
        }
        if (node.isLiteral()) {
            return node.asLiteral().getLexicalForm();
        }
        return "_:" + node.asResource().getId().getLabelString();
    }
}
