package org.w3id.registre.core;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.DCAT;

/**
 * The versioning terms of DCAT 3 (§ 8 "Versioning") that Jena 5.6's {@code DCAT} class does not carry: what links
 * the editions of a register to it and to each other (DESIGN.md § 2b).
 */
public final class DcatVersions {

    public static final Property version = property("version");
    public static final Property isVersionOf = property("isVersionOf");
    public static final Property hasVersion = property("hasVersion");
    public static final Property hasCurrentVersion = property("hasCurrentVersion");
    public static final Property previousVersion = property("previousVersion");

    private DcatVersions() {
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(DCAT.NS + local);
    }
}
