package org.w3id.registre.importer;

import java.util.List;

/**
 * A finalité (purpose) as its detail section prints it. {@code libelleSynthese} is the label of the mission's overview
 * list when it differs from the detail title, else null. {@code id} is "MM-PP": mission, then order of the section.
 */
public record Finalite(String id, int rang, String titre, String libelleSynthese, int ligne,
                       List<SousFinalite> sousFinalites, List<BaseLegale> bases, List<String> fondements) {
}
