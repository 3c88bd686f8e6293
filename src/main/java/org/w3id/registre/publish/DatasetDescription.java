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
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VCARD4;
import org.apache.jena.vocabulary.VOID;
import org.apache.jena.vocabulary.XSD;
import org.w3id.registre.core.Dqv;
import org.w3id.registre.core.Prov;
import org.w3id.registre.validate.Level;

/**
 * The VoID + DCAT-AP 3.0.1 description served at /.well-known/void (RFC 5785 location given by the VoID guide), with
 * the validation outcome as DQV quality measurements. Its own IRIs are hash IRIs of that document, so they
 * dereference. Who publishes what: the project publishes the graph and the catalogue; each controller publishes the
 * document its register was read from, and the graph is {@code prov:wasDerivedFrom} that document.
 */
final class DatasetDescription {

    static final String PATH = ".well-known/void";
    /**
     * The description is a document, negotiated in place. Turtle first: a client that accepts anything gets the RDF;
     * browsers ask for HTML and get the page.
     */
    static final List<RdfFormat> OFFERS = List.of(RdfFormat.TURTLE, RdfFormat.JSONLD,
            RdfFormat.NTRIPLES, RdfFormat.RDFXML, RdfFormat.HTML);

    private DatasetDescription() {
    }

    /** @param sparqlEndpoint present when a server answers SPARQL (not for the static export) */
    static Model build(RegisterSite site, Optional<String> sparqlEndpoint) {
        String doc = site.base().iri(PATH);
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("void", VOID.NS).setNsPrefix("dcat", DCAT.NS).setNsPrefix("dct", DCTerms.NS)
                .setNsPrefix("dqv", Dqv.NS).setNsPrefix("foaf", FOAF.NS).setNsPrefix("xsd", XSD.NS)
                .setNsPrefix("skos", SKOS.uri).setNsPrefix("prov", Prov.NS).setNsPrefix("vcard", VCARD4.NS)
                .setNsPrefix("dcatap", DcatApVocabulary.NS).setNsPrefix("", doc + "#");
        Resource description = m.createResource(doc)
                .addProperty(RDF.type, VOID.DatasetDescription)
                .addProperty(DCTerms.title, "Description VoID et DCAT-AP du registre", "fr")
                .addProperty(DCTerms.title, "VoID and DCAT-AP description of the register", "en")
                .addProperty(DCTerms.conformsTo, standard(m, DcatApVocabulary.DCAT_AP_3_0_1, "DCAT-AP 3.0.1"));
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
        agent(m, project, "Projet Registre", "Registre project");
        if (licence != null) {
            licence.addProperty(RDF.type, DCTerms.LicenseDocument);
            if (licence.getURI().equals("https://creativecommons.org/licenses/by/4.0/")) {
                // DCAT-AP asks for the equivalent entry of the EU licence table when another IRI is used.
                licence.addProperty(SKOS.exactMatch, DcatApVocabulary.LICENCE_CC_BY_4_0)
                        .addProperty(DCTerms.type, concept(m, DcatApVocabulary.LICENCE_TYPE_ATTRIBUTION,
                                "Attribution", "Attribution"))
                        .addProperty(SKOS.prefLabel, "Creative Commons Attribution 4.0 International", "en");
            }
        }
        Resource home = m.createResource(site.base().value()).addProperty(RDF.type, FOAF.Document);
        Resource contact = contact(m, doc, site.contact(), home);
        Resource dataset = m.createResource(doc + "#registre")
                .addProperty(RDF.type, VOID.Dataset)
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
                .addProperty(DCAT.contactPoint, contact)
                .addProperty(DCTerms.language, language(m, DcatApVocabulary.LANGUAGE_FRENCH, "français", "French"))
                .addProperty(DCTerms.language, language(m, DcatApVocabulary.LANGUAGE_ENGLISH, "anglais", "English"))
                .addProperty(DCTerms.spatial, location(m))
                .addProperty(DCAT.theme, theme(m, DcatApVocabulary.THEME_GOVERNMENT, "Gouvernement et secteur public",
                        "Government and public sector"))
                .addProperty(DCAT.theme, theme(m, DcatApVocabulary.THEME_HEALTH, "Santé", "Health"))
                .addProperty(DCTerms.accessRights, m.createResource(DcatApVocabulary.ACCESS_PUBLIC.getURI())
                        .addProperty(RDF.type, DCTerms.RightsStatement)
                        .addProperty(SKOS.prefLabel, "public", "fr").addProperty(SKOS.prefLabel, "public", "en"))
                .addProperty(DCTerms.accrualPeriodicity, m.createResource(
                        DcatApVocabulary.FREQUENCY_IRREGULAR.getURI()).addProperty(RDF.type, DCTerms.Frequency)
                        .addProperty(SKOS.prefLabel, "irrégulière", "fr")
                        .addProperty(SKOS.prefLabel, "irregular", "en"))
                .addProperty(DCAT.landingPage, home)
                .addProperty(VOID.uriSpace, site.base().value())
                .addProperty(VOID.dataDump, m.createResource(site.base().iri(
                        "download/registre.ttl")));
        keywords(dataset);
        description.addProperty(FOAF.primaryTopic, dataset);
        if (licence != null) {
            dataset.addProperty(DCTerms.license, licence);
        }
        sources(site, m, dataset);
        // Dumps: one DCAT distribution per syntax, all of the whole graph.
        for (RdfFormat f : RdfFormat.rdf()) {
            Resource dump = m.createResource(site.base().iri("download/registre." + f.extension));
            if (f != RdfFormat.TURTLE) {
                dataset.addProperty(VOID.dataDump, dump);
            }
            Resource distribution = m.createResource(doc + "#telechargement-" + f.extension)
                    .addProperty(RDF.type, DCAT.Distribution)
                    .addProperty(DCTerms.title, "registre." + f.extension + " (" + f.label() + ")")
                    .addProperty(DCTerms.description, "Le graphe entier (ontologie, registre, textes juridiques, "
                            + "alignement du projet) en " + f.label() + ".", "fr")
                    .addProperty(DCTerms.description, "The whole graph (ontology, register, legal texts, the "
                            + "project's alignment) in " + f.label() + ".", "en")
                    .addProperty(DCAT.accessURL, dump)
                    .addProperty(DCAT.downloadURL, dump)
                    .addProperty(DCAT.mediaType, m.createResource(DcatApVocabulary.mediaType(f).getURI())
                            .addProperty(RDF.type, DCTerms.MediaType))
                    .addProperty(DCTerms.format, fileType(m, DcatApVocabulary.fileType(f), f.label()))
                    .addProperty(DcatApVocabulary.availability, availability(m));
            if (licence != null) {
                distribution.addProperty(DCTerms.license, licence);
            }
            dataset.addProperty(DCAT.distribution, distribution);
        }
        Resource catalogue = catalogue(m, doc, site, project, licence, home, dataset);
        RegisterDatasets.describe(site, doc, dataset, catalogue, new Publisher(project, licence, contact));
        if (sparqlEndpoint.isPresent()) {
            Resource service = sparqlService(m, doc, sparqlEndpoint.get(), dataset, new Publisher(project, licence,
                    contact));
            catalogue.addProperty(DCAT.service, service);
        }
        statistics(site, m, dataset);
        quality(site, m, doc, dataset);
        return m;
    }

    /** Who publishes the graph, under which licence, and whom to contact. */
    record Publisher(Resource project, Resource licence, Resource contact) {
    }

    /** The SPARQL endpoint as a DCAT data service, and the distribution that gives access to the graph through it. */
    private static Resource sparqlService(Model m, String doc, String endpoint, Resource dataset, Publisher by) {
        Resource project = by.project();
        Resource licence = by.licence();
        Resource contact = by.contact();
        Resource endpointUrl = m.createResource(endpoint);
        Resource service = m.createResource(doc + "#sparql")
                .addProperty(RDF.type, DCAT.DataService)
                .addProperty(DCTerms.title, "Point d'accès SPARQL (lecture seule)", "fr")
                .addProperty(DCTerms.title, "SPARQL endpoint (read-only)", "en")
                .addProperty(DCTerms.description, "Requêtes SPARQL 1.1 en lecture seule sur le graphe entier ; "
                        + "sans requête, l'adresse répond par sa description de service SPARQL.", "fr")
                .addProperty(DCTerms.description, "Read-only SPARQL 1.1 queries over the whole graph; without a "
                        + "query, the address answers with its SPARQL service description.", "en")
                .addProperty(DCAT.endpointURL, endpointUrl)
                // SPARQL 1.1 Service Description: a GET on the endpoint without a query returns it.
                .addProperty(DCAT.endpointDescription, endpointUrl)
                .addProperty(DCTerms.conformsTo, standard(m, DcatApVocabulary.SPARQL_11_QUERY,
                        "SPARQL 1.1 Query Language"))
                .addProperty(DCAT.servesDataset, dataset)
                .addProperty(DCTerms.publisher, project)
                .addProperty(DCAT.contactPoint, contact)
                .addProperty(DCAT.theme, DcatApVocabulary.THEME_GOVERNMENT)
                .addProperty(DCAT.theme, DcatApVocabulary.THEME_HEALTH)
                .addProperty(DCTerms.accessRights, DcatApVocabulary.ACCESS_PUBLIC);
        keywords(service);
        service.addProperty(DCAT.keyword, "SPARQL", "fr").addProperty(DCAT.keyword, "SPARQL", "en");
        if (licence != null) {
            service.addProperty(DCTerms.license, licence);
        }
        dataset.addProperty(VOID.sparqlEndpoint, endpointUrl);
        Resource access = m.createResource(doc + "#acces-sparql").addProperty(RDF.type, DCAT.Distribution)
                .addProperty(DCTerms.title, "Point d'accès SPARQL", "fr")
                .addProperty(DCTerms.title, "SPARQL endpoint", "en")
                .addProperty(DCTerms.description, "Le graphe entier, interrogé en SPARQL 1.1.", "fr")
                .addProperty(DCTerms.description, "The whole graph, queried with SPARQL 1.1.", "en")
                .addProperty(DCAT.accessURL, endpointUrl)
                .addProperty(DCAT.accessService, service)
                .addProperty(DCTerms.format, fileType(m, DcatApVocabulary.FILE_TYPE_SPARQL, "SPARQL"))
                .addProperty(DcatApVocabulary.availability, availability(m));
        if (licence != null) {
            access.addProperty(DCTerms.license, licence);
        }
        dataset.addProperty(DCAT.distribution, access);
        return service;
    }

    /**
     * The catalogue that lists the dataset, as portals harvest it: published by the project, which publishes the
     * graph (the controllers publish the documents the graph is derived from).
     */
    private static Resource catalogue(Model m, String doc, RegisterSite site, Resource project, Resource licence,
            Resource home, Resource dataset) {
        Resource catalogue = m.createResource(doc + "#catalogue")
                .addProperty(RDF.type, DCAT.Catalog)
                .addProperty(DCTerms.title, "Catalogue du projet Registre", "fr")
                .addProperty(DCTerms.title, "Catalogue of the Registre project", "en")
                .addProperty(DCTerms.description, "Les registres des activités de traitement (article 30 du RGPD) "
                        + "publiés en graphes de connaissances alignés sur W3C DPV par le projet Registre.", "fr")
                .addProperty(DCTerms.description, "Records of processing activities (GDPR Article 30) published as "
                        + "knowledge graphs aligned with W3C DPV by the Registre project.", "en")
                .addProperty(DCTerms.publisher, project)
                .addProperty(FOAF.homepage, home)
                .addProperty(DCTerms.language, DcatApVocabulary.LANGUAGE_FRENCH)
                .addProperty(DCTerms.language, DcatApVocabulary.LANGUAGE_ENGLISH)
                .addProperty(DCTerms.spatial, DcatApVocabulary.COUNTRY_FRANCE)
                .addProperty(DCAT.themeTaxonomy, m.createResource(DcatApVocabulary.THEME_SCHEME.getURI())
                        .addProperty(RDF.type, SKOS.ConceptScheme)
                        .addProperty(DCTerms.title, "Thèmes des données (UE)", "fr")
                        .addProperty(DCTerms.title, "Data theme (EU)", "en"))
                .addProperty(DCAT.dataset, dataset);
        if (licence != null) {
            catalogue.addProperty(DCTerms.license, licence);
        }
        return catalogue;
    }

    /**
     * Whom to write to: the address given with {@code --contact}, else the site's home page. The vCard names the
     * project, which publishes the graph; the controllers are the contacts for their own registers' documents.
     */
    private static Resource contact(Model m, String doc, ContactPoint given, Resource home) {
        Resource contact = m.createResource(doc + "#contact")
                .addProperty(RDF.type, VCARD4.Kind).addProperty(RDF.type, VCARD4.Organization)
                .addProperty(VCARD4.fn, "Projet Registre");
        given.email().ifPresent(mail -> contact.addProperty(VCARD4.hasEmail, m.createResource(mail)));
        given.url().ifPresent(url -> contact.addProperty(VCARD4.hasURL, m.createResource(url)));
        if (given.email().isEmpty() && given.url().isEmpty()) {
            contact.addProperty(VCARD4.hasURL, home);
        }
        return contact;
    }

    /** The graph is derived from the documents the registers were read from, published by their controllers. */
    private static void sources(RegisterSite site, Model m, Resource dataset) {
        for (QuerySolution row : site.select("source-document.rq")) {
            Resource register = row.getResource("registre");
            dataset.addProperty(VOID.rootResource, register);
            dataset.addProperty(DCTerms.subject, register);
            if (!row.contains("source")) {
                continue;
            }
            Resource source = row.getResource("source").inModel(m).addProperty(RDF.type, FOAF.Document);
            dataset.addProperty(Prov.wasDerivedFrom, source);
            if (row.contains("sourceTitle")) {
                source.addProperty(DCTerms.title, row.get("sourceTitle"));
            }
            if (row.contains("publisher")) {
                Resource publisher = row.getResource("publisher").inModel(m);
                source.addProperty(DCTerms.publisher, publisher);
                publisher.addProperty(RDF.type, FOAF.Agent);
                if (row.contains("publisherName")) {
                    publisher.addProperty(FOAF.name, row.get("publisherName"));
                }
                // Every controller in a register of this project is a public body of a Member State.
                publisher.addProperty(DCTerms.type, concept(m, DcatApVocabulary.PUBLISHER_TYPE_NATIONAL_AUTHORITY,
                        "Autorité nationale", "National authority"));
            }
        }
    }

    static void keywords(Resource r) {
        String[][] words = {
            {"RGPD", "GDPR"},
            {"registre des activités de traitement", "record of processing activities"},
            {"données personnelles", "personal data"},
            {"protection des données", "data protection"},
            {"assurance maladie", "health insurance"},
            {"DPV", "DPV"},
            {"graphe de connaissances", "knowledge graph"},
        };
        for (String[] w : words) {
            r.addProperty(DCAT.keyword, w[0], "fr").addProperty(DCAT.keyword, w[1], "en");
        }
    }

    private static Resource agent(Model m, Resource agent, String fr, String en) {
        return agent.addProperty(RDF.type, FOAF.Agent).addProperty(FOAF.name, fr, "fr").addProperty(FOAF.name, en,
                "en");
    }

    private static Resource concept(Model m, Resource iri, String fr, String en) {
        return m.createResource(iri.getURI()).addProperty(RDF.type, SKOS.Concept)
                .addProperty(SKOS.prefLabel, fr, "fr").addProperty(SKOS.prefLabel, en, "en");
    }

    private static Resource theme(Model m, Resource iri, String fr, String en) {
        return concept(m, iri, fr, en).addProperty(SKOS.inScheme, DcatApVocabulary.THEME_SCHEME);
    }

    private static Resource language(Model m, Resource iri, String fr, String en) {
        return m.createResource(iri.getURI()).addProperty(RDF.type, DCTerms.LinguisticSystem)
                .addProperty(SKOS.prefLabel, fr, "fr").addProperty(SKOS.prefLabel, en, "en");
    }

    private static Resource location(Model m) {
        return m.createResource(DcatApVocabulary.COUNTRY_FRANCE.getURI()).addProperty(RDF.type, DCTerms.Location)
                .addProperty(SKOS.prefLabel, "France", "fr").addProperty(SKOS.prefLabel, "France", "en");
    }

    private static Resource fileType(Model m, Resource iri, String label) {
        return m.createResource(iri.getURI()).addProperty(RDF.type, DCTerms.MediaTypeOrExtent)
                .addProperty(SKOS.prefLabel, label, "fr").addProperty(SKOS.prefLabel, label, "en");
    }

    private static Resource availability(Model m) {
        return concept(m, DcatApVocabulary.AVAILABILITY_AVAILABLE, "disponible", "available");
    }

    private static Resource standard(Model m, Resource iri, String title) {
        return m.createResource(iri.getURI()).addProperty(RDF.type, DCTerms.Standard).addProperty(DCTerms.title,
                title);
    }

    private static void statistics(RegisterSite site, Model m, Resource dataset) {
        QuerySolution stats = site.select("void-statistics.rq").get(0);
        dataset.addLiteral(VOID.triples, m.createTypedLiteral(
                stats.getLiteral("triples").getLong(), XSDDatatype.XSDinteger));
        dataset.addLiteral(VOID.distinctSubjects, m.createTypedLiteral(
                stats.getLiteral("subjects").getLong(), XSDDatatype.XSDinteger));
        dataset.addLiteral(VOID.properties, m.createTypedLiteral(
                stats.getLiteral("properties").getLong(), XSDDatatype.XSDinteger));
        dataset.addLiteral(VOID.distinctObjects, m.createTypedLiteral(
                stats.getLiteral("objects").getLong(), XSDDatatype.XSDinteger));
        QuerySolution classes = site.select("void-class-count.rq").get(0);
        dataset.addLiteral(VOID.classes, m.createTypedLiteral(
                classes.getLiteral("classes").getLong(), XSDDatatype.XSDinteger));
        dataset.addLiteral(VOID.entities, m.createTypedLiteral(
                (long) site.documentPaths().size(), XSDDatatype.XSDinteger));
        SortedSet<String> vocabularies = new TreeSet<>();
        for (QuerySolution row : site.select("void-classes.rq")) {
            Resource term = row.getResource("term");
            if (term.isURIResource() && term.getNameSpace() != null && !term.getNameSpace().isEmpty()) {
                vocabularies.add(term.getNameSpace());
            }
        }
        for (String ns : vocabularies) {
            dataset.addProperty(VOID.vocabulary, m.createResource(ns));
        }
    }

    /** The validation outcome as DQV measurements of metrics defined in this same document. */
    private static void quality(RegisterSite site, Model m, String doc, Resource dataset) {
        ValidationFindings findings = site.findings();
        if (!findings.validated()) {
            return;
        }
        Resource dimension = m.createResource(doc + "#conformite-shacl")
                .addProperty(RDF.type, Dqv.Dimension)
                .addProperty(SKOS.prefLabel, "Conformité aux formes SHACL du projet", "fr")
                .addProperty(SKOS.prefLabel, "Conformance to the project's SHACL shapes", "en");
        measure(m, doc, dataset, dimension, "conforme", "Conforme (aucune violation)", "Conforms (no violation)",
                m.createTypedLiteral(findings.passes()), XSD.xboolean);
        measure(m, doc, dataset, dimension, "violations", "Nombre de violations", "Number of violations",
                m.createTypedLiteral(findings.count(Level.VIOLATION), XSDDatatype.XSDinteger),
                XSD.integer);
        measure(m, doc, dataset, dimension, "avertissements", "Nombre d'avertissements", "Number of warnings",
                m.createTypedLiteral(findings.count(Level.WARNING), XSDDatatype.XSDinteger),
                XSD.integer);
        measure(m, doc, dataset, dimension, "informations", "Nombre d'informations", "Number of infos",
                m.createTypedLiteral(findings.count(Level.INFO), XSDDatatype.XSDinteger),
                XSD.integer);
    }

    private static void measure(Model m, String doc, Resource dataset, Resource dimension, String name, String fr,
            String en, org.apache.jena.rdf.model.Literal value, Resource type) {
        Resource metric = m.createResource(doc + "#metrique-" + name)
                .addProperty(RDF.type, Dqv.Metric)
                .addProperty(SKOS.prefLabel, fr, "fr").addProperty(SKOS.prefLabel, en, "en")
                .addProperty(Dqv.expectedDataType, type)
                .addProperty(Dqv.inDimension, dimension);
        Resource measurement = m.createResource(doc + "#mesure-" + name)
                .addProperty(RDF.type, Dqv.QualityMeasurement)
                .addProperty(Dqv.computedOn, dataset)
                .addProperty(Dqv.isMeasurementOf, metric)
                .addLiteral(Dqv.value, value);
        dataset.addProperty(Dqv.hasQualityMeasurement, measurement);
    }
}
