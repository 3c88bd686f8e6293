package org.w3id.registre.server;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.apache.jena.fuseki.metrics.MetricsProvider;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;

/**
 * A bounded cache of SPARQL results. The dataset is read-only, so the answer to a query depends only on the query
 * and on how the client asked for it; this filter stores the bytes of each successful answer of the query endpoints
 * and sends them again with validators ({@link StoredResponse}).
 *
 * <p>The key is the <em>normalised</em> query, i.e. the query parsed and written back by Jena: whitespace and
 * comments do not count, while everything that changes the answer does (the text of literals, each prefix's IRI,
 * the prefixes themselves, which a CONSTRUCT answer writes out). Around it the key holds everything else the
 * endpoint reads to pick the format: the {@code Accept} and {@code Accept-Charset} headers as sent and every other
 * parameter ({@code output}, {@code format}, {@code default-graph-uri}, {@code timeout}…). A query that does not
 * parse, an update, a failed or timed-out query and an answer above the size limit are never stored: the endpoint
 * answers them as usual. Counters are in {@code /$/metrics} ({@code registre_sparql_cache_*}).
 */
final class SparqlResultCache implements Filter {

    /** Larger answers stream through uncached (the whole graph as N-Triples is about 1 MB). */
    private static final int MAX_ANSWER_BYTES = 4 * 1024 * 1024;
    /** A query text longer than this is not worth a cache key. */
    private static final int MAX_QUERY_CHARS = 64 * 1024;

    private final Set<String> endpoints;
    private final long lastModified;
    private final String cacheControl;
    private final CacheCounters counters = new CacheCounters("sparql");
    private final Cache<String, StoredResponse> answers;
    /** Request as sent → normalised key: a repeated request skips the parse. */
    private final Cache<String, String> normalised = Caffeine.newBuilder().maximumSize(10_000).build();

    /**
     * @param endpoints paths (after the context path) of the query endpoints, e.g. {@code /registre/sparql}
     * @param maxBytes memory the stored answers may take
     */
    SparqlResultCache(Set<String> endpoints, long maxBytes, long lastModified, String cacheControl) {
        this.endpoints = Set.copyOf(endpoints);
        this.lastModified = lastModified;
        this.cacheControl = cacheControl;
        this.answers = Caffeine.newBuilder().maximumWeight(maxBytes)
                .weigher((String k, StoredResponse v) -> v.weight())
                .removalListener((String k, StoredResponse v, com.github.benmanes.caffeine.cache.RemovalCause c) -> {
                    if (v != null) {
                        counters.stored(-v.weight());
                    }
                })
                .build();
    }

    CacheCounters counters() {
        return counters;
    }

    @Override
    public void init(FilterConfig config) {
        MetricsProvider metrics = MetricsProvider.getMetricsProvider(config.getServletContext());
        if (metrics != null) {
            counters.register(metrics.getMeterRegistry(), answers);
        }
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (!endpoints.contains(path)) {
            chain.doFilter(request, response);
            return;
        }
        HttpServletRequest readable = req;
        String queryText;
        switch (req.getMethod()) {
            case "GET", "HEAD" -> queryText = req.getParameter("query");
            case "POST" -> {
                String type = req.getContentType() == null ? "" : req.getContentType().toLowerCase(Locale.ROOT);
                if (type.startsWith("application/sparql-query")) {
                    ReplayedBody replay = ReplayedBody.read(req);
                    readable = replay;
                    queryText = replay.length() > MAX_QUERY_CHARS * 4 ? null : replay.text();
                } else if (type.startsWith("application/x-www-form-urlencoded")) {
                    queryText = req.getParameter("query");
                } else {
                    queryText = null;
                }
            }
            default -> queryText = null;
        }
        if (queryText == null || queryText.length() > MAX_QUERY_CHARS || req.getParameter("update") != null) {
            chain.doFilter(readable, response);
            return;
        }
        String asSent = requestKey(queryText, readable);
        String key = normalised.getIfPresent(asSent);
        if (key == null) {
            String query = normalise(queryText);
            if (query == null) {
                // Not a query Jena can parse: the endpoint answers 400 with its own message.
                chain.doFilter(readable, response);
                return;
            }
            key = requestKey(query, readable);
            normalised.put(asSent, key);
        }
        StoredResponse stored = answers.getIfPresent(key);
        if (stored != null) {
            counters.hit();
            stored.send(req, resp);
            return;
        }
        counters.miss();
        ResponseRecorder recorder = new ResponseRecorder(resp, MAX_ANSWER_BYTES);
        chain.doFilter(new SiteResponseCache.GetForHead(readable), recorder);
        QueryDeadline deadline = QueryDeadline.current();
        if (deadline != null && deadline.cancelled()) {
            // Cut by its timeout: what is held is the start of the rows, never sent; the guard answers 503.
            return;
        }
        byte[] body = recorder.body();
        if (body == null || resp.isCommitted() || recorder.getStatus() != HttpServletResponse.SC_OK) {
            recorder.release();
            return;
        }
        stored = StoredResponse.of(HttpServletResponse.SC_OK, resp, body, lastModified, cacheControl);
        counters.stored(stored.weight());
        answers.put(key, stored);
        stored.send(req, resp);
    }

    /** The query as Jena writes it back after parsing it, or null when it is not a SPARQL query. */
    static String normalise(String queryText) {
        try {
            Query query = QueryFactory.create(queryText, Syntax.syntaxARQ);
            return query.serialize(Syntax.syntaxARQ);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Everything besides the query text that the endpoint reads to choose what it sends. */
    private static String requestKey(String query, HttpServletRequest req) {
        StringBuilder key = new StringBuilder(query.length() + 128).append(query);
        key.append("\n\u0000Accept: ").append(header(req, "Accept"));
        key.append("\n\u0000Accept-Charset: ").append(header(req, "Accept-Charset"));
        Map<String, String[]> others = new TreeMap<>(req.getParameterMap());
        others.remove("query");
        others.forEach((name, values) -> key.append("\n\u0000").append(name).append('=')
                .append(String.join("\u0001", values)));
        return key.toString();
    }

    private static String header(HttpServletRequest req, String name) {
        String value = req.getHeader(name);
        return value == null ? "" : value.trim();
    }
}
