package org.w3id.registre.importer;

/**
 * A date the document prints that no calendar has ("31 février 2020", "31/13/2023"). Thrown where the text is read,
 * without a line; the parser, which knows the file and the line, turns it into the error the person sees.
 */
final class ImpossibleDate extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ImpossibleDate(String printed) {
        super("date impossible « " + printed + " » : attendu un jour qui existe, « 1er janvier 2016 » ou"
                + " « 31/01/2023 » / impossible date: expected a day that exists");
    }
}
