package org.w3id.registre.template;

import static org.w3id.registre.template.TemplateTerms.*;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;

/**
 * The template's transfers cell (Art. 30(1)(e)): one line per transfer outside the EU, "recipient | ISO country code |
 * safeguards", each a DPV transfer with its third country; a line in another form stops the reading at its cell.
 */
final class TransfersCell {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private TransfersCell() {
    }

    static void read(Model model, TemplateLayout layout, Table t, int row, int col, Resource f, String iri) {
        List<String> lines = t.lines(row, col);
        for (int i = 0; i < lines.size(); i++) {
            String[] parts = lines.get(i).split("\\|", -1);
            String country = parts.length == 3 ? parts[1].strip() : "";
            if (parts.length != 3 || parts[0].isBlank() || !COUNTRIES.contains(country)) {
                throw layout.error(t, row, col, "« " + lines.get(i) + " » : attendu « destinataire | code pays ISO"
                        + " (US, GB…) | garanties » / expected \"recipient | ISO country code | safeguards\"");
            }
            Resource transfer = model.createResource(iri + "/transfert/" + (i + 1)).addProperty(TYPE, TRANSFER)
                    .addProperty(PREF_LABEL, parts[0].strip(), "fr")
                    .addProperty(HAS_COUNTRY, country(country));
            if (!parts[2].isBlank()) {
                transfer.addProperty(GARANTIES, parts[2].strip(), "fr");
            }
            f.addProperty(TRANSFERT, transfer).addProperty(HAS_THIRD_COUNTRY, country(country));
        }
    }
}
