package org.w3id.registre.importer;

import java.util.List;

/**
 * An item of the "Sous-finalités" column, with the items of its nested "–" list if it has one and the legal texts it
 * cites itself (10-02 cites décrets, articles and lois inside its items). {@code scission} is null for a bullet read
 * as printed; for an item the project split out of a glued bullet, it is that reading correction (which holds the
 * printed text).
 */
public record SousFinalite(int rang, String texte, List<String> elementsImbriques, List<TexteJuridique> textes,
                           CorrectionDeLecture scission) {
}
