package org.w3id.registre.core;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;

/**
 * The one prefix map of the project (DESIGN.md §2): the prefixes every output declares — the import's Turtle, the
 * pages, the query editor, the reports. The terms themselves are constants of the vocabulary classes ({@link Reg},
 * {@link Dpv}, {@link Eli}, {@link Prov}, {@link Dqv}, and Jena's own for SKOS, DCTerms, DCAT, VOID, FOAF).
 */
public final class Prefixes {

    /** Every register resource lives under this base; publishing elsewhere rewrites it (--base-uri). */
    public static final String BASE = Reg.BASE;
    // Namespace strings, for code that writes text (Turtle, SPARQL); prefer the vocabulary classes' terms.
    public static final String REG = Reg.NS;
    public static final String DPV = Dpv.NS;
    public static final String EU_GDPR = Dpv.EU_GDPR_NS;
    public static final String LEGAL_EU = Dpv.LEGAL_EU_NS;
    public static final String LOC = Dpv.LOC_NS;
    public static final String PD = Dpv.PD_NS;
    public static final String SKOS = org.apache.jena.vocabulary.SKOS.uri;
    public static final String DCT = DCTerms.NS;
    public static final String ELI = Eli.NS;
    public static final String DCAT = org.apache.jena.vocabulary.DCAT.NS;
    public static final String VOID = org.apache.jena.vocabulary.VOID.NS;
    public static final String PROV = Prov.NS;
    public static final String FOAF = org.apache.jena.sparql.vocabulary.FOAF.NS;
    public static final String XSD = org.apache.jena.vocabulary.XSD.NS;
    public static final String RDFS = org.apache.jena.vocabulary.RDFS.uri;
    public static final String RDF = org.apache.jena.vocabulary.RDF.uri;
    public static final String OWL = org.apache.jena.vocabulary.OWL.NS;

    private static final PrefixMapping MAPPING = PrefixMapping.Factory.create().setNsPrefixes(prefixes()).lock();

    private Prefixes() {
    }

    /** The prefix map, read-only: {@code model.setNsPrefixes(Prefixes.mapping())}. */
    public static PrefixMapping mapping() {
        return MAPPING;
    }

    /** Prefix → namespace, in the order outputs declare them. */
    public static Map<String, String> prefixes() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("reg", REG);
        p.put("dpv", DPV);
        p.put("eu-gdpr", EU_GDPR);
        p.put("legal-eu", LEGAL_EU);
        p.put("loc", LOC);
        p.put("pd", PD);
        p.put("skos", SKOS);
        p.put("dct", DCT);
        p.put("eli", ELI);
        p.put("dcat", DCAT);
        p.put("void", VOID);
        p.put("prov", PROV);
        p.put("foaf", FOAF);
        p.put("xsd", XSD);
        p.put("rdfs", RDFS);
        p.put("rdf", RDF);
        p.put("owl", OWL);
        return p;
    }
}
