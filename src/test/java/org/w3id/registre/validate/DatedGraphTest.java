package org.w3id.registre.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

/** The read-only view that adds the validation date: found by every pattern that matches it, and only by those. */
class DatedGraphTest {

    static final Node CONTEXT = NodeFactory.createURI(RegisterValidation.CONTEXT);
    static final Node DATE = NodeFactory.createURI(RegisterValidation.VALIDATION_DATE);

    @Test
    void theDateTripleIsFoundByMatchingPatternsOnly() {
        Graph data = GraphFactory.createGraphMem();
        Triple t = Triple.create(NodeFactory.createURI("https://example.org/a"), DATE,
                NodeFactory.createURI("https://example.org/b"));
        data.add(t);
        Graph dated = RegisterValidation.withValidationDate(data, LocalDate.of(2023, 1, 30));

        assertEquals(2, dated.size());
        assertEquals(1, data.size(), "the data itself is not changed");
        List<Triple> byContext = dated.find(CONTEXT, Node.ANY, Node.ANY).toList();
        assertEquals(1, byContext.size());
        assertEquals("2023-01-30", byContext.get(0).getObject().getLiteralLexicalForm());
        assertEquals(2, dated.find(Node.ANY, DATE, Node.ANY).toList().size());
        assertEquals(2, dated.find(Triple.ANY).toList().size());
        assertEquals(List.of(t), dated.find(t.getSubject(), Node.ANY, Node.ANY).toList());
        assertTrue(dated.contains(CONTEXT, DATE, Node.ANY));
        assertFalse(dated.contains(CONTEXT, t.getPredicate(), t.getObject()));
        assertThrows(UnsupportedOperationException.class, () -> dated.add(t));
    }
}
