package org.w3id.registre.template;

import java.util.List;
import java.util.Optional;

/** A register spreadsheet: its sheets in order, and the file it was read from (for messages). */
public record Workbook(String file, List<Table> sheets) {

    public Optional<Table> sheet(String name) {
        return sheets.stream().filter(t -> TemplateColumn.normalise(t.name()).equals(TemplateColumn.normalise(name)))
                .findFirst();
    }
}
