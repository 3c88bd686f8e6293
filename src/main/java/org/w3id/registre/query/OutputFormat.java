package org.w3id.registre.query;

import java.util.Locale;

/** The output formats of {@code registre query --format}. */
public enum OutputFormat {
    TABLE, CSV, TSV, JSON, TURTLE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
