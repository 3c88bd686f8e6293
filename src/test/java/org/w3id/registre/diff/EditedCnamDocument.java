package org.w3id.registre.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An edited copy of the Cnam document, the second edition the tests compare with the bundled one: a finalité added
 * after 07-01, 07-04 removed, the basis of 07-01 changed from 6-1-c to 6-1-e, a legal text added to 07-02, a
 * sous-finalité of 07-03 reworded.
 */
public final class EditedCnamDocument {

    public static final Path SOURCE = Path.of("data/source/traitements-assurance-maladie.txt");
    public static final String ADDED = "Informer les employeurs de leurs obligations déclaratives";
    public static final String REMOVED = "Tester la pertinence auprès des employeurs d'une nouvelle offre de"
            + " service/prestation ou d'une évolution";

    private EditedCnamDocument() {
    }

    private static String once(String text, String from, String to) {
        int at = text.indexOf(from);
        assertEquals(at, text.lastIndexOf(from), "edit must apply once: " + from);
        if (at < 0) {
            throw new AssertionError("not found: " + from);
        }
        return text.substring(0, at) + to + text.substring(at + from.length());
    }

    /** Writes the edited copy as {@code dir/traitements-edite.txt}. */
    public static Path write(Path dir) throws IOException {
        String t = Files.readString(SOURCE);
        // 1. Basis of 07-01 (Tarification AT/MP): 6-1-c becomes 6-1-e.
        t = once(t, "Article 6-1-c du RGPD : le traitement est nécessaire au respect d'une obligation légale fondée"
                + " notamment sur les articles L. 215-1 2° et L. 242-5", "Article 6-1-e du RGPD : le traitement est"
                + " nécessaire au respect d'une obligation légale fondée notamment sur les articles L. 215-1 2° et"
                + " L. 242-5");
        // 2. A legal text added to 07-02 (Promouvoir les offres de services…).
        int promouvoir = t.indexOf("Promouvoir les offres de services de l'Assurance Maladie auprès des employeurs"
                + "\n\nSous-finalités");
        int lineEnd = t.indexOf('\n', t.indexOf("Fondements juridiques\n", promouvoir) + 22);
        t = t.substring(0, lineEnd) + "• Article L. 133-5-3 du Code de la sécurité sociale" + t.substring(lineEnd);
        // 3. A sous-finalité of 07-03 (Suivi des relations et connaissance employeurs) reworded.
        int suivi = t.indexOf("Suivi des relations et connaissance employeurs\n\nSous-finalités");
        int at = t.indexOf("• Gérer les référentiels des coordonnées de contact", suivi);
        t = t.substring(0, at) + "• Gérer le référentiel des coordonnées de contact des employeurs"
                + t.substring(at + "• Gérer les référentiels des coordonnées de contact".length());
        // 4. 07-04 removed: its overview label and its detail section.
        t = once(t, "**Tester la pertinence auprès\ndes employeurs d'une nouvelle\noffre de service/prestation ou\n"
                + "d'une évolution**\n\n", "");
        int section = t.indexOf("07 | GESTION RELATION EMPLOYEUR\n\n" + REMOVED);
        int end = t.indexOf("07 | GESTION RELATION EMPLOYEUR", section + 10);
        t = t.substring(0, section) + t.substring(end);
        // 5. A finalité added after 07-01, in the overview and as a detail section.
        t = once(t, "Finalités\n\nTarification AT/MP\n\n", "Finalités\n\nTarification AT/MP\n\n" + ADDED + "\n\n");
        t = once(t, "07 | GESTION RELATION EMPLOYEUR\n\nPromouvoir", "07 | GESTION RELATION EMPLOYEUR\n\n" + ADDED
                + "\n\nSous-finalités\tFondements juridiques\n<ul style=\"list-style-type: none\">• Rappeler les"
                + " échéances déclaratives• Répondre aux questions des employeurs\t<ul style=\"list-style-type:"
                + " none\">• Article 6-1-e du RGPD : le traitement est nécessaire à l'exécution d'une mission d'intérêt"
                + " public de la Cnam.\n\n07 | GESTION RELATION EMPLOYEUR\n\nPromouvoir");
        Path edited = dir.resolve("traitements-edite.txt");
        Files.writeString(edited, t);
        return edited;
    }
}
