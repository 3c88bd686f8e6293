package org.w3id.registre.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.VOID;

/**
 * The SPARQL 1.1 Service Description of the endpoint (W3C Recommendation, §2: "SPARQL services made available via the
 * SPARQL Protocol should return a service description document at the service endpoint when dereferenced using the
 * HTTP GET operation without any query parameter strings provided"). The DCAT-AP description names this document as
 * the data service's {@code dcat:endpointDescription}.
 */
final class ServiceDescription implements Filter {

    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final String FORMATS = "http://www.w3.org/ns/formats/";
    private static final List<RdfFormat> OFFERS = List.of(RdfFormat.TURTLE, RdfFormat.JSONLD, RdfFormat.NTRIPLES,
            RdfFormat.RDFXML);

    private final Model description;

    ServiceDescription(RegisterSite site, String endpoint) {
        this.description = build(site, endpoint);
    }

    /** What the endpoint offers: SPARQL 1.1 Query only (read-only), its result formats, the size of its dataset. */
    static Model build(RegisterSite site, String endpoint) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("sd", SD).setNsPrefix("formats", FORMATS).setNsPrefix("void", VOID.NS)
                .setNsPrefix("rdfs", RDFS.uri);
        Property resultFormat = m.createProperty(SD + "resultFormat");
        Resource service = m.createResource()
                .addProperty(RDF.type, m.createResource(SD + "Service"))
                .addProperty(m.createProperty(SD + "endpoint"), m.createResource(endpoint))
                // No SPARQL Update: the dataset is read-only.
                .addProperty(m.createProperty(SD + "supportedLanguage"), m.createResource(SD + "SPARQL11Query"))
                .addProperty(m.createProperty(SD + "defaultEntailmentRegime"),
                        m.createResource("http://www.w3.org/ns/entailment/Simple"))
                .addProperty(RDFS.seeAlso, m.createResource(site.base().iri(DatasetDescription.PATH)));
        for (String format : List.of("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
                "SPARQL_Results_TSV", "Turtle", "JSON-LD", "N-Triples", "RDF_XML")) {
            service.addProperty(resultFormat, m.createResource(FORMATS + format));
        }
        Resource graph = m.createResource().addProperty(RDF.type, m.createResource(SD + "Graph"))
                .addLiteral(VOID.triples,
                        m.createTypedLiteral(site.graph().size(), XSDDatatype.XSDinteger));
        service.addProperty(m.createProperty(SD + "defaultDataset"), m.createResource()
                .addProperty(RDF.type, m.createResource(SD + "Dataset"))
                .addProperty(m.createProperty(SD + "defaultGraph"), graph));
        return m;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        boolean read = "GET".equals(req.getMethod()) || "HEAD".equals(req.getMethod());
        String query = req.getQueryString();
        if (!read || (query != null && !query.isEmpty())) {
            chain.doFilter(request, response);
            return;
        }
        HttpServletResponse resp = (HttpServletResponse) response;
        resp.setHeader("Vary", "Accept");
        Optional<RdfFormat> chosen = ContentNegotiation.choose(req.getHeader("Accept"), OFFERS);
        if (chosen.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_NOT_ACCEPTABLE, "Formats disponibles / available formats: "
                    + "text/turtle, application/ld+json, application/n-triples, application/rdf+xml");
            return;
        }
        resp.setContentType(chosen.get().mediaType + "; charset=utf-8");
        if ("HEAD".equals(req.getMethod())) {
            return;
        }
        try (OutputStream out = resp.getOutputStream()) {
            RDFDataMgr.write(out, description, chosen.get().jena);
        }
    }
}
