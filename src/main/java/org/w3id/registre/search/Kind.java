package org.w3id.registre.search;

/** What a search hit is, in the order the results are grouped: the register's structure from the top down. */
public enum Kind {
    MISSION("mission", "Missions", "Missions"),
    FINALITE("finalite", "Finalités", "Purposes (finalités)"),
    SOUS_FINALITE("sous-finalite", "Sous-finalités", "Sub-purposes (sous-finalités)"),
    BASE("base", "Bases juridiques (fondements tels qu'imprimés)", "Legal bases (as printed)"),
    TEXTE("texte", "Textes juridiques", "Legal texts");

    /** The value the search query gives (?genre), also used in CSV and JSON output. */
    public final String code;
    public final String french;
    public final String english;

    Kind(String code, String french, String english) {
        this.code = code;
        this.french = french;
        this.english = english;
    }

    static Kind of(String code) {
        for (Kind k : values()) {
            if (k.code.equals(code)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown kind " + code);
    }
}
