package org.w3id.registre.publish;

import java.util.List;
import java.util.Optional;

import org.w3id.registre.validate.Finding;
import org.w3id.registre.validate.Findings;
import org.w3id.registre.validate.Level;

/**
 * What the pages need from the validation of the register: its results in the validation stage's own model
 * ({@link Finding}, {@link Level}), and optionally that stage's HTML report. {@link ShaclReportFindings} gives them
 * for a validation run or any sh:ValidationReport graph; {@link NotValidated} says no validation ran.
 */
public interface ValidationFindings {

    /** Every result, most severe first, in a stable order. */
    List<Finding> findings();

    /** True when the register was validated; false when no validation ran (the pages then say so). */
    boolean validated();

    /** The results whose focus node is this IRI. */
    default List<Finding> about(String iri) {
        return findings().stream().filter(f -> f.focus().isURI() && f.focus().getURI().equals(iri)).toList();
    }

    /** Count of results of one severity. */
    default long count(Level level) {
        return findings().stream().filter(f -> f.level() == level).count();
    }

    /**
     * Pass or fail, decided on severity: only violations fail (Jena's {@code conforms()} is false even with only
     * warnings or infos, which would hide the difference between a defect and a remark).
     */
    default boolean passes() {
        return validated() && count(Level.VIOLATION) == 0;
    }

    /**
     * The validation stage's own reading of the results (labels, missions, date), for its detailed report at
     * /validation/rapport ({@link ValidationReportPage}); empty when that stage did not run here (a report given by
     * another engine, or none).
     */
    default Optional<Findings> report() {
        return Optional.empty();
    }
}
