package org.w3id.registre.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a fondement bullet names the entity whose legal obligation, public-interest mission, legitimate interests or
 * contract it invokes. Article 6(1)(b), (c), (e) and (f) of the GDPR tie each of these to the controller ("obligation
 * légale à laquelle le responsable du traitement est soumis", "intérêts légitimes poursuivis par le responsable du
 * traitement"…), so such a bullet names the finalité's controller; nothing else in the document does. The document
 * uses three designations, kept apart because they are not the same entity: "la Cnam", "l'Assurance Maladie" (the name
 * under which the whole document is published) and "l'organisme (d'assurance maladie)" / "les organismes d'assurance
 * maladie" (the local bodies, none of them named). A bullet that only mentions an entity in another role ("qui fixe
 * la coordination du dispositif à la Cnam") names no controller.
 */
final class DataControllerMentions {

    /** The entities the document names as controller, with their path under the base IRI. */
    enum Designee {
        CNAM("cnam/organisation/cnam"),
        ASSURANCE_MALADIE("cnam/organisation/assurance-maladie"),
        ORGANISMES("cnam/organisation/organismes-assurance-maladie");

        final String chemin;

        Designee(String chemin) {
            this.chemin = chemin;
        }
    }

    /** The words that name the controller, the entity they designate, and the bullet that holds them. */
    record Mention(Designee designee, String mots, String texteSource) {
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String APOS = "['’]";
    /** "… de la Cnam", "… poursuivis par la Cnam", "la CNAM est soumise" (whose obligation, mission or interests). */
    private static final Pattern CNAM =
            Pattern.compile("\\b(?:de|par)\\s+(la\\s+cnam)\\b|\\b(la\\s+cnam)\\s+est\\s+soumise\\b", FLAGS);
    private static final Pattern ASSURANCE_MALADIE =
            Pattern.compile("\\b(?:de|par)\\s+(l" + APOS + "assurance\\s+maladie)\\b", FLAGS);
    private static final Pattern ORGANISMES = Pattern.compile("\\b(?:par|entre)\\s+(les\\s+organismes\\s+d" + APOS
            + "assurance\\s+maladie|l" + APOS + "organisme(?:\\s+d" + APOS + "assurance\\s+maladie)?)\\b", FLAGS);

    private DataControllerMentions() {
    }

    /** Every designation of a controller in these fondement bullets, in order, each (entity, words) once. */
    static List<Mention> in(List<String> fondements) {
        List<Mention> mentions = new ArrayList<>();
        for (String bullet : fondements) {
            List<int[]> found = new ArrayList<>();
            List<Mention> inBullet = new ArrayList<>();
            collect(bullet, CNAM, Designee.CNAM, found, inBullet);
            collect(bullet, ASSURANCE_MALADIE, Designee.ASSURANCE_MALADIE, found, inBullet);
            collect(bullet, ORGANISMES, Designee.ORGANISMES, found, inBullet);
            // Order of appearance within the bullet.
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < inBullet.size(); i++) {
                order.add(i);
            }
            order.sort((a, b) -> Integer.compare(found.get(a)[0], found.get(b)[0]));
            for (int i : order) {
                Mention m = inBullet.get(i);
                boolean seen = mentions.stream().anyMatch(o -> o.designee() == m.designee()
                        && o.mots().equals(m.mots()));
                if (!seen) {
                    mentions.add(m);
                }
            }
        }
        return List.copyOf(mentions);
    }

    private static void collect(String bullet, Pattern pattern, Designee designee, List<int[]> found,
                                List<Mention> mentions) {
        Matcher m = pattern.matcher(bullet);
        while (m.find()) {
            int g = m.group(1) != null ? 1 : 2;
            found.add(new int[] {m.start(g)});
            mentions.add(new Mention(designee, m.group(g), bullet));
        }
    }
}
