package org.w3id.registre.importer;

import java.time.LocalDate;

/**
 * A French legal text the register cites, or the code, law or part it belongs to. {@code chemin} is its path under
 * the base IRI ("droit/css/L211-1"); it identifies the text, two citations of the same text share it.
 */
public record TexteJuridique(String chemin, String libelle, Type type, String numero, LocalDate date,
                             TexteJuridique partieDe, TexteJuridique aPartirDe, TexteJuridique jusqua,
                             boolean etSuivants, boolean tronque) {

    /** The kinds of text, named as the SKOS concepts of {@code reg:TypesDeTexteJuridique}. */
    public enum Type {
        CODE("Code"), PARTIE_DE_CODE("PartieDeCode"), ARTICLE_DE_CODE("ArticleDeCode"),
        PLAGE_D_ARTICLES("PlageDArticles"), LOI("Loi"), ARTICLE_DE_TEXTE("ArticleDeTexte"), DECRET("Decret"),
        ARRETE("Arrete"), ORDONNANCE("Ordonnance"), DELIBERATION_CNIL("DeliberationCnil"),
        REFERENTIEL("Referentiel");

        public final String concept;

        Type(String concept) {
            this.concept = concept;
        }
    }

    static TexteJuridique simple(String chemin, String libelle, Type type, String numero, LocalDate date,
                                 TexteJuridique partieDe) {
        return new TexteJuridique(chemin, libelle, type, numero, date, partieDe, null, null, false, false);
    }
}
