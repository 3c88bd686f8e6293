package org.w3id.registre.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The VoID + DCAT + DQV description of the fixture site, read back with SPARQL. */
class DatasetDescriptionTest {

    private static final String DOC = BaseUri.DEFAULT + ".well-known/void";
    private static Model graph;
    private static Model description;

    @BeforeAll
    static void build() {
        graph = TestSite.fixtureGraph();
        RegisterSite site = new RegisterSite(graph, BaseUri.defaultBase(), TestSite.fixtureFindings());
        description = DatasetDescription.build(site, Optional.of(BaseUri.DEFAULT + "registre/sparql"));
    }

    private static List<QuerySolution> select(String query) {
        String prefixes = """
                PREFIX void: <http://rdfs.org/ns/void#>
                PREFIX dcat: <http://www.w3.org/ns/dcat#>
                PREFIX dct: <http://purl.org/dc/terms/>
                PREFIX dqv: <http://www.w3.org/ns/dqv#>
                PREFIX foaf: <http://xmlns.com/foaf/0.1/>
                PREFIX prov: <http://www.w3.org/ns/prov#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                """;
        try (QueryExecution qe = QueryExecution.create(prefixes + query, description)) {
            return org.apache.jena.query.ResultSetFormatter.toList(qe.execSelect());
        }
    }

    @Test
    void describesTheDataset() {
        List<QuerySolution> rows = select("""
                SELECT ?title ?publisher ?licence ?source ?endpoint ?triples WHERE {
                  <%s> foaf:primaryTopic ?d .
                  ?d a void:Dataset, dcat:Dataset ; dct:title ?title ; dct:publisher ?publisher ; dct:license ?licence ;
                     prov:wasDerivedFrom ?source ; void:sparqlEndpoint ?endpoint ; void:triples ?triples .
                  FILTER(lang(?title) = "fr")
                }""".formatted(DOC));
        assertEquals(1, rows.size());
        QuerySolution row = rows.get(0);
        assertEquals("Registre des traitements de la Cnam, graphe de connaissances aligné DPV",
                row.getLiteral("title").getString());
        assertEquals(BaseUri.DEFAULT + "ontologie#ProjetRegistre", row.getResource("publisher").getURI());
        assertEquals("https://creativecommons.org/licenses/by/4.0/", row.getResource("licence").getURI());
        assertEquals(BaseUri.DEFAULT + "cnam/document", row.getResource("source").getURI());
        assertEquals(BaseUri.DEFAULT + "registre/sparql", row.getResource("endpoint").getURI());
        assertEquals(graph.size(), row.getLiteral("triples").getLong());
    }

    @Test
    void theProjectPublishesTheGraphAndTheCnamTheDocument() {
        List<QuerySolution> rows = select("""
                SELECT ?d ?catalogue ?graphPublisher ?document ?documentPublisher ?name ?type WHERE {
                  ?catalogue a dcat:Catalog ; dcat:dataset ?d ; dct:publisher ?graphPublisher .
                  ?d dct:publisher ?graphPublisher ; prov:wasDerivedFrom ?document .
                  ?document a foaf:Document ; dct:publisher ?documentPublisher .
                  ?documentPublisher a foaf:Agent ; foaf:name ?name ; dct:type ?type .
                } ORDER BY ?d""");
        // The whole graph and the Cnam register's own graph: both published by the project, both derived from
        // the document the Cnam published.
        assertEquals(List.of(DOC + "#registre", DOC + "#registre-cnam"),
                rows.stream().map(r -> r.getResource("d").getURI()).toList());
        QuerySolution row = rows.get(1);
        assertEquals(row.toString().replace("registre-cnam", "registre"), rows.get(0).toString());
        assertEquals(DOC + "#catalogue", row.getResource("catalogue").getURI());
        assertEquals(BaseUri.DEFAULT + "ontologie#ProjetRegistre", row.getResource("graphPublisher").getURI());
        assertEquals(BaseUri.DEFAULT + "cnam/document", row.getResource("document").getURI());
        assertEquals(BaseUri.DEFAULT + "cnam/organisation/cnam", row.getResource("documentPublisher").getURI());
        assertEquals("Caisse nationale de l'Assurance Maladie", row.getLiteral("name").getString());
        assertEquals("http://purl.org/adms/publishertype/NationalAuthority", row.getResource("type").getURI());
        // The Cnam publishes the document, never the graph.
        assertEquals(List.of(), select("SELECT ?x WHERE { ?x dct:publisher <" + BaseUri.DEFAULT
                + "cnam/organisation/cnam> FILTER(?x != <" + BaseUri.DEFAULT + "cnam/document>) }"));
    }

    @Test
    void sparqlEndpointIsADataServiceWithItsServiceDescription() {
        List<QuerySolution> rows = select("""
                SELECT ?service ?endpoint ?description ?standard ?dataset WHERE {
                  ?c a dcat:Catalog ; dcat:service ?service .
                  ?service a dcat:DataService ; dcat:endpointURL ?endpoint ; dcat:endpointDescription ?description ;
                     dct:conformsTo ?standard ; dcat:servesDataset ?dataset .
                  ?access dcat:accessService ?service ; dcat:accessURL ?endpoint .
                }""");
        assertEquals(1, rows.size());
        QuerySolution row = rows.get(0);
        assertEquals(DOC + "#sparql", row.getResource("service").getURI());
        assertEquals(BaseUri.DEFAULT + "registre/sparql", row.getResource("endpoint").getURI());
        assertEquals(BaseUri.DEFAULT + "registre/sparql", row.getResource("description").getURI());
        assertEquals("https://www.w3.org/TR/sparql11-query/", row.getResource("standard").getURI());
        assertEquals(DOC + "#registre", row.getResource("dataset").getURI());
    }

    @Test
    void listsTheFourDumps() {
        Set<String> dumps = new TreeSet<>();
        select("SELECT ?dump WHERE { <" + DOC + "#registre> void:dataDump ?dump }")
                .forEach(r -> dumps.add(r.getResource("dump").getURI()));
        assertEquals(Set.of(BaseUri.DEFAULT + "download/registre.jsonld", BaseUri.DEFAULT + "download/registre.nt",
                BaseUri.DEFAULT + "download/registre.rdf", BaseUri.DEFAULT + "download/registre.ttl"), dumps);
        List<QuerySolution> rows = select("""
                SELECT ?u ?type ?format WHERE { <%s#registre> dcat:distribution ?dist .
                  ?dist dcat:accessURL ?u ; dcat:downloadURL ?u ; dcat:mediaType ?type ; dct:format ?format }
                ORDER BY ?u""".formatted(DOC));
        assertEquals(List.of(
                "download/registre.jsonld application/ld+json JSON_LD",
                "download/registre.nt application/n-triples RDF_N_TRIPLES",
                "download/registre.rdf application/rdf+xml RDF_XML",
                "download/registre.ttl text/turtle RDF_TURTLE"),
                rows.stream().map(r -> r.getResource("u").getURI().replace(BaseUri.DEFAULT, "") + " "
                        + r.getResource("type").getURI().replace("http://www.iana.org/assignments/media-types/", "")
                        + " " + r.getResource("format").getURI().replace(
                                "http://publications.europa.eu/resource/authority/file-type/", "")).toList());
    }

    @Test
    void eachRegisterIsADatasetOfItsOwnPartOfTheWhole() {
        List<QuerySolution> rows = select("""
                SELECT ?d ?title ?landing ?whole ?u ?type WHERE {
                  ?c a dcat:Catalog ; dcat:dataset ?d .
                  ?d dct:isPartOf ?whole ; dct:title ?title ; dcat:landingPage ?landing ; void:rootResource ?landing ;
                     dcat:distribution ?dist .
                  ?whole dct:hasPart ?d ; void:subset ?d .
                  ?dist dcat:accessURL ?u ; dcat:downloadURL ?u ; dcat:mediaType ?type .
                  FILTER(lang(?title) = "fr")
                } ORDER BY ?u""");
        assertEquals(List.of(
                "registre-cnam «Traitements de données personnelles opérés par l'Assurance Maladie — graphe "
                        + "de connaissances» cnam/registre ⊂ registre: download/cnam/registre.jsonld application/ld+json",
                "registre-cnam «Traitements de données personnelles opérés par l'Assurance Maladie — graphe "
                        + "de connaissances» cnam/registre ⊂ registre: download/cnam/registre.nt application/n-triples",
                "registre-cnam «Traitements de données personnelles opérés par l'Assurance Maladie — graphe "
                        + "de connaissances» cnam/registre ⊂ registre: download/cnam/registre.rdf application/rdf+xml",
                "registre-cnam «Traitements de données personnelles opérés par l'Assurance Maladie — graphe "
                        + "de connaissances» cnam/registre ⊂ registre: download/cnam/registre.ttl text/turtle"),
                rows.stream().map(r -> r.getResource("d").getURI().replace(DOC + "#", "") + " «"
                        + r.getLiteral("title").getString() + "» "
                        + r.getResource("landing").getURI().replace(BaseUri.DEFAULT, "") + " ⊂ "
                        + r.getResource("whole").getURI().replace(DOC + "#", "") + ": "
                        + r.getResource("u").getURI().replace(BaseUri.DEFAULT, "") + " "
                        + r.getResource("type").getURI().replace("http://www.iana.org/assignments/media-types/", ""))
                        .toList());
    }

    @Test
    void theContactIsTheHomePageUnlessOneIsGiven() {
        assertEquals(List.of("- " + BaseUri.DEFAULT), contact(description));
        Model withMail = DatasetDescription.build(new RegisterSite(graph, BaseUri.defaultBase(),
                TestSite.fixtureFindings(), ContactPoint.parse("dpo@registre.example")), Optional.empty());
        assertEquals(List.of("mailto:dpo@registre.example -"), contact(withMail));
        Model withPage = DatasetDescription.build(new RegisterSite(graph, BaseUri.defaultBase(),
                TestSite.fixtureFindings(), ContactPoint.parse("https://registre.example/contact")), Optional.empty());
        assertEquals(List.of("- https://registre.example/contact"), contact(withPage));
    }

    /** The contact point of the whole dataset, as "email url" ("-" for none). */
    private static List<String> contact(Model m) {
        try (QueryExecution qe = QueryExecution.create("""
                PREFIX dcat: <http://www.w3.org/ns/dcat#>
                PREFIX vcard: <http://www.w3.org/2006/vcard/ns#>
                SELECT ?mail ?url WHERE { <%s#registre> dcat:contactPoint ?c . ?c vcard:fn "Projet Registre" .
                  OPTIONAL { ?c vcard:hasEmail ?mail } OPTIONAL { ?c vcard:hasURL ?url } }""".formatted(DOC), m)) {
            return org.apache.jena.query.ResultSetFormatter.toList(qe.execSelect()).stream()
                    .map(r -> (r.contains("mail") ? r.getResource("mail").getURI() : "-") + " "
                            + (r.contains("url") ? r.getResource("url").getURI() : "-")).toList();
        }
    }

    @Test
    void listsTheVocabulariesUsed() {
        Set<String> vocabularies = new TreeSet<>();
        select("SELECT ?v WHERE { ?d void:vocabulary ?v }").forEach(r -> vocabularies.add(r.getResource("v").getURI()));
        assertEquals(Set.of("http://data.europa.eu/eli/ontology#", "http://purl.org/dc/terms/",
                "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "http://www.w3.org/2000/01/rdf-schema#",
                "http://www.w3.org/2002/07/owl#", "http://www.w3.org/2004/02/skos/core#",
                "http://www.w3.org/ns/dcat#", "http://xmlns.com/foaf/0.1/", "https://w3id.org/dpv#",
                BaseUri.DEFAULT + "ontologie#"), vocabularies);
    }

    @Test
    void validationOutcomeAsDqvMeasurements() {
        List<QuerySolution> rows = select("""
                SELECT ?metric ?value WHERE {
                  ?d dqv:hasQualityMeasurement ?m .
                  ?m a dqv:QualityMeasurement ; dqv:computedOn ?d ; dqv:isMeasurementOf ?metric ; dqv:value ?value .
                  ?metric a dqv:Metric ; dqv:inDimension ?dim .
                } ORDER BY ?metric""");
        assertEquals(4, rows.size());
        assertEquals(List.of(DOC + "#metrique-avertissements", DOC + "#metrique-conforme",
                DOC + "#metrique-informations", DOC + "#metrique-violations"),
                rows.stream().map(r -> r.getResource("metric").getURI()).toList());
        assertEquals(List.of("1", "false", "1", "1"),
                rows.stream().map(r -> r.getLiteral("value").getLexicalForm()).toList());
    }

    @Test
    void staticExportAnnouncesNoEndpointAndUnvalidatedHasNoMeasurement() {
        RegisterSite site = new RegisterSite(graph, BaseUri.defaultBase(), new NotValidated());
        Model noServer = DatasetDescription.build(site, Optional.empty());
        assertTrue(noServer.listObjectsOfProperty(noServer.createProperty("http://rdfs.org/ns/void#sparqlEndpoint"))
                .toList().isEmpty());
        assertTrue(noServer.listSubjectsWithProperty(noServer.createProperty("http://www.w3.org/ns/dqv#value"))
                .toList().isEmpty());
    }
}
