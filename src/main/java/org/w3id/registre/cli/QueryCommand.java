package org.w3id.registre.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.registre.store.RegisterStore;
import org.w3id.registre.core.RegisterFiles;
import org.w3id.registre.core.RegistreException;
import org.w3id.registre.query.CatalogueQuery;
import org.w3id.registre.query.OutputFormat;
import org.w3id.registre.query.QueryAnswer;
import org.w3id.registre.query.QueryCatalogue;
import org.w3id.registre.search.RegisterTextIndex;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code registre query NAME|FILE [--param name=value…] [--format …]} and {@code registre query --list}. */
@Command(name = "query",
        mixinStandardHelpOptions = true,
        description = {
            "Exécute une requête du catalogue (queries/) ou un fichier .rq sur le registre chargé en mémoire.",
            "Runs a catalogue query (queries/) or a .rq file against the register loaded in memory."})
public final class QueryCommand implements Callable<Integer> {

    /**
     * The bundled register, loaded when a run asks for it, with its full-text index so that questions using
     * text:query answer.
     */
    private final Supplier<DatasetGraph> bundled;

    public QueryCommand() {
        this(() -> RegisterTextIndex.inMemory(RegisterStore.inMemory(RegisterFiles.loadBundled())).dataset());
    }

    /** With the bundled register given (already loaded), as tests that run many queries give it. */
    public QueryCommand(Supplier<DatasetGraph> bundled) {
        this.bundled = bundled;
    }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "NOM|FICHIER",
            description = {"nom (07-finalites-par-article, finalites-par-article ou 07) ou fichier .rq",
                "name (07-finalites-par-article, finalites-par-article or 07) or .rq file"})
    String name;

    @Option(names = "--param", paramLabel = "nom=valeur",
            description = {"valeur d'un paramètre, liée comme terme RDF / a parameter value, bound as an RDF term"})
    List<String> params = List.of();

    @Option(names = "--format", paramLabel = "FORMAT",
            description = {"table, csv, tsv, json, turtle (défaut : table, ou turtle pour un graphe /"
                + " default: table, or turtle for a graph)"})
    OutputFormat format;

    @Mixin
    DataOption data = new DataOption();

    @Option(names = "--queries", paramLabel = "DOSSIER",
            description = {"catalogue de requêtes (.rq) au lieu du catalogue embarqué /",
                "query catalogue folder (.rq files) instead of the bundled one"})
    Path queries;

    @Option(names = "--list", description = {"liste les requêtes du catalogue / lists the catalogue queries"})
    boolean list;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        QueryCatalogue catalogue = queries == null ? QueryCatalogue.bundled() : QueryCatalogue.read(queries);
        if (list) {
            // One per line: the name, then the French title, then the English one.
            for (CatalogueQuery q : catalogue.queries()) {
                out.println(q.name() + "\t" + q.titre() + "\t" + q.title());
            }
            out.flush();
            return 0;
        }
        if (name == null) {
            throw new RegistreException("attendu un nom de requête, un fichier .rq ou --list / expected a query name,"
                    + " a .rq file or --list");
        }
        CatalogueQuery query = catalogue.resolve(name);
        Map<String, String> values = new LinkedHashMap<>();
        for (String p : params) {
            int eq = p.indexOf('=');
            if (eq <= 0) {
                throw new RegistreException("--param " + p + " : attendu nom=valeur / expected name=value");
            }
            values.put(p.substring(0, eq), p.substring(eq + 1));
        }
        var binding = query.bind(values);
        DatasetGraph dataset = data.bundled() ? bundled.get()
                : RegisterTextIndex.inMemory(RegisterStore.inMemory(data.load())).dataset();
        QueryAnswer answer = QueryAnswer.run(dataset, query.query(), binding);
        // Jena's writers write bytes; the answer is small, so it is written whole, then printed.
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        answer.write(bytes, format == null ? answer.defaultFormat() : format);
        out.print(bytes.toString(StandardCharsets.UTF_8));
        out.flush();
        return 0;
    }
}
