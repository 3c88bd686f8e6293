package org.w3id.registre.core;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The W3C Data Quality Vocabulary terms of the dataset description: the validation outcome as measurements. */
public final class Dqv {

    public static final String NS = "http://www.w3.org/ns/dqv#";

    public static final Resource QualityMeasurement = resource("QualityMeasurement");
    public static final Resource Metric = resource("Metric");
    public static final Resource Dimension = resource("Dimension");

    public static final Property hasQualityMeasurement = property("hasQualityMeasurement");
    public static final Property isMeasurementOf = property("isMeasurementOf");
    public static final Property computedOn = property("computedOn");
    public static final Property value = property("value");
    public static final Property inDimension = property("inDimension");
    public static final Property expectedDataType = property("expectedDataType");

    private Dqv() {
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }
}
