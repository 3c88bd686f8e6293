package org.w3id.registre.publish;

import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;

/**
 * The VoID + DCAT description served at /.well-known/void (RFC 5785 location given by the VoID guide), with the
 * validation outcome as DQV quality measurements. Its own IRIs are hash IRIs of that document, so they dereference.
 */
final class DatasetDescription {

    static final String PATH = ".well-known/void";
    /**
     * The description is a document, negotiated in place. Turtle first: a client that accepts anything gets the RDF;
     * browsers ask for HTML and get the page.
     */
    static final List<RdfFormat> OFFERS = List.of(RdfFormat.TURTLE, RdfFormat.JSONLD,
            RdfFormat.NTRIPLES, RdfFormat.RDFXML, RdfFormat.HTML);
    static final String VOID = "http://rdfs.org/ns/void#";
    static final String DQV = "http://www.w3.org/ns/dqv#";
    static final String FOAF = "http://xmlns.com/foaf/0.1/";

    private DatasetDescription() {
    }

    /** @param sparqlEndpoint present when a server answers SPARQL (not for the static export) */
    static Model build(RegisterSite site, Optional<String> sparqlEndpoint) {
        String doc = site.base().iri(PATH);
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("void", VOID).setNsPrefix("dcat", DCAT.NS).setNsPrefix("dct", DCTerms.NS)
                .setNsPrefix("dqv", DQV).setNsPrefix("foaf", FOAF).setNsPrefix("xsd", XSD.NS)
                .setNsPrefix("skos", SKOS.uri).setNsPrefix("", doc + "#");
        Resource description = m.createResource(doc)
                .addProperty(RDF.type, m.createResource(VOID + "DatasetDescription"))
                .addProperty(DCTerms.title, "Description VoID du registre", "fr")
                .addProperty(DCTerms.title, "VoID description of the register", "en");
        // Publisher and licence are the project's, as its ontology declares them: one statement of them in the data.
        Resource project = m.createResource(doc + "#projet");
        Resource licence = null;
        for (QuerySolution row : site.select("project.rq")) {
            if (row.contains("creator")) {
                project = row.getResource("creator").inModel(m);
            }
            if (row.contains("licence")) {
                licence = row.getResource("licence").inModel(m);
            }
        }
        if (project.getURI().equals(doc + "#projet")) {
            project.addProperty(RDF.type, m.createResource(FOAF + "Project"))
                    .addProperty(m.createProperty(FOAF + "name"), "Projet Registre", "fr")
                    .addProperty(m.createProperty(FOAF + "name"), "Registre project", "en");
        }
        Resource dataset = m.createResource(doc + "#registre")
                .addProperty(RDF.type, m.createResource(VOID + "Dataset"))
                .addProperty(RDF.type, DCAT.Dataset)
                .addProperty(DCTerms.title, "Registre des traitements de la Cnam, graphe de connaissances aligné DPV",
                        "fr")
                .addProperty(DCTerms.title, "The Cnam register of processing, a DPV-aligned knowledge graph", "en")
                .addProperty(DCTerms.description, "Le registre des activités de traitement (article 30 du RGPD) "
                        + "publié par la Caisse nationale de l'Assurance Maladie : missions, finalités, "
                        + "sous-finalités, fondements juridiques et textes français, alignés sur W3C DPV.", "fr")
                .addProperty(DCTerms.description, "The record of processing activities (GDPR Article 30) published "
                        + "by the French national health insurance fund: missions, purposes, sub-purposes, legal "
                        + "bases and French legal texts, aligned with W3C DPV.", "en")
                .addProperty(DCTerms.publisher, project)
                .addProperty(DCTerms.creator, project)
                .addProperty(DCTerms.language, m.createResource("http://id.loc.gov/vocabulary/iso639-1/fr"))
                .addProperty(DCAT.landingPage, m.createResource(site.base().value()))
                .addProperty(m.createProperty(VOID + "uriSpace"), site.base().value())
                .addProperty(m.createProperty(VOID + "dataDump"), m.createResource(site.base().iri(
                        "download/registre.ttl")));
        description.addProperty(m.createProperty(FOAF + "primaryTopic"), dataset);
        if (licence != null) {
            dataset.addProperty(DCTerms.license, licence);
        }
        for (QuerySolution row : site.select("source-document.rq")) {
            Resource registre = row.getResource("registre");
            dataset.addProperty(m.createProperty(VOID + "rootResource"), registre);
            dataset.addProperty(DCTerms.subject, registre);
            if (row.contains("source")) {
                dataset.addProperty(DCTerms.source, row.get("source"));
            }
            if (row.contains("publisher")) {
                // The publisher of the source register; the graph itself is published by the project.
                dataset.addProperty(m.createProperty("http://www.w3.org/ns/prov#wasDerivedFrom"), registre);
            }
        }
        // Dumps: one DCAT distribution per syntax, all of the whole graph.
        for (RdfFormat f : RdfFormat.rdf()) {
            Resource dump = m.createResource(site.base().iri("download/registre." + f.extension));
            if (f != RdfFormat.TURTLE) {
                dataset.addProperty(m.createProperty(VOID + "dataDump"), dump);
            }
            Resource distribution = m.createResource(doc + "#telechargement-" + f.extension)
                    .addProperty(RDF.type, DCAT.Distribution)
                    .addProperty(DCTerms.title, "registre." + f.extension + " (" + f.label() + ")")
                    .addProperty(DCAT.downloadURL, dump)
                    .addProperty(DCAT.mediaType, m.createResource("https://www.iana.org/assignments/media-types/"
                            + f.mediaType));
            if (licence != null) {
                distribution.addProperty(DCTerms.license, licence);
            }
            dataset.addProperty(DCAT.distribution, distribution);
        }
        sparqlEndpoint.ifPresent(endpoint -> {
            Resource service = m.createResource(doc + "#sparql")
                    .addProperty(RDF.type, DCAT.DataService)
                    .addProperty(DCTerms.title, "Point d'accès SPARQL (lecture seule)", "fr")
                    .addProperty(DCTerms.title, "SPARQL endpoint (read-only)", "en")
                    .addProperty(DCAT.endpointURL, m.createResource(endpoint))
                    .addProperty(DCAT.servesDataset, dataset);
            dataset.addProperty(m.createProperty(VOID + "sparqlEndpoint"), m.createResource(endpoint));
            m.createResource(doc + "#acces-sparql").addProperty(RDF.type, DCAT.Distribution)
                    .addProperty(DCAT.accessURL, m.createResource(endpoint))
                    .addProperty(DCAT.accessService, service);
            dataset.addProperty(DCAT.distribution, m.getResource(doc + "#acces-sparql"));
        });
        statistics(site, m, dataset);
        quality(site, m, doc, dataset);
        return m;
    }

    private static void statistics(RegisterSite site, Model m, Resource dataset) {
        QuerySolution stats = site.select("void-statistics.rq").get(0);
        dataset.addLiteral(m.createProperty(VOID + "triples"), m.createTypedLiteral(
                stats.getLiteral("triples").getLong(), XSDDatatype.XSDinteger));
        dataset.addLiteral(m.createProperty(VOID + "distinctSubjects"), m.createTypedLiteral(
                stats.getLiteral("subjects").getLong(), XSDDatatype.XSDinteger));
        dataset.addLiteral(m.createProperty(VOID + "properties"), m.createTypedLiteral(
                stats.getLiteral("properties").getLong(), XSDDatatype.XSDinteger));
        dataset.addLiteral(m.createProperty(VOID + "distinctObjects"), m.createTypedLiteral(
                stats.getLiteral("objects").getLong(), XSDDatatype.XSDinteger));
        QuerySolution classes = site.select("void-class-count.rq").get(0);
        dataset.addLiteral(m.createProperty(VOID + "classes"), m.createTypedLiteral(
                classes.getLiteral("classes").getLong(), XSDDatatype.XSDinteger));
        dataset.addLiteral(m.createProperty(VOID + "entities"), m.createTypedLiteral(
                (long) site.documentPaths().size(), XSDDatatype.XSDinteger));
        SortedSet<String> vocabularies = new TreeSet<>();
        for (QuerySolution row : site.select("void-classes.rq")) {
            Resource term = row.getResource("term");
            if (term.isURIResource() && term.getNameSpace() != null && !term.getNameSpace().isEmpty()) {
                vocabularies.add(term.getNameSpace());
            }
        }
        for (String ns : vocabularies) {
            dataset.addProperty(m.createProperty(VOID + "vocabulary"), m.createResource(ns));
        }
    }

    /** The validation outcome as DQV measurements of metrics defined in this same document. */
    private static void quality(RegisterSite site, Model m, String doc, Resource dataset) {
        ValidationFindings findings = site.findings();
        if (!findings.validated()) {
            return;
        }
        Resource dimension = m.createResource(doc + "#conformite-shacl")
                .addProperty(RDF.type, m.createResource(DQV + "Dimension"))
                .addProperty(SKOS.prefLabel, "Conformité aux formes SHACL du projet", "fr")
                .addProperty(SKOS.prefLabel, "Conformance to the project's SHACL shapes", "en");
        measure(m, doc, dataset, dimension, "conforme", "Conforme (aucune violation)", "Conforms (no violation)",
                m.createTypedLiteral(findings.passes()), XSD.xboolean);
        measure(m, doc, dataset, dimension, "violations", "Nombre de violations", "Number of violations",
                m.createTypedLiteral(findings.count(ValidationFinding.Severity.VIOLATION), XSDDatatype.XSDinteger),
                XSD.integer);
        measure(m, doc, dataset, dimension, "avertissements", "Nombre d'avertissements", "Number of warnings",
                m.createTypedLiteral(findings.count(ValidationFinding.Severity.WARNING), XSDDatatype.XSDinteger),
                XSD.integer);
        measure(m, doc, dataset, dimension, "informations", "Nombre d'informations", "Number of infos",
                m.createTypedLiteral(findings.count(ValidationFinding.Severity.INFO), XSDDatatype.XSDinteger),
                XSD.integer);
    }

    private static void measure(Model m, String doc, Resource dataset, Resource dimension, String name, String fr,
            String en, org.apache.jena.rdf.model.Literal value, Resource type) {
        Resource metric = m.createResource(doc + "#metrique-" + name)
                .addProperty(RDF.type, m.createResource(DQV + "Metric"))
                .addProperty(SKOS.prefLabel, fr, "fr").addProperty(SKOS.prefLabel, en, "en")
                .addProperty(m.createProperty(DQV + "expectedDataType"), type)
                .addProperty(m.createProperty(DQV + "inDimension"), dimension);
        Resource measurement = m.createResource(doc + "#mesure-" + name)
                .addProperty(RDF.type, m.createResource(DQV + "QualityMeasurement"))
                .addProperty(m.createProperty(DQV + "computedOn"), dataset)
                .addProperty(m.createProperty(DQV + "isMeasurementOf"), metric)
                .addLiteral(m.createProperty(DQV + "value"), value);
        dataset.addProperty(m.createProperty(DQV + "hasQualityMeasurement"), measurement);
    }
}
