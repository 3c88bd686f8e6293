package org.w3id.registre.core;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The European Legislation Identifier ontology terms that describe the French legal texts ({@code droit.ttl}). */
public final class Eli {

    public static final String NS = "http://data.europa.eu/eli/ontology#";

    public static final Resource LegalResource = ResourceFactory.createResource(NS + "LegalResource");

    public static final Property is_part_of = property("is_part_of");
    public static final Property type_document = property("type_document");
    public static final Property date_document = property("date_document");
    public static final Property number = property("number");

    private Eli() {
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }
}
