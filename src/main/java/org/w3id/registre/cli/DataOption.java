package org.w3id.registre.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.rdf.model.Model;

import org.w3id.registre.core.Reg;
import org.w3id.registre.core.RegisterInputs;
import org.w3id.registre.publish.BaseUri;
import org.w3id.registre.store.EditionGraphs;
import org.w3id.registre.template.TemplateReader;

import picocli.CommandLine.Option;

/** {@code --data}: the register(s) a subcommand works on, instead of the bundled Cnam register. */
public final class DataOption {

    @Option(names = "--data", arity = "1..*", paramLabel = "FICHIER|DOSSIER",
            description = {"Données (fichiers RDF, registres au modèle de la CNIL .ods/.xlsx/.csv, ou dossiers qui en"
                    + " contiennent) au lieu du registre de la Cnam embarqué ; l'ontologie est toujours chargée /",
                "data (RDF files, CNIL-template registers .ods/.xlsx/.csv, or folders of them) instead of the bundled"
                    + " Cnam register; the ontology is always loaded."})
    List<Path> data = new ArrayList<>();

    /** Whether the bundled register is used. */
    public boolean bundled() {
        return data.isEmpty();
    }

    /** What was given on the command line. */
    public List<Path> paths() {
        return List.copyOf(data);
    }

    private List<EditionGraphs.Loaded> editions;

    /** The editions of the data folders given (README "Éditions"), read once. */
    public List<EditionGraphs.Loaded> editions() {
        if (editions == null) {
            editions = EditionGraphs.load(data);
        }
        return editions;
    }

    /**
     * Each edition's own statements under the base published, by its IRI there: what {@code serve} keeps in the named
     * graph of the edition, and what the edition's page lists.
     */
    public Map<String, Model> editionGraphs(BaseUri base) {
        Map<String, Model> graphs = new LinkedHashMap<>();
        for (EditionGraphs.Loaded e : editions()) {
            graphs.put(base.iri(e.iri().substring(Reg.BASE.length())), base.rebase(e.model()));
        }
        return graphs;
    }

    /**
     * The ontology and the data, in one model: a folder of editions gives its latest edition, what the register says
     * of its editions and what changed in each.
     */
    public Model load() {
        Model model = RegisterInputs.loadWithOntology(data, TemplateReader::read);
        if (!editions().isEmpty()) {
            model.add(EditionGraphs.describe(editions()));
            model.add(EditionChanges.of(editions()));
        }
        return model;
    }
}
