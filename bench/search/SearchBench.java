// Benchmark of the full-text search: index build time and search latency, beside a peer in the same run.
// Banc d'essai de la recherche plein texte : construction de l'index et latence, à côté d'un pair, même exécution.
//
// Run by bench/search/run.sh on the registre jar's classpath (a single-file Java program):
//   --build-once           one cold index build in this fresh JVM, prints "build-ms N" (run.sh launches it N times)
//   (default)              warm index builds (median of --builds) then search latency over the query set
//
// Search latency: each query of QUERIES runs through RegisterSearch (what /recherche and `registre search` run:
// text:query with highlighting, kinds, grouping), --rounds rounds after --warmup rounds, every query timed; median and
// p99 over all timings. The peer is the way the register was searched before the index (catalogue question 08 widened
// to the same properties): one SPARQL query with FILTER(CONTAINS(LCASE(STR(?text)), word)) per query word, on the
// same in-memory dataset, timed the same way. The peer cannot stem nor fold accents, so it finds less; what is
// compared is the time to answer.
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.apache.jena.sys.JenaSystem;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.w3id.registre.search.RegisterSearch;
import org.w3id.registre.search.RegisterTextIndex;
import org.w3id.registre.search.SearchQuery;
import org.w3id.registre.store.RegisterStore;
import org.w3id.registre.core.RegisterFiles;

public class SearchBench {

    static final List<String> QUERIES = List.of("fraudes", "securite sociale", "médecins", "vidéo*", "dossier médical",
            "recherche", "contrôle", "assurés", "prévention", "accidents du travail", "données de santé", "paiement");

    static final String PEER = """
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX reg:  <https://w3id.org/registre/ontologie#>
            PREFIX dct:  <http://purl.org/dc/terms/>
            SELECT ?resource ?text WHERE {
              VALUES ?p { skos:prefLabel skos:altLabel dct:title reg:texteSource reg:fondementsTexte skos:note }
              ?resource ?p ?text .
              FILTER(CONTAINS(LCASE(STR(?text)), ?mot))
            }""";

    public static void main(String[] args) {
        int builds = 20;
        int warmup = 20;
        int rounds = 100;
        boolean once = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--build-once" -> once = true;
                case "--builds" -> builds = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        JenaSystem.init();
        DatasetGraph data = RegisterStore.inMemory(RegisterFiles.loadBundled());
        if (once) {
            RegisterTextIndex.Indexed indexed = RegisterTextIndex.inMemory(data);
            System.out.println("build-ms " + indexed.millis() + " entries " + indexed.entries());
            return;
        }
        List<Long> buildTimes = new ArrayList<>();
        RegisterTextIndex.Indexed indexed = null;
        for (int i = 0; i < builds; i++) {
            long t = System.nanoTime();
            indexed = RegisterTextIndex.inMemory(data);
            buildTimes.add(System.nanoTime() - t);
        }
        System.out.printf(Locale.ROOT, "warm-build-ms median %.1f p99 %.1f (%d builds, %d entries)%n",
                pct(buildTimes, 50) / 1e6, pct(buildTimes, 99) / 1e6, builds, indexed.entries());

        RegisterSearch search = new RegisterSearch(indexed.dataset());
        Query peer = QueryFactory.create(PEER);
        List<Long> searchTimes = new ArrayList<>();
        List<Long> peerTimes = new ArrayList<>();
        int[] found = new int[2];
        for (int round = 0; round < warmup + rounds; round++) {
            boolean measured = round >= warmup;
            for (String q : QUERIES) {
                long t = System.nanoTime();
                int n = RegisterSearch.count(search.search(SearchQuery.parse(q)));
                long d = System.nanoTime() - t;
                long t2 = System.nanoTime();
                int m = peer(data, peer, q);
                long d2 = System.nanoTime() - t2;
                if (measured) {
                    searchTimes.add(d);
                    peerTimes.add(d2);
                    if (round == warmup) {
                        found[0] += n;
                        found[1] += m;
                    }
                }
            }
        }
        double sMed = pct(searchTimes, 50) / 1e6;
        double sP99 = pct(searchTimes, 99) / 1e6;
        double pMed = pct(peerTimes, 50) / 1e6;
        double pP99 = pct(peerTimes, 99) / 1e6;
        System.out.printf(Locale.ROOT, "search-ms median %.2f p99 %.2f (%d timings, %d resources found)%n", sMed, sP99,
                searchTimes.size(), found[0]);
        System.out.printf(Locale.ROOT, "peer-ms median %.2f p99 %.2f (%d timings, %d literals found)%n", pMed, pP99,
                peerTimes.size(), found[1]);
        System.out.printf(Locale.ROOT, "ratio search/peer median %.2f p99 %.2f%n", sMed / pMed, sP99 / pP99);
    }

    /** The peer: every word of the query must be contained (lower-cased) in the same literal; no stemming, no folding. */
    static int peer(DatasetGraph data, Query peer, String q) {
        String[] words = q.toLowerCase(Locale.ROOT).replace("*", "").split("\\s+");
        return Txn.calculateRead(data, () -> {
            java.util.Set<String> hits = null;
            for (String w : words) {
                java.util.Set<String> these = new java.util.HashSet<>();
                try (QueryExec exec = QueryExec.dataset(data).query(peer)
                        .substitution("mot", NodeFactory.createLiteralString(w)).build()) {
                    RowSet rows = exec.select();
                    rows.forEachRemaining(b -> these.add(b.get("resource") + " " + b.get("text")));
                }
                if (hits == null) {
                    hits = these;
                } else {
                    hits.retainAll(these);
                }
            }
            return hits.size();
        });
    }

    static double pct(List<Long> values, int p) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(i, sorted.size() - 1)));
    }
}
