package org.w3id.registre.publish;

/**
 * What the site says when it cannot answer, French first: the same words from {@code registre serve} and from the web
 * server configuration written beside the static export (which fills in the path or the format itself).
 */
record Refusal(int status, String fr, String en) {

    static Refusal notFound(String path) {
        return new Refusal(404, "Aucune ressource du registre à l'adresse /" + path + ".",
                "No register resource at /" + path + ".");
    }

    static Refusal notAcceptable() {
        return new Refusal(406, "Formats disponibles : text/html, text/turtle, application/ld+json, "
                + "application/n-triples, application/rdf+xml.", "Available formats: text/html, text/turtle, "
                + "application/ld+json, application/n-triples, application/rdf+xml.");
    }

    static Refusal unknownFormat(String format) {
        return new Refusal(400, "Format inconnu « " + format + " » : html, ttl, jsonld, nt ou rdf.",
                "Unknown format '" + format + "': html, ttl, jsonld, nt or rdf.");
    }
}
