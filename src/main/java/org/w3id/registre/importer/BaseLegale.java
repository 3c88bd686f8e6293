package org.w3id.registre.importer;

import java.time.LocalDate;
import java.util.List;

/**
 * One GDPR Article 6(1) basis a finalité cites, with the bullet that cites it, the French texts that support it and,
 * where the document says so, the date it ended. {@code lettreDecrite} is the letter the bullet's own words describe
 * when they contradict the printed one (04-06 prints "6-1-c" for "une mission d'intérêt public"), else null;
 * {@code elementsImbriques} the items of a nested list inside the bullet (14-04: the RGS and the PSSI-MCAS).
 */
public record BaseLegale(int rang, char lettre, List<String> textesSource, List<TexteJuridique> textes,
                         LocalDate finDeValidite, Character lettreDecrite, List<String> elementsImbriques) {
}
