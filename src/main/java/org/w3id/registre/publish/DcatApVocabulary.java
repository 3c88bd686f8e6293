package org.w3id.registre.publish;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The terms DCAT-AP 3.0.1 adds to DCAT, and the entries of the controlled vocabularies it asks for (EU authority
 * tables, ADMS, IANA) that the dataset description cites. Each entry is stated in the description with its type and
 * label, because DCAT-AP checks ranges with {@code sh:class} on the description itself.
 */
final class DcatApVocabulary {

    /** DCAT-AP's own namespace ("r5r"). */
    static final String NS = "http://data.europa.eu/r5r/";
    static final Property availability = ResourceFactory.createProperty(NS + "availability");

    static final String AUTHORITY = "http://publications.europa.eu/resource/authority/";
    static final String DATA_THEME = AUTHORITY + "data-theme";
    static final Resource THEME_SCHEME = ResourceFactory.createResource(DATA_THEME);
    static final Resource THEME_GOVERNMENT = ResourceFactory.createResource(DATA_THEME + "/GOVE");
    static final Resource THEME_HEALTH = ResourceFactory.createResource(DATA_THEME + "/HEAL");
    static final Resource LANGUAGE_FRENCH = ResourceFactory.createResource(AUTHORITY + "language/FRA");
    static final Resource LANGUAGE_ENGLISH = ResourceFactory.createResource(AUTHORITY + "language/ENG");
    static final Resource COUNTRY_FRANCE = ResourceFactory.createResource(AUTHORITY + "country/FRA");
    static final Resource ACCESS_PUBLIC = ResourceFactory.createResource(AUTHORITY + "access-right/PUBLIC");
    static final Resource FREQUENCY_IRREGULAR = ResourceFactory.createResource(AUTHORITY + "frequency/IRREG");
    static final String FILE_TYPE = AUTHORITY + "file-type/";
    static final Resource FILE_TYPE_SPARQL = ResourceFactory.createResource(FILE_TYPE + "SPARQLQ");
    static final Resource LICENCE_CC_BY_4_0 = ResourceFactory.createResource(AUTHORITY + "licence/CC_BY_4_0");
    /** "Available": medium-term availability, the honest level for a project's dumps (not "stable"). */
    static final Resource AVAILABILITY_AVAILABLE = ResourceFactory.createResource(NS + "availability/AVAILABLE");

    /** IANA media types, as DCAT-AP writes them. */
    static final String MEDIA_TYPES = "http://www.iana.org/assignments/media-types/";

    static final Resource LICENCE_TYPE_ATTRIBUTION =
            ResourceFactory.createResource("http://purl.org/adms/licencetype/Attribution");
    static final Resource PUBLISHER_TYPE_NATIONAL_AUTHORITY =
            ResourceFactory.createResource("http://purl.org/adms/publishertype/NationalAuthority");

    /** SPARQL 1.1 Query, the standard the endpoint conforms to. */
    static final Resource SPARQL_11_QUERY = ResourceFactory.createResource("https://www.w3.org/TR/sparql11-query/");
    /** DCAT-AP 3.0.1 itself, the profile the description conforms to. */
    static final Resource DCAT_AP_3_0_1 =
            ResourceFactory.createResource("https://semiceu.github.io/DCAT-AP/releases/3.0.1/");

    /** The EU File Type authority table entry for each RDF syntax the site serves. */
    static Resource fileType(RdfFormat format) {
        return ResourceFactory.createResource(FILE_TYPE + switch (format) {
            case TURTLE -> "RDF_TURTLE";
            case JSONLD -> "JSON_LD";
            case NTRIPLES -> "RDF_N_TRIPLES";
            case RDFXML -> "RDF_XML";
            case HTML -> "HTML";
        });
    }

    static Resource mediaType(RdfFormat format) {
        return ResourceFactory.createResource(MEDIA_TYPES + format.mediaType);
    }

    private DcatApVocabulary() {
    }
}
