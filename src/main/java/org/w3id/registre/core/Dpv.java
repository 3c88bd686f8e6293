package org.w3id.registre.core;

import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The W3C Data Privacy Vocabulary terms the project uses (DPV 2.x, https namespaces; {@code ontology/dpv.ttl} states
 * them), with the GDPR extension's namespaces beside.
 */
public final class Dpv {

    public static final String NS = "https://w3id.org/dpv#";
    /** GDPR articles, e.g. {@code eu-gdpr:A6-1-c}. */
    public static final String EU_GDPR_NS = "https://w3id.org/dpv/legal/eu/gdpr#";
    /** EU laws, e.g. {@code legal-eu:law-GDPR}. */
    public static final String LEGAL_EU_NS = "https://w3id.org/dpv/legal/eu#";
    /** Locations, e.g. {@code loc:FR}. */
    public static final String LOC_NS = "https://w3id.org/dpv/loc#";
    /** The DPV personal-data extension (PD): categories of personal data. */
    public static final String PD_NS = "https://w3id.org/dpv/pd#";

    public static final Resource ROPA = resource("ROPA");
    public static final Resource DataController = resource("DataController");
    public static final Resource PublicSectorBody = resource("PublicSectorBody");
    public static final Resource Process = resource("Process");
    public static final Resource Purpose = resource("Purpose");
    public static final Resource LegalBasis = resource("LegalBasis");
    public static final Resource Law = resource("Law");
    public static final Resource Consent = resource("Consent");
    public static final Resource Contract = resource("Contract");
    public static final Resource LegalObligation = resource("LegalObligation");
    public static final Resource VitalInterest = resource("VitalInterest");
    public static final Resource PublicInterest = resource("PublicInterest");
    public static final Resource LegitimateInterest = resource("LegitimateInterest");

    public static final Property hasProcess = property("hasProcess");
    public static final Property hasPurpose = property("hasPurpose");
    public static final Property hasLegalBasis = property("hasLegalBasis");
    public static final Property hasApplicableLaw = property("hasApplicableLaw");
    public static final Property hasDataController = property("hasDataController");
    public static final Property hasJurisdiction = property("hasJurisdiction");

    private Dpv() {
    }

    /** A DPV concept by local name (purposes are many: {@code FraudPreventionAndDetection}, …). */
    public static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    /** A GDPR article of the DPV GDPR extension, e.g. {@code A6-1-c}. */
    public static Resource gdpr(String local) {
        return ResourceFactory.createResource(EU_GDPR_NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }

    /** The same terms as graph {@link Node}s. */
    public static final class Nodes {
        public static final Node LegalBasis = Dpv.LegalBasis.asNode();
        public static final Node hasLegalBasis = Dpv.hasLegalBasis.asNode();
        public static final Node hasProcess = Dpv.hasProcess.asNode();

        private Nodes() {
        }
    }
}
