package org.w3id.registre.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * A category of personal data the CNIL template lists, and the DPV {@code pd:} concept the project maps it to
 * ({@code categories-donnees.csv}, reviewed by hand): ordinary data, sensitive data (Art. 9), offence data (Art. 10).
 */
public record DataCategory(String libelle, String label, String pd, Genre genre) {

    /** The DPV personal-data extension's namespace. */
    public static final String PD = "https://w3id.org/dpv/pd#";

    /** Which column of the template a category belongs to. */
    public enum Genre { COURANTE, SENSIBLE, INFRACTION }

    private static final List<DataCategory> ALL = load();

    public static List<DataCategory> all() {
        return ALL;
    }

    public String iri() {
        return PD + pd;
    }

    /** The category a cell names (case, accents' apostrophes and spacing aside). */
    public static Optional<DataCategory> named(String text) {
        String n = TemplateColumn.normalise(text);
        return ALL.stream().filter(c -> TemplateColumn.normalise(c.libelle).equals(n)
                || TemplateColumn.normalise(c.label).equals(n)).findFirst();
    }

    public static Optional<DataCategory> ofIri(String iri) {
        return ALL.stream().filter(c -> c.iri().equals(iri)).findFirst();
    }

    /** The French names of a genre's categories, for messages. */
    public static String names(Genre genre) {
        return String.join(" ; ", ALL.stream().filter(c -> c.genre == genre).map(DataCategory::libelle).toList());
    }

    private static List<DataCategory> load() {
        try (InputStream in = DataCategory.class.getResourceAsStream("categories-donnees.csv");
             Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            List<DataCategory> list = new ArrayList<>();
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                list.add(new DataCategory(rec.get("libelle"), rec.get("label"), rec.get("pd"),
                        Genre.valueOf(rec.get("genre").toUpperCase(java.util.Locale.ROOT))));
            }
            return List.copyOf(list);
        } catch (IOException e) {
            throw new IllegalStateException("categories-donnees.csv", e);
        }
    }
}
