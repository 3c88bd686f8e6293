package org.w3id.registre.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ContentNegotiationTest {

    private static final List<RdfFormat> ALL = List.of(RdfFormat.HTML, RdfFormat.TURTLE, RdfFormat.JSONLD,
            RdfFormat.NTRIPLES, RdfFormat.RDFXML);

    private static Optional<RdfFormat> choose(String accept) {
        return ContentNegotiation.choose(accept, ALL);
    }

    @Test
    void browserHeaderGetsHtml() {
        assertEquals(Optional.of(RdfFormat.HTML),
                choose("text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,*/*;q=0.8"));
    }

    @Test
    void eachRdfTypeGetsItsSyntax() {
        assertEquals(Optional.of(RdfFormat.TURTLE), choose("text/turtle"));
        assertEquals(Optional.of(RdfFormat.JSONLD), choose("application/ld+json"));
        assertEquals(Optional.of(RdfFormat.NTRIPLES), choose("application/n-triples"));
        assertEquals(Optional.of(RdfFormat.RDFXML), choose("application/rdf+xml"));
    }

    @Test
    void qualityDecides() {
        assertEquals(Optional.of(RdfFormat.JSONLD), choose("text/turtle;q=0.5, application/ld+json"));
        assertEquals(Optional.of(RdfFormat.TURTLE), choose("text/html;q=0.1, text/turtle;q=0.9"));
        // A more specific range sets the q of its type: text/html refused even though text/* is welcome.
        assertEquals(Optional.of(RdfFormat.TURTLE), choose("text/*, text/html;q=0"));
    }

    @Test
    void wildcardsAndNoHeaderTakeTheFirstOffer() {
        assertEquals(Optional.of(RdfFormat.HTML), choose("*/*"));
        assertEquals(Optional.of(RdfFormat.HTML), choose(null));
        assertEquals(Optional.of(RdfFormat.HTML), choose(""));
        assertEquals(Optional.of(RdfFormat.JSONLD), choose("application/*"));
    }

    @Test
    void nothingAcceptableIsEmpty() {
        assertEquals(Optional.empty(), choose("image/png"));
        assertEquals(Optional.empty(), choose("text/html;q=0"));
        assertEquals(Optional.empty(), choose("application/pdf, image/*"));
        assertEquals(Optional.empty(), ContentNegotiation.choose("text/html", RdfFormat.rdf()));
    }
}
