package org.w3id.registre.server;

import java.util.List;
import java.util.Set;

import org.apache.jena.fuseki.main.FusekiServer;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.gzip.GzipHandler;
import org.w3id.registre.publish.BrowserPolicy;

/**
 * What makes the read-only server cacheable end to end: the site's answers and SPARQL results kept as bytes with
 * strong ETags, Last-Modified and 304s ({@link SiteResponseCache}, {@link SparqlResultCache}), a Cache-Control that
 * a cache in front may use, and gzip for what is computed on each request (Jetty's own {@link GzipHandler}; stored
 * answers carry their gzip bytes already and are left alone by it).
 */
public final class HttpCaching {

    /**
     * Shared caches (a CDN, nginx) may keep an answer an hour, then revalidate it with its ETag: the register only
     * changes when the server restarts on new data, and a revalidation costs a 304. The static export's nginx
     * configuration sends the same.
     */
    public static final String CACHE_CONTROL = BrowserPolicy.CACHE_CONTROL;
    /** Memory for the site's stored pages and documents: the whole site, both languages, gzip included, fits. */
    static final long SITE_BYTES = 96L * 1024 * 1024;
    /** Memory for stored SPARQL results. */
    static final long SPARQL_BYTES = 64L * 1024 * 1024;

    private HttpCaching() {
    }

    /**
     * Adds the two caches in front of everything else the builder serves. {@code dataset} is the dataset's name,
     * {@code queryServices} the names of its query endpoints; the other cache takes every other GET and HEAD but
     * the server's own {@code /$/} paths (ping, metrics), whose answers change.
     */
    public static void install(FusekiServer.Builder builder, String dataset, List<String> queryServices) {
        // Last-Modified: when this server loaded its register. The strong ETag is the validator that matters.
        long loaded = System.currentTimeMillis();
        Set<String> endpoints = new java.util.HashSet<>();
        endpoints.add("/" + dataset);
        queryServices.forEach(s -> endpoints.add("/" + dataset + "/" + s));
        builder.addFilter("/*", new SparqlResultCache(endpoints, SPARQL_BYTES, loaded, CACHE_CONTROL));
        builder.addFilter("/*", new SiteResponseCache(List.of("/" + dataset, "/$"), SITE_BYTES,
                loaded, CACHE_CONTROL));
    }

    /** Wraps the built server's handler in Jetty's gzip handler (before start). */
    public static void compress(FusekiServer server) {
        Server jetty = server.getJettyServer();
        Handler inner = jetty.getHandler();
        GzipHandler gzip = new GzipHandler();
        gzip.setIncludedMethods("GET", "POST");
        gzip.setMinGzipSize(256);
        gzip.setHandler(inner);
        jetty.setHandler(gzip);
    }
}
