package org.w3id.registre.publish;

/** The two languages of the pages: French first (the document's language), English beside it. */
public enum Langue {
    FR("fr"), EN("en");

    public final String tag;

    Langue(String tag) {
        this.tag = tag;
    }

    /** The page text in this language. */
    public String t(String fr, String en) {
        return this == FR ? fr : en;
    }

    public Langue other() {
        return this == FR ? EN : FR;
    }
}
