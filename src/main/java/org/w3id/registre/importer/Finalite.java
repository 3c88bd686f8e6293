package org.w3id.registre.importer;

import java.util.List;

/**
 * A finalité (purpose) as its detail section prints it. {@code libelleSynthese} is the label of the mission's overview
 * list when it differs from the detail title, else null. {@code id} is "MM-PP": mission, then order of the section.
 * {@code corrections} are the project's reading corrections applied to its list (splits and notes), in printed order.
 */
public record Finalite(String id, int rang, String titre, String libelleSynthese, int ligne,
                       List<SousFinalite> sousFinalites, List<BaseLegale> bases, List<String> fondements,
                       List<CorrectionDeLecture> corrections) {

    Finalite withSousFinalites(List<SousFinalite> items, List<CorrectionDeLecture> applied) {
        return new Finalite(id, rang, titre, libelleSynthese, ligne, items, bases, fondements, applied);
    }

    /** The notes of this finalité: bullets read as remarks on the list rather than items. */
    public List<String> notes() {
        return corrections.stream().filter(c -> c.kind() == CorrectionDeLecture.Kind.NOTE)
                .map(CorrectionDeLecture::texteImprime).toList();
    }
}
