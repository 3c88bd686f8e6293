package org.w3id.registre.search;

import org.w3id.registre.core.RegistreException;

/** A search query that cannot run, with the reason in French and in English. */
public final class InvalidSearchException extends RegistreException {

    private static final long serialVersionUID = 1L;

    private final String fr;
    private final String en;
    private final boolean empty;

    public InvalidSearchException(String fr, String en) {
        this(fr, en, false);
    }

    private InvalidSearchException(String fr, String en, boolean empty) {
        super(fr + " / " + en);
        this.fr = fr;
        this.en = en;
        this.empty = empty;
    }

    static InvalidSearchException empty() {
        return new InvalidSearchException("Requête vide : tapez un ou plusieurs mots.",
                "Empty query: type one or more words.", true);
    }

    public String french() {
        return fr;
    }

    public String english() {
        return en;
    }

    /** True for a blank query: not an error on the search page, which then shows the form alone. */
    public boolean isEmpty() {
        return empty;
    }
}
