package org.w3id.registre.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Which SERVICE a shape's query calls: read from the parsed query, never from its words. */
class ShapeQueriesTest {

    @Test
    void theServiceIsFoundWhereverThePatternHidesIt() {
        assertEquals("<http://127.0.0.1:9/a>", ShapeQueries.serviceCalled(
                "SELECT $this WHERE { SERVICE <http://127.0.0.1:9/a> { $this ?p ?o } }"));
        assertEquals("<http://127.0.0.1:9/b>", ShapeQueries.serviceCalled(
                "ASK { $this ?p ?o FILTER EXISTS { SERVICE SILENT <http://127.0.0.1:9/b> { ?o ?q ?r } } }"));
        assertEquals("<http://127.0.0.1:9/c>", ShapeQueries.serviceCalled(
                "SELECT $this WHERE { { SELECT ?o WHERE { OPTIONAL { SERVICE <http://127.0.0.1:9/c> { ?o ?q ?r } } } }"
                        + " $this ?p ?o }"));
        assertEquals("?endpoint", ShapeQueries.serviceCalled(
                "SELECT $this WHERE { $this ?p ?endpoint SERVICE ?endpoint { $this ?p ?o } }"));
    }

    @Test
    void theWordAloneIsNoCall() {
        assertEquals(null, ShapeQueries.serviceCalled(
                "SELECT $this WHERE { $this <http://example.org/SERVICE> ?o FILTER(?o != \"SERVICE <http://x/>\") }"));
        // Not SPARQL: the validator reports it (and calls nothing).
        assertEquals(null, ShapeQueries.serviceCalled("SELECT $this WHERE { SERVICE <http://x/> "));
    }
}
