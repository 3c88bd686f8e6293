package org.w3id.registre.server;

import java.io.IOException;
import java.util.List;

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

/**
 * The linked-data site answered from bytes: every page, RDF document, dump and redirect of the site is rendered once,
 * on its first request, then sent from memory with its validators (see {@link StoredResponse}). The register cannot
 * change while the server runs, so nothing ever needs invalidating; the cache is bounded in bytes (least recently
 * used answers go first) and re-renders what it dropped.
 *
 * <p>Answers are stored under their URL; an answer that says {@code Vary: Accept} (the site says it on every answer,
 * as its IRIs negotiate) is stored per {@code Accept} header as well, so a browser, a crawler and an RDF client each
 * get their own entry. Only 200 and 303 are stored; errors are rendered
 * every time. SPARQL, the query editor and the server's own {@code /$/} paths are not this filter's.
 */
final class SiteResponseCache implements Filter {

    /** One answer may be a whole dump (about 1 MB in N-Triples). */
    private static final int MAX_ANSWER_BYTES = 16 * 1024 * 1024;

    private final List<String> skipped;
    private final long lastModified;
    private final String cacheControl;
    private final CacheCounters counters = new CacheCounters("site");
    private final Cache<String, StoredResponse> answers;
    /** URLs whose answer varies on Accept; learnt from the first answer (the site does not change). */
    private final Cache<String, Boolean> negotiated;

    /**
     * @param skipped path prefixes (after the context path) left to the rest of the server
     * @param maxBytes memory the stored answers may take
     */
    SiteResponseCache(List<String> skipped, long maxBytes, long lastModified, String cacheControl) {
        this.skipped = List.copyOf(skipped);
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
        this.negotiated = Caffeine.newBuilder().maximumSize(100_000).build();
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
        String method = req.getMethod();
        if (!(method.equals("GET") || method.equals("HEAD")) || isSkipped(req)) {
            chain.doFilter(request, response);
            return;
        }
        String url = req.getQueryString() == null ? req.getRequestURI()
                : req.getRequestURI() + "?" + req.getQueryString();
        Boolean varies = negotiated.getIfPresent(url);
        if (varies != null) {
            StoredResponse stored = answers.getIfPresent(key(url, varies, req));
            if (stored != null) {
                counters.hit();
                stored.send(req, resp);
                return;
            }
        }
        counters.miss();
        ResponseRecorder recorder = new ResponseRecorder(resp, MAX_ANSWER_BYTES);
        // HEAD is rendered as GET so that the stored answer has its body (and its Content-Length) for the next GET.
        chain.doFilter(new GetForHead(req), recorder);
        byte[] body = recorder.body();
        int status = recorder.getStatus();
        if (body == null || resp.isCommitted() || (status != 200 && status != 303)) {
            recorder.release();
            return;
        }
        StoredResponse stored = StoredResponse.of(status, resp, body, lastModified, cacheControl);
        negotiated.put(url, stored.variesOnAccept());
        // The removal listener takes back the weight of an answer this one replaces (two first requests at once).
        counters.stored(stored.weight());
        answers.put(key(url, stored.variesOnAccept(), req), stored);
        stored.send(req, resp);
    }

    private static String key(String url, boolean variesOnAccept, HttpServletRequest req) {
        if (!variesOnAccept) {
            return url;
        }
        String accept = req.getHeader("Accept");
        return url + "\nAccept: " + (accept == null ? "" : accept.trim());
    }

    private boolean isSkipped(HttpServletRequest req) {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        for (String prefix : skipped) {
            if (path.equals(prefix) || path.startsWith(prefix + "/") || path.startsWith(prefix + "?")) {
                return true;
            }
        }
        return false;
    }

    /** A HEAD request seen by the servlet as a GET, so that it writes the body the filter then withholds. */
    static final class GetForHead extends jakarta.servlet.http.HttpServletRequestWrapper {
        GetForHead(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            String method = super.getMethod();
            return method.equals("HEAD") ? "GET" : method;
        }
    }
}
