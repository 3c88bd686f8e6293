package org.w3id.registre.importer;

import java.time.LocalDate;

/**
 * A French legal text the register cites, or the code, law or part it belongs to. {@code chemin} is its path under
 * the base IRI ("droit/css/L211-1"); it identifies the text, two citations of the same text share it.
 *
 * <p>{@code titre} is the title the document prints after the text's number and date ("relative à l'informatique,
 * aux fichiers et aux libertés"); {@code description} the document's gloss in parentheses ("(Compte Épargne Temps)"),
 * which says what the text is about but is not its title; {@code modifie} the text this one amends, where its
 * printed title says so ("portant modification de l'arrêté du 29 septembre 2006"); {@code citeCommeModifie} that the
 * document cites it "modifié(e)", as amended.
 */
public record TexteJuridique(String chemin, String libelle, Type type, String numero, LocalDate date,
                             TexteJuridique partieDe, TexteJuridique aPartirDe, TexteJuridique jusqua,
                             boolean etSuivants, boolean tronque, String titre, String description,
                             TexteJuridique modifie, boolean citeCommeModifie) {

    /** The kinds of text, named as the SKOS concepts of {@code reg:TypesDeTexteJuridique}. */
    public enum Type {
        CODE("Code"), PARTIE_DE_CODE("PartieDeCode"), ARTICLE_DE_CODE("ArticleDeCode"),
        PLAGE_D_ARTICLES("PlageDArticles"), LOI("Loi"), ARTICLE_DE_TEXTE("ArticleDeTexte"), DECRET("Decret"),
        ARRETE("Arrete"), ORDONNANCE("Ordonnance"), DELIBERATION_CNIL("DeliberationCnil"),
        REFERENTIEL("Referentiel"), SUBDIVISION_D_ARTICLE("SubdivisionDArticle"),
        /** A reference the document makes without identifying any text: kept with its words, never a dpv:Law. */
        NON_RESOLU("CitationNonResolue");

        public final String concept;

        Type(String concept) {
            this.concept = concept;
        }
    }

    public TexteJuridique(String chemin, String libelle, Type type, String numero, LocalDate date,
                          TexteJuridique partieDe, TexteJuridique aPartirDe, TexteJuridique jusqua,
                          boolean etSuivants, boolean tronque) {
        this(chemin, libelle, type, numero, date, partieDe, aPartirDe, jusqua, etSuivants, tronque, null, null, null,
                false);
    }

    static TexteJuridique simple(String chemin, String libelle, Type type, String numero, LocalDate date,
                                 TexteJuridique partieDe) {
        return new TexteJuridique(chemin, libelle, type, numero, date, partieDe, null, null, false, false);
    }

    TexteJuridique withTitre(String titre, String description, boolean citeCommeModifie) {
        return new TexteJuridique(chemin, libelle, type, numero, date, partieDe, aPartirDe, jusqua, etSuivants,
                tronque, titre, description, modifie, citeCommeModifie);
    }

    TexteJuridique amending(TexteJuridique amended) {
        return new TexteJuridique(chemin, libelle, type, numero, date, partieDe, aPartirDe, jusqua, etSuivants,
                tronque, titre, description, amended, citeCommeModifie);
    }

    /** The same text as cited elsewhere: what one citation prints (a title, a gloss) completes the other. */
    TexteJuridique merge(TexteJuridique other) {
        return new TexteJuridique(chemin, libelle, type, numero, date, partieDe, aPartirDe, jusqua, etSuivants,
                tronque, titre != null ? titre : other.titre, description != null ? description : other.description,
                modifie != null ? modifie : other.modifie, citeCommeModifie || other.citeCommeModifie);
    }
}
