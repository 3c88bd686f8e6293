package org.w3id.registre.importer;

import java.time.LocalDate;
import java.util.List;

/**
 * One GDPR basis a finalité cites — an Article 6(1) lawful basis or an Article 9(2) condition for special categories
 * of data, both modelled the same way (DPV's {@code eu-gdpr:A6-1-c}, {@code eu-gdpr:A9-2-h}) —, with the bullet that
 * cites it, the French texts that support it and, where the document says so, the date it ended. {@code article} is
 * the paragraph as printed ("6-1" or "9-2"), {@code lettre} its point. {@code lettreDecrite} is the Article 6(1)
 * letter the bullet's own words describe when they contradict the printed one (04-06 prints "6-1-c" for "une mission
 * d'intérêt public"), else null; {@code elementsImbriques} the items of a nested list inside the bullet (14-04: the
 * RGS and the PSSI-MCAS).
 */
public record BaseLegale(int rang, String article, char lettre, List<String> textesSource, List<TexteJuridique> textes,
                         LocalDate finDeValidite, Character lettreDecrite, List<String> elementsImbriques) {

    public static final String ARTICLE_6_1 = "6-1";
    public static final String ARTICLE_9_2 = "9-2";

    /** The local name of the DPV concept, "A6-1-c" or "A9-2-h". */
    public String concept() {
        return "A" + article + "-" + lettre;
    }

    public boolean isArticle6() {
        return article.equals(ARTICLE_6_1);
    }
}
