package org.w3id.registre.importer;

import java.time.LocalDate;
import java.util.List;

/**
 * One GDPR Article 6(1) basis a finalité cites, with the bullet that cites it, the French texts that support it and,
 * where the document says so, the date it ended.
 */
public record BaseLegale(int rang, char lettre, List<String> textesSource, List<TexteJuridique> textes,
                         LocalDate finDeValidite) {
}
