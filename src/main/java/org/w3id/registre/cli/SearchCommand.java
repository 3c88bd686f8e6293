package org.w3id.registre.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.w3id.registre.core.RegisterFiles;
import org.w3id.registre.core.RegistreException;
import org.w3id.registre.search.Kind;
import org.w3id.registre.search.RegisterSearch;
import org.w3id.registre.search.RegisterTextIndex;
import org.w3id.registre.search.SearchHit;
import org.w3id.registre.search.SearchQuery;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code registre search WORDS… [--format table|csv|json]}: the search page's results on the command line. */
@Command(name = "search",
        mixinStandardHelpOptions = true,
        description = {
            "Recherche plein texte en français dans le registre (libellés, fondements tels qu'imprimés, textes).",
            "French full-text search in the register (labels, legal bases as printed, legal texts)."})
public final class SearchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** Output formats of the command. */
    public enum Format { TABLE, CSV, JSON }

    @Parameters(arity = "1..*", paramLabel = "MOTS",
            description = {"mots cherchés (syntaxe Lucene admise) / words to look for (Lucene syntax allowed)"})
    List<String> words;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = {"table, csv, json (défaut / default: ${DEFAULT-VALUE})"})
    Format format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        // Checked before loading anything: a malformed query costs no wait.
        SearchQuery query = SearchQuery.parse(String.join(" ", words));
        DatasetGraph data = DatasetGraphFactory.createTxnMem();
        var model = RegisterFiles.loadBundled();
        Txn.executeWrite(data, () -> model.getGraph().find().forEachRemaining(data.getDefaultGraph()::add));
        RegisterSearch search = new RegisterSearch(RegisterTextIndex.inMemory(data).dataset());
        Map<Kind, List<SearchHit>> hits = search.search(query);
        switch (format) {
            case TABLE -> table(out, query, hits);
            case CSV -> csv(out, hits);
            case JSON -> json(out, query, hits);
            default -> throw new RegistreException("--format " + format + " : table, csv ou json / or json");
        }
        out.flush();
        return 0;
    }

    private static void table(PrintWriter out, SearchQuery query, Map<Kind, List<SearchHit>> hits) {
        int count = RegisterSearch.count(hits);
        out.println(count + " résultat(s) pour / result(s) for « " + query.typed() + " »");
        for (Map.Entry<Kind, List<SearchHit>> group : hits.entrySet()) {
            out.println();
            out.println(group.getKey().french + " / " + group.getKey().english + " (" + group.getValue().size() + ")");
            for (SearchHit hit : group.getValue()) {
                out.printf(Locale.ROOT, "  %6.3f  %-6s %s%n", hit.score(), hit.identifier().orElse(""), hit.label());
                out.println("          " + hit.iri());
                for (SearchHit.Extract e : hit.extracts()) {
                    out.println("          " + local(e.property()) + (e.lang().isEmpty() ? "" : "@" + e.lang())
                            + " : " + e.marked().replace('\n', ' '));
                }
            }
        }
    }

    private static void csv(PrintWriter out, Map<Kind, List<SearchHit>> hits) {
        try {
            CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader("genre", "iri", "identifiant",
                    "libelle", "score", "propriete", "langue", "extrait").get());
            for (List<SearchHit> group : hits.values()) {
                for (SearchHit hit : group) {
                    for (SearchHit.Extract e : hit.extracts()) {
                        csv.printRecord(hit.kind().code, hit.iri(), hit.identifier().orElse(""), hit.label(),
                                String.format(Locale.ROOT, "%.4f", hit.score()), e.property(), e.lang(), e.marked());
                    }
                }
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void json(PrintWriter out, SearchQuery query, Map<Kind, List<SearchHit>> hits) {
        JsonObject root = new JsonObject();
        root.put("requete", query.typed());
        root.put("lucene", query.lucene());
        root.put("total", RegisterSearch.count(hits));
        JsonArray results = new JsonArray();
        for (List<SearchHit> group : hits.values()) {
            for (SearchHit hit : group) {
                JsonObject o = new JsonObject();
                o.put("genre", hit.kind().code);
                o.put("iri", hit.iri());
                hit.identifier().ifPresent(id -> o.put("identifiant", id));
                o.put("libelle", hit.label());
                o.put("score", org.apache.jena.atlas.json.JsonNumber.value((double) hit.score()));
                JsonArray extracts = new JsonArray();
                for (SearchHit.Extract e : hit.extracts()) {
                    JsonObject x = new JsonObject();
                    x.put("propriete", e.property());
                    x.put("langue", e.lang());
                    x.put("extrait", e.plain());
                    JsonArray matched = new JsonArray();
                    for (int i = 1; i < e.segments().size(); i += 2) {
                        matched.add(e.segments().get(i));
                    }
                    x.put("mots", matched);
                    extracts.add(x);
                }
                o.put("extraits", extracts);
                results.add(o);
            }
        }
        root.put("resultats", results);
        out.println(JSON.toString(root));
    }

    private static String local(String iri) {
        return iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
    }
}
