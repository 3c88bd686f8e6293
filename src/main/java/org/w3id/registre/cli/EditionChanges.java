package org.w3id.registre.cli;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.w3id.registre.diff.DiffReport;
import org.w3id.registre.diff.RegisterDiff;
import org.w3id.registre.store.EditionGraphs;

/**
 * What changed in each edition since the previous one of the same register, as data the site shows
 * ({@code ORG/registre/edition/YYYY-MM-DD/changements}, the {@code chg:} vocabulary). An added finalité is numbered
 * as {@code import --edition} numbered it: after every identifier of the older editions.
 */
final class EditionChanges {

    private EditionChanges() {
    }

    static Model of(List<EditionGraphs.Loaded> editions) {
        Model all = ModelFactory.createDefaultModel();
        for (int i = 1; i < editions.size(); i++) {
            EditionGraphs.Loaded before = editions.get(i - 1);
            EditionGraphs.Loaded after = editions.get(i);
            if (!before.register().equals(after.register())) {
                continue;
            }
            Set<String> used = new TreeSet<>();
            for (int j = i - 2; j >= 0 && editions.get(j).register().equals(after.register()); j--) {
                used.addAll(EditionImport.identifiers(editions.get(j).model()));
            }
            all.add(DiffReport.changeSet(after.iri() + "/changements", before.iri(), after.iri(),
                    RegisterDiff.between(before.model(), after.model(), used)));
        }
        return all;
    }
}
