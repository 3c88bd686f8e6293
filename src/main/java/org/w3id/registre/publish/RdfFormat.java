package org.w3id.registre.publish;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.apache.jena.riot.RDFFormat;

/** The representations a register IRI has: the HTML page and four RDF syntaxes, each with its file extension. */
public enum RdfFormat {
    HTML("html", "text/html", null),
    TURTLE("ttl", "text/turtle", RDFFormat.TURTLE_PRETTY),
    JSONLD("jsonld", "application/ld+json", RDFFormat.JSONLD11_PRETTY),
    NTRIPLES("nt", "application/n-triples", RDFFormat.NTRIPLES_UTF8),
    // Plain RDF/XML: the abbreviated writer is several times slower on the whole graph for no gain to machines.
    RDFXML("rdf", "application/rdf+xml", RDFFormat.RDFXML_PLAIN);

    public final String extension;
    public final String mediaType;
    /** Jena's writer for the RDF ones; null for HTML. */
    public final RDFFormat jena;

    RdfFormat(String extension, String mediaType, RDFFormat jena) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.jena = jena;
    }

    public boolean isRdf() {
        return jena != null;
    }

    public static List<RdfFormat> rdf() {
        return List.of(TURTLE, JSONLD, NTRIPLES, RDFXML);
    }

    public static Optional<RdfFormat> byExtension(String extension) {
        return Arrays.stream(values()).filter(f -> f.extension.equals(extension)).findFirst();
    }

    /** The label a person sees in links to this format. */
    public String label() {
        return switch (this) {
            case HTML -> "HTML";
            case TURTLE -> "Turtle";
            case JSONLD -> "JSON-LD";
            case NTRIPLES -> "N-Triples";
            case RDFXML -> "RDF/XML";
        };
    }
}
