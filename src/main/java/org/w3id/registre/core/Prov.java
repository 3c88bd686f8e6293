package org.w3id.registre.core;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The W3C PROV-O terms the project uses: what the project adds is {@code prov:wasAttributedTo reg:ProjetRegistre}. */
public final class Prov {

    public static final String NS = "http://www.w3.org/ns/prov#";

    public static final Resource Entity = ResourceFactory.createResource(NS + "Entity");

    public static final Property wasAttributedTo = ResourceFactory.createProperty(NS + "wasAttributedTo");
    public static final Property wasDerivedFrom = ResourceFactory.createProperty(NS + "wasDerivedFrom");

    private Prov() {
    }
}
