package org.w3id.registre.search;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.system.Txn;
import org.w3id.registre.core.Prefixes;

/**
 * Full-text search over the register: runs {@code recherche.rq} (a {@code text:query} over every indexed label and
 * text) on a dataset indexed by {@link RegisterTextIndex}, and gathers the rows into one hit per resource, grouped by
 * {@link Kind} and ranked by score.
 */
public final class RegisterSearch {

    private static final String FILE = "/org/w3id/registre/search/recherche.rq";
    private static final String MATCH_START = "\u21a6";
    private static final String MATCH_END = "\u21a4";
    private static final String FRAGMENT_SEPARATOR = "\u2223";

    private static final long TIMEOUT_SECONDS = 10;

    private final DatasetGraph dataset;
    private final Query query;

    /** Search on a dataset returned by {@link RegisterTextIndex}. */
    public RegisterSearch(DatasetGraph dataset) {
        this.dataset = dataset;
        Query q = new Query();
        q.setPrefix("reg", Prefixes.REG);
        this.query = QueryFactory.parse(q, text(), null, Syntax.syntaxSPARQL_11);
    }

    /** The SPARQL text of the search, for documentation and for the "open in SPARQL" link. */
    public static String text() {
        try (InputStream in = RegisterSearch.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("query file missing from the build: " + FILE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + FILE, e);
        }
    }

    /** The hits for a checked query, grouped by kind (in {@link Kind} order), each group ranked by score. */
    public Map<Kind, List<SearchHit>> search(SearchQuery q) {
        Map<Kind, List<SearchHit>> grouped = new EnumMap<>(Kind.class);
        if (q.onlyStopWords()) {
            return grouped;
        }
        Map<String, Builder> byIri = Txn.calculateRead(dataset, () -> rows(q));
        for (Builder b : byIri.values()) {
            SearchHit hit = b.build();
            grouped.computeIfAbsent(hit.kind(), k -> new ArrayList<>()).add(hit);
        }
        grouped.values().forEach(list -> list.sort(Comparator.comparing(SearchHit::score).reversed()
                .thenComparing(SearchHit::iri)));
        return grouped;
    }

    /** Runs the query (inside a read transaction: a TDB2 store requires one) and gathers the rows by resource. */
    private Map<String, Builder> rows(SearchQuery q) {
        Map<String, Builder> byIri = new LinkedHashMap<>();
        try (QueryExec exec = QueryExec.dataset(dataset).query(query)
                .substitution("q", NodeFactory.createLiteralString(q.lucene()))
                // Bounded like every query the server runs; the size is bounded by the query's limit (1000 hits).
                .timeout(TIMEOUT_SECONDS, TimeUnit.SECONDS).build()) {
            RowSet rows = exec.select();
            while (rows.hasNext()) {
                Binding row = rows.next();
                String iri = row.get(Var.alloc("resource")).getURI();
                Builder b = byIri.computeIfAbsent(iri, k -> new Builder(k, row));
                b.add(row);
            }
        } catch (QueryParseException e) {
            // SearchQuery has parsed the same string with the same parser; this is a last guard, never a 500.
            throw new InvalidSearchException("Requête de recherche mal formée : " + e.getMessage(),
                    "Malformed search query: " + e.getMessage());
        }
        return byIri;
    }

    /** How many resources were found, all kinds together. */
    public static int count(Map<Kind, List<SearchHit>> hits) {
        return hits.values().stream().mapToInt(List::size).sum();
    }

    /** Collects the rows of one resource: the first row has the best score (the query orders by score). */
    private static final class Builder {
        private final String iri;
        private final Kind kind;
        private final float score;
        private final String label;
        private final Optional<String> identifier;
        private final Optional<String> finalite;
        private final List<SearchHit.Extract> extracts = new ArrayList<>();

        Builder(String iri, Binding first) {
            this.iri = iri;
            this.kind = Kind.of(first.get(Var.alloc("genre")).getLiteralLexicalForm());
            this.score = ((Number) first.get(Var.alloc("score")).getLiteralValue()).floatValue();
            Optional<String> rank = lexical(first, "rang");
            this.label = lexical(first, "libelle").orElse(kind == Kind.BASE && rank.isPresent()
                    ? "fondement " + rank.get() : iri);
            Optional<String> own = lexical(first, "identifiant");
            Optional<String> parent = lexical(first, "identifiantFinalite");
            this.identifier = parent.isPresent() ? parent : own;
            Node f = first.get(Var.alloc("finalite"));
            this.finalite = f != null && f.isURI() ? Optional.of(f.getURI()) : Optional.empty();
        }

        void add(Binding row) {
            Node lit = row.get(Var.alloc("extrait"));
            Node prop = row.get(Var.alloc("propriete"));
            if (lit == null || !lit.isLiteral()) {
                return;
            }
            SearchHit.Extract extract = new SearchHit.Extract(prop == null ? "" : prop.getURI(),
                    lit.getLiteralLanguage(), segments(lit.getLiteralLexicalForm()));
            if (!extracts.contains(extract)) {
                extracts.add(extract);
            }
        }

        SearchHit build() {
            return new SearchHit(iri, kind, score, label, identifier, finalite, List.copyOf(extracts));
        }
    }

    private static Optional<String> lexical(Binding row, String var) {
        Node n = row.get(Var.alloc(var));
        return n != null && n.isLiteral() ? Optional.of(n.getLiteralLexicalForm()) : Optional.empty();
    }

    /** Cuts Jena's highlighted text ("a ↦b↤ c") into plain and matched segments; fragments are joined by " … ". */
    static List<String> segments(String highlighted) {
        String text = highlighted.replace(FRAGMENT_SEPARATOR, " … ");
        List<String> segments = new ArrayList<>();
        int from = 0;
        while (true) {
            int start = text.indexOf(MATCH_START, from);
            int end = start < 0 ? -1 : text.indexOf(MATCH_END, start);
            if (start < 0 || end < 0) {
                segments.add(text.substring(from));
                return segments;
            }
            segments.add(text.substring(from, start));
            segments.add(text.substring(start + MATCH_START.length(), end));
            from = end + MATCH_END.length();
        }
    }

}
