package org.w3id.registre.diff;

/**
 * One change between two editions. {@code finalite} is the finalité's identifier as the new edition keeps it (the
 * old one for what did not change or was removed; the next free number of its mission for an added one);
 * {@code before}/{@code after} say what changed (a title, a sous-finalité, a basis letter, a legal text's IRI).
 */
public record Change(Kind kind, String finalite, String title, String before, String after) {

    /** The kinds of change, each with its French and English wording and its term in the change-set vocabulary. */
    public enum Kind {
        FINALITE_AJOUTEE("finalité ajoutée", "purpose added", "FinaliteAjoutee"),
        FINALITE_RETIREE("finalité retirée", "purpose removed", "FinaliteRetiree"),
        FINALITE_RENOMMEE("finalité renommée", "purpose renamed", "FinaliteRenommee"),
        SOUS_FINALITE_AJOUTEE("sous-finalité ajoutée", "sub-purpose added", "SousFinaliteAjoutee"),
        SOUS_FINALITE_RETIREE("sous-finalité retirée", "sub-purpose removed", "SousFinaliteRetiree"),
        SOUS_FINALITE_REFORMULEE("sous-finalité reformulée", "sub-purpose reworded", "SousFinaliteReformulee"),
        BASE_AJOUTEE("base ajoutée", "basis added", "BaseAjoutee"),
        BASE_RETIREE("base retirée", "basis removed", "BaseRetiree"),
        BASE_CHANGEE("lettre de base changée", "basis letter changed", "BaseChangee"),
        BASE_ECHUE("base échue", "basis ended", "BaseEchue"),
        TEXTE_AJOUTE("texte juridique ajouté", "legal text added", "TexteAjoute"),
        TEXTE_RETIRE("texte juridique retiré", "legal text removed", "TexteRetire");

        public final String fr;
        public final String en;
        public final String term;

        Kind(String fr, String en, String term) {
            this.fr = fr;
            this.en = en;
            this.term = term;
        }
    }
}
