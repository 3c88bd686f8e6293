package org.w3id.registre.publish;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.rdf.model.Model;
import org.w3id.registre.search.RegisterSearch;

/**
 * The one entry point that mounts the linked-data site on a Fuseki server: the register's IRIs, pages, validation
 * report, dataset description and dumps. The caller gives the graph already moved under {@code base} (see
 * {@link BaseUri#rebase}) and the validation findings.
 */
public final class LinkedDataSite {

    /** Where the server answers SPARQL, relative to its root: the read-only dataset "registre". */
    public static final String SPARQL_PATH = "registre/sparql";

    private LinkedDataSite() {
    }

    /**
     * Adds the site's servlet to the builder under every path it answers. The SPARQL endpoint it announces (VoID,
     * home page) is {@code <base>registre/sparql}: the dataset must be added as "registre".
     */
    public static RegisterSite install(FusekiServer.Builder builder, Model graph, BaseUri base,
            ValidationFindings findings, RegisterSearch search) {
        RegisterSite site = new RegisterSite(graph, base, findings);
        LinkedDataServlet servlet = new LinkedDataServlet(site, Optional.of(base.iri(SPARQL_PATH)), search);
        for (String spec : pathSpecs(site)) {
            builder.addServlet(spec, servlet);
        }
        return site;
    }

    /** Servlet path specs: one prefix per top-level folder of the IRIs, exact paths for top-level documents. */
    static Set<String> pathSpecs(RegisterSite site) {
        Set<String> specs = new TreeSet<>(Set.of("", "/index.html", "/en", "/en/*", "/validation", "/recherche",
                "/validation.html", "/validation/*", "/download/*", "/" + DatasetDescription.PATH));
        for (RdfFormat f : RdfFormat.values()) {
            specs.add("/" + DatasetDescription.PATH + "." + f.extension);
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
