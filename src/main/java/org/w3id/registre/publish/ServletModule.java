package org.w3id.registre.publish;

import java.util.Map;
import java.util.Set;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServlet;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;

/**
 * What this package gives the server to mount: servlets under path specs, added when Fuseki builds the server. The
 * server takes it as any Fuseki module and needs to know nothing of pages or editors.
 *
 * @param name     the module's name in Fuseki's logs
 * @param servlets path spec (as {@code addServlet} takes it) → servlet, in the order they are added
 * @param filters  path spec → filter, for requests the module answers before the server does
 */
public record ServletModule(String name, Map<String, HttpServlet> servlets, Map<String, Filter> filters)
        implements FusekiModule {

    public ServletModule(String name, Map<String, HttpServlet> servlets) {
        this(name, servlets, Map.of());
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        servlets.forEach(builder::addServlet);
        filters.forEach(builder::addFilter);
    }
}
