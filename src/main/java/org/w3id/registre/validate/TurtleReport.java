package org.w3id.registre.validate;

import java.io.OutputStream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.vocabulary.SHACL;

/** The standard {@code sh:ValidationReport}, in Turtle, for tools that read SHACL reports. */
public final class TurtleReport {

    private TurtleReport() {
    }

    public static void write(ValidationReport report, OutputStream out) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("sh", SHACL.getURI());
        m.setNsPrefix("rsh", "https://w3id.org/registre/shapes#");
        m.setNsPrefix("reg", Findings.REG);
        m.setNsPrefix("dpv", Findings.DPV);
        m.setNsPrefix("eu-gdpr", "https://w3id.org/dpv/legal/eu/gdpr#");
        m.setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#");
        m.setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#");
        m.add(report.getModel());
        RDFDataMgr.write(out, m, RDFFormat.TURTLE_PRETTY);
    }
}
