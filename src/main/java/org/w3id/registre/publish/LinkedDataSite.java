package org.w3id.registre.publish;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.servlet.http.HttpServlet;

import org.w3id.registre.search.RegisterSearch;

/**
 * The linked-data site as a module the server mounts: the register's IRIs, pages, validation report, dataset
 * description and dumps. The caller gives the graph already moved under {@code base} (see {@link BaseUri#rebase})
 * and the validation findings.
 */
public final class LinkedDataSite {

    /** Where the server answers SPARQL, relative to its root: the read-only dataset "registre". */
    public static final String SPARQL_PATH = "registre/sparql";

    private LinkedDataSite() {
    }

    /**
     * The site's servlet under every path it answers, as a module for the server. The SPARQL endpoint it announces
     * (VoID, home page) is {@code <base>registre/sparql}: the dataset must be served as "registre", indexed for
     * full-text search ({@code search} answers /recherche).
     */
    public static ServletModule module(RegisterSite site, RegisterSearch search) {
        LinkedDataServlet servlet = new LinkedDataServlet(site, Optional.of(site.base().iri(SPARQL_PATH)), search);
        Map<String, HttpServlet> servlets = new LinkedHashMap<>();
        for (String spec : pathSpecs(site)) {
            servlets.put(spec, servlet);
        }
        SiteIndex index = new SiteIndex(site);
        servlets.put(SiteIndex.ROBOTS, index);
        servlets.put(SiteIndex.SITEMAP, index);
        // GET on the endpoint without a query: its SPARQL service description; every other request goes to Fuseki.
        return new ServletModule("registre-pages", servlets, Map.of("/" + SPARQL_PATH,
                new ServiceDescription(site, site.base().iri(SPARQL_PATH))));
    }

    /** Servlet path specs: one prefix per top-level folder of the IRIs, exact paths for top-level documents. */
    static Set<String> pathSpecs(RegisterSite site) {
        Set<String> specs = new TreeSet<>(Set.of("", "/index.html", "/en", "/en/*", "/validation", "/recherche",
                "/validation.html", "/validation/*", "/download/*", "/" + DatasetDescription.PATH));
        specs.add("/" + ShapesPage.PATH);
        for (RdfFormat f : RdfFormat.values()) {
            specs.add("/" + DatasetDescription.PATH + "." + f.extension);
            specs.add("/" + ShapesPage.PATH + "." + f.extension);
        }
        for (String path : site.documentPaths()) {
            int slash = path.indexOf('/');
            if (slash >= 0) {
                specs.add("/" + path.substring(0, slash) + "/*");
            } else {
                specs.add("/" + path);
                for (RdfFormat f : RdfFormat.values()) {
                    specs.add("/" + path + "." + f.extension);
                }
            }
        }
        return specs;
    }
}
