package org.w3id.registre.publish;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.w3id.registre.core.RegistreException;
import org.w3id.registre.core.Prefixes;
import org.w3id.registre.core.Reg;

/**
 * The namespace under which the register is published. Every IRI under it maps to the path of the same name on the
 * server (and to a file in the static export): {@code <base>cnam/mission/03} answers at {@code /cnam/mission/03}.
 */
public record BaseUri(String value) {

    /** Where the data files put the register. */
    public static final String DEFAULT = Prefixes.BASE;

    public BaseUri {
        try {
            URI uri = new URI(value);
            if (!uri.isAbsolute() || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                    || uri.getHost() == null || !value.endsWith("/") || uri.getRawQuery() != null
                    || uri.getRawFragment() != null) {
                throw new RegistreException("--base-uri " + value
                        + " : attendu une IRI http(s) absolue finissant par « / », sans requête ni fragment"
                        + " / expected an absolute http(s) IRI ending with '/', with no query nor fragment");
            }
        } catch (URISyntaxException e) {
            throw new RegistreException("--base-uri " + value + " : IRI invalide / invalid IRI: " + e.getMessage(), e);
        }
    }

    public static BaseUri defaultBase() {
        return new BaseUri(DEFAULT);
    }

    public boolean isDefault() {
        return DEFAULT.equals(value);
    }

    /** The IRI of a path under the base ("cnam/mission/03" gives the mission's IRI). */
    public String iri(String path) {
        return value + path;
    }

    /** The path of an IRI under the base, or empty for IRIs elsewhere (DPV, GDPR, the source document). */
    public Optional<String> path(String iri) {
        return iri.startsWith(value) ? Optional.of(iri.substring(value.length())) : Optional.empty();
    }

    /**
     * The document that answers for an IRI: the IRI itself for slash IRIs, the part before '#' for hash IRIs
     * ({@code ontologie#Finalite} is described by the document {@code ontologie}).
     */
    public Optional<String> documentPath(String iri) {
        return path(iri).map(p -> p.contains("#") ? p.substring(0, p.indexOf('#')) : p);
    }

    /**
     * The graph with every register IRI under the default base moved under this base, so that a copy published
     * elsewhere describes and links to its own IRIs. The vocabulary ({@link Reg#isVocabulary}: the {@code reg:}
     * ontology, the shapes) stays where it is: it is not data, and the catalogue questions and the shapes name it.
     * The input is not changed; with the default base it is returned as is.
     */
    public Model rebase(Model graph) {
        if (isDefault()) {
            return graph;
        }
        Model moved = ModelFactory.createDefaultModel();
        graph.getNsPrefixMap().forEach((prefix, ns) -> moved.setNsPrefix(prefix,
                moves(ns) ? value + ns.substring(DEFAULT.length()) : ns));
        graph.getGraph().find().forEach(t -> moved.getGraph().add(Triple.create(
                move(t.getSubject()), move(t.getPredicate()), move(t.getObject()))));
        return moved;
    }

    private Node move(Node node) {
        if (node.isURI() && moves(node.getURI())) {
            return NodeFactory.createURI(value + node.getURI().substring(DEFAULT.length()));
        }
        return node;
    }

    private static boolean moves(String iri) {
        return iri.startsWith(DEFAULT) && !Reg.isVocabulary(iri);
    }
}
