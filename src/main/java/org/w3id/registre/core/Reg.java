package org.w3id.registre.core;

import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The project's ontology, {@code reg:} ({@code ontology/registre.ttl}), as constants: {@link Resource} and
 * {@link Property} fields for models, {@link Nodes} for graphs, the way Jena's {@code RDF}/{@code RDF.Nodes} do.
 *
 * <p>The namespace is vocabulary, not data: publishing the register under another base ({@code --base-uri}) moves
 * the register's resources (under {@link #BASE}), never these terms.
 */
public final class Reg {

    /** The ontology namespace. */
    public static final String NS = "https://w3id.org/registre/ontologie#";
    /** The ontology document (the namespace without its '#'). */
    public static final String ONTOLOGY = "https://w3id.org/registre/ontologie";
    /** The project's SHACL shapes ({@code shapes/*.ttl}): vocabulary too, never moved by {@code --base-uri}. */
    public static final String SHAPES_NS = "https://w3id.org/registre/shapes#";
    /** The document of the shapes (the namespace without its '#'): the IRI a client dereferences for a shape. */
    public static final String SHAPES = "https://w3id.org/registre/shapes";
    /** The node on which a validation states its date ({@link #dateDeValidation}); the shapes read it there. */
    public static final String VALIDATION = "https://w3id.org/registre/validation";
    /** The default base of the register's resources ({@code cnam/…}, {@code droit/…}); {@code --base-uri} moves it. */
    public static final String BASE = "https://w3id.org/registre/";

    // Classes
    public static final Resource Mission = resource("Mission");
    public static final Resource MissionMetier = resource("MissionMetier");
    public static final Resource MissionSupport = resource("MissionSupport");
    public static final Resource Finalite = resource("Finalite");
    public static final Resource SousFinalite = resource("SousFinalite");
    /** The agent to which the project's own reading (alignment, translations, corrections) is attributed. */
    public static final Resource ProjetRegistre = resource("ProjetRegistre");

    // Properties
    public static final Property rang = property("rang");
    public static final Property ligneSource = property("ligneSource");
    public static final Property fichier = property("fichier");
    public static final Property texteSource = property("texteSource");
    public static final Property fondementsTexte = property("fondementsTexte");
    public static final Property elementsImbriques = property("elementsImbriques");
    public static final Property finDeValidite = property("finDeValidite");
    public static final Property aPartirDe = property("aPartirDe");
    public static final Property jusqua = property("jusqua");
    public static final Property etSuivants = property("etSuivants");
    public static final Property tronque = property("tronque");
    /** The date "today" of a validation, read by the date-dependent shapes. */
    public static final Property dateDeValidation = property("dateDeValidation");

    private Reg() {
    }

    /**
     * True for an IRI of the project's vocabulary rather than of a register: the ontology document and its terms, the
     * shapes ({@code shapes#…}, {@code shapes/…}) and the validation's context node the shapes name. They live under
     * {@link #BASE} too, but {@code --base-uri} leaves them where they are, so that the catalogue questions and the
     * shapes, which name them, work on every base.
     */
    public static boolean isVocabulary(String iri) {
        return iri.equals(ONTOLOGY) || iri.startsWith(NS) || iri.equals(SHAPES) || iri.startsWith(SHAPES_NS)
                || iri.startsWith(BASE + "shapes/") || iri.equals(VALIDATION);
    }

    /** A term of the ontology by local name, e.g. a legal-text type ({@code Code}, {@code Loi}). */
    public static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }

    /** The same terms as graph {@link Node}s. */
    public static final class Nodes {
        public static final Node Finalite = Reg.Finalite.asNode();
        public static final Node SousFinalite = Reg.SousFinalite.asNode();
        public static final Node Mission = Reg.Mission.asNode();
        public static final Node rang = Reg.rang.asNode();
        public static final Node dateDeValidation = Reg.dateDeValidation.asNode();

        private Nodes() {
        }
    }
}
