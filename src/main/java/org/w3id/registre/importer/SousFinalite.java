package org.w3id.registre.importer;

import java.util.List;

/** A top-level bullet of the "Sous-finalités" column, with the items of its nested "–" list if it has one. */
public record SousFinalite(int rang, String texte, List<String> elementsImbriques) {
}
