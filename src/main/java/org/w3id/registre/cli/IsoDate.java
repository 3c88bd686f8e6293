package org.w3id.registre.cli;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A date option ({@code --date 2023-01-31}): a day that exists, written YYYY-MM-DD. picocli's own converter would
 * print the Java exception's class and text; this one says what was expected, in French and English.
 */
final class IsoDate implements ITypeConverter<LocalDate> {

    // Strict: 2023-02-31 is refused, not moved to 2023-02-28.
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    @Override
    public LocalDate convert(String value) {
        try {
            return LocalDate.parse(value, ISO);
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("attendu une date qui existe, AAAA-MM-JJ / expected a date that exists,"
                    + " YYYY-MM-DD");
        }
    }
}
