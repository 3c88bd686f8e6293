package org.w3id.registre.publish;

import java.util.List;
import java.util.Optional;

/**
 * What the pages need from the validation of the register: every result, grouped by focus node, and optionally the
 * validation package's own HTML report. {@link ShaclReportFindings} implements it for any sh:ValidationReport graph.
 */
public interface ValidationFindings {

    /** Every result, most severe first, in a stable order. */
    List<ValidationFinding> findings();

    /** True when the register was validated; false when no validation ran (the pages then say so). */
    boolean validated();

    /** The results whose focus node is this IRI. */
    default List<ValidationFinding> about(String iri) {
        return findings().stream().filter(f -> f.focusNode().equals(iri)).toList();
    }

    /** Count of results of one severity. */
    default long count(ValidationFinding.Severity severity) {
        return findings().stream().filter(f -> f.severity() == severity).count();
    }

    /**
     * Pass or fail, decided on severity: only violations fail (Jena's {@code conforms()} is false even with only
     * warnings or infos, which would hide the difference between a defect and a remark).
     */
    default boolean passes() {
        return validated() && count(ValidationFinding.Severity.VIOLATION) == 0;
    }

    /**
     * A complete HTML document produced by the validation stage, served as is at /validation/rapport; empty when
     * that stage provides none. The site's own /validation page never embeds it: it renders the findings itself.
     */
    default Optional<String> htmlReport() {
        return Optional.empty();
    }
}
