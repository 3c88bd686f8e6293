package org.w3id.registre.importer;

import java.util.List;

/**
 * One reading correction of {@code data/corrections-lecture.csv}: the project's reading of a bullet the PDF extraction
 * damaged, never the document's own statement. A {@link Kind#SCISSION} splits a bullet that holds several of the
 * register's items run together into those items; a {@link Kind#NOTE} turns a bullet that is a remark on the list,
 * not an item, into a note of its finalité.
 *
 * @param finalite     the finalité's identifier, "MM-PP"
 * @param puce         the bullet's position in the printed list, 1-based
 * @param texteImprime the bullet as printed, which the correction must match exactly
 * @param elements     the items the register intends, in order (empty for a note)
 * @param ligne        the line of the CSV file, for error messages
 */
public record CorrectionDeLecture(String finalite, int puce, Kind kind, String texteImprime, List<String> elements,
                                  String justification, int ligne) {

    /** The kinds of correction, named as the classes of the {@code reg:} ontology. */
    public enum Kind {
        SCISSION("scission", "ScissionDePuce"), NOTE("note", "NoteDeFinalite");

        public final String code;
        public final String concept;

        Kind(String code, String concept) {
            this.code = code;
            this.concept = concept;
        }
    }
}
