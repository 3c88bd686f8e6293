package org.w3id.registre.store;

import java.util.LinkedHashMap;
import java.util.Map;

/** The namespaces of the register's graph (DESIGN.md §2), and the prefixes every output declares. */
public final class RegisterVocabulary {

    /** Every register resource lives under this base; publishing elsewhere rewrites it (--base-uri). */
    public static final String BASE = "https://w3id.org/registre/";
    public static final String REG = "https://w3id.org/registre/ontologie#";
    public static final String DPV = "https://w3id.org/dpv#";
    public static final String EU_GDPR = "https://w3id.org/dpv/legal/eu/gdpr#";
    public static final String LEGAL_EU = "https://w3id.org/dpv/legal/eu#";
    public static final String LOC = "https://w3id.org/dpv/loc#";
    public static final String PD = "https://w3id.org/dpv/pd#";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String DCT = "http://purl.org/dc/terms/";
    public static final String ELI = "http://data.europa.eu/eli/ontology#";
    public static final String DCAT = "http://www.w3.org/ns/dcat#";
    public static final String VOID = "http://rdfs.org/ns/void#";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String FOAF = "http://xmlns.com/foaf/0.1/";
    public static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    public static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    public static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static final String OWL = "http://www.w3.org/2002/07/owl#";

    private RegisterVocabulary() {
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
