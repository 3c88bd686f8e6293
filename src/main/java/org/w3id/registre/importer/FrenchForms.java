package org.w3id.registre.importer;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;

/** Dates and numbers as the document prints them: "1er janvier 2016", "31/01/2023", "Livre IV". */
final class FrenchForms {

    // Strict: "31 février" or "31/02" is refused, not moved to the month's last day as the default (smart) resolver
    // would; "uuuu" because strict resolving of "yyyy" (year of era) also wants an era.
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.FRENCH)
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.FRENCH)
            .withResolverStyle(ResolverStyle.STRICT);

    private FrenchForms() {
    }

    /** A date as printed, "1er janvier 2016" or "31/01/2023"; {@link ImpossibleDate} for a day that does not exist. */
    static LocalDate date(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        try {
            if (t.matches("\\d{2}/\\d{2}/\\d{4}")) {
                return LocalDate.parse(t, SHORT_DATE);
            }
            return LocalDate.parse(t.replace("1er", "1").replaceAll("\\s+", " "), LONG_DATE);
        } catch (DateTimeParseException e) {
            throw new ImpossibleDate(text.trim());
        }
    }

    static String longDate(LocalDate date) {
        return (date.getDayOfMonth() == 1 ? "1er " + date.format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH))
                : date.format(LONG_DATE));
    }

    static int arabic(String number) {
        if (number.matches("\\d+")) {
            return Integer.parseInt(number);
        }
        int value = 0;
        int previous = 0;
        for (int i = number.length() - 1; i >= 0; i--) {
            int v = switch (Character.toUpperCase(number.charAt(i))) {
                case 'I' -> 1;
                case 'V' -> 5;
                case 'X' -> 10;
                default -> throw new IllegalArgumentException(number);
            };
            value += v < previous ? -v : v;
            previous = Math.max(previous, v);
        }
        return value;
    }

    static String roman(int n) {
        String[] romans = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};
        return n < romans.length ? romans[n] : Integer.toString(n);
    }
}
