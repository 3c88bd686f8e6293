package org.w3id.registre.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** GET on the SPARQL endpoint without a query answers its SPARQL 1.1 Service Description; queries still work. */
class ServiceDescriptionTest {

    private static TestSite server;

    @BeforeAll
    static void start() {
        server = TestSite.fixture();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Model parse(HttpResponse<String> resp, Lang lang) {
        Model m = ModelFactory.createDefaultModel();
        RDFDataMgr.read(m, new StringReader(resp.body()), null, lang);
        return m;
    }

    @Test
    void endpointWithoutQueryDescribesTheService() {
        HttpResponse<String> resp = server.get("/registre/sparql", null);
        assertEquals(200, resp.statusCode());
        assertEquals("text/turtle; charset=utf-8", resp.headers().firstValue("Content-Type").orElseThrow());
        Model sd = parse(resp, Lang.TURTLE);
        try (QueryExecution qe = QueryExecution.create("""
                PREFIX sd: <http://www.w3.org/ns/sparql-service-description#>
                PREFIX void: <http://rdfs.org/ns/void#>
                SELECT ?endpoint ?language ?triples (COUNT(DISTINCT ?format) AS ?formats) WHERE {
                  ?s a sd:Service ; sd:endpoint ?endpoint ; sd:supportedLanguage ?language ; sd:resultFormat ?format ;
                     sd:defaultDataset/sd:defaultGraph/void:triples ?triples .
                } GROUP BY ?endpoint ?language ?triples""", sd)) {
            List<QuerySolution> rows = ResultSetFormatter.toList(qe.execSelect());
            assertEquals(1, rows.size());
            QuerySolution row = rows.get(0);
            assertEquals(BaseUri.DEFAULT + "registre/sparql", row.getResource("endpoint").getURI());
            // Query only: the dataset is read-only, no SPARQL Update is offered.
            assertEquals("http://www.w3.org/ns/sparql-service-description#SPARQL11Query",
                    row.getResource("language").getURI());
            assertEquals(TestSite.fixtureGraph().size(), row.getLiteral("triples").getLong());
            assertEquals(8, row.getLiteral("formats").getInt());
        }
    }

    @Test
    void descriptionIsNegotiated() {
        HttpResponse<String> resp = server.get("/registre/sparql", "application/ld+json");
        assertEquals(200, resp.statusCode());
        assertEquals("application/ld+json; charset=utf-8", resp.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(parse(resp, Lang.JSONLD).isIsomorphicWith(parse(server.get("/registre/sparql", "text/turtle"),
                Lang.TURTLE)));
        assertEquals(406, server.get("/registre/sparql", "image/png").statusCode());
    }

    @Test
    void queriesStillReachTheEndpoint() {
        HttpResponse<String> resp = server.get("/registre/sparql?query=ASK%7B%7D", "application/sparql-results+json");
        assertEquals(200, resp.statusCode());
        assertEquals("{ \n  \"head\" : { } ,\n  \"boolean\" : true\n}\n", resp.body());
    }
}
