package org.w3id.registre.publish;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.w3id.registre.core.DcatVersions;
import org.w3id.registre.core.Prov;

/**
 * The part of the dataset description about each register and each of its editions: one DCAT dataset per register
 * (its own graph, part of the whole), and one per edition, a version of it. The project publishes all of them, as it
 * publishes the whole graph; each controller publishes the document its register was read from.
 */
final class RegisterDatasets {

    private RegisterDatasets() {
    }

    /**
     * One dataset per register, part of the whole graph: the register's own graph (what {@code serve} keeps in the
     * named graph of the register's IRI), derived from the document its controller published, downloadable on its
     * own.
     */
    static void describe(RegisterSite site, String doc, Resource whole, Resource catalogue,
            DatasetDescription.Publisher by) {
        Model m = whole.getModel();
        for (String iri : site.registers()) {
            String org = site.base().path(iri).orElseThrow();
            org = org.substring(0, org.length() - "/registre".length());
            Resource register = m.createResource(iri);
            String fr = site.label(site.resource(iri), Langue.FR).text();
            String en = site.label(site.resource(iri), Langue.EN).text();
            String controller = controllerName(site, iri).orElse(org);
            Resource dataset = common(m.createResource(doc + "#registre-" + org), by)
                    .addProperty(RDF.type, VOID.Dataset)
                    .addProperty(DCTerms.title, fr + " — graphe de connaissances", "fr")
                    .addProperty(DCTerms.title, en + " — knowledge graph", "en")
                    .addProperty(DCTerms.description, "Le registre des activités de traitement (article 30 du RGPD) "
                            + "publié par " + controller + ", lu et aligné sur W3C DPV par le projet Registre ; "
                            + "ce que le projet ajoute est marqué comme sa lecture.", "fr")
                    .addProperty(DCTerms.description, "The record of processing activities (GDPR Article 30) "
                            + "published by " + controller + ", read and aligned with W3C DPV by the Registre "
                            + "project; what the project adds is marked as its reading.", "en")
                    .addProperty(DCTerms.accrualPeriodicity, DcatApVocabulary.FREQUENCY_IRREGULAR)
                    // The register's IRI dereferences to its page: the landing page a portal links to.
                    .addProperty(DCAT.landingPage, register.addProperty(RDF.type, FOAF.Document))
                    .addProperty(VOID.rootResource, register)
                    .addProperty(DCTerms.subject, register)
                    .addProperty(DCTerms.isPartOf, whole);
            whole.addProperty(DCTerms.hasPart, dataset).addProperty(VOID.subset, dataset);
            catalogue.addProperty(DCAT.dataset, dataset);
            for (QuerySolution row : site.select("source-document.rq")) {
                if (row.getResource("registre").getURI().equals(iri) && row.contains("source")) {
                    dataset.addProperty(Prov.wasDerivedFrom, row.getResource("source").inModel(m));
                }
            }
            editions(site, register, dataset, fr, en, by);
            for (RdfFormat f : RdfFormat.rdf()) {
                Resource dump = m.createResource(site.base().iri(site.registerDumpPath(iri, f)));
                dataset.addProperty(VOID.dataDump, dump);
                Resource distribution = m.createResource(doc + "#registre-" + org + "-telechargement-" + f.extension)
                        .addProperty(RDF.type, DCAT.Distribution)
                        .addProperty(DCTerms.title, org + "/registre." + f.extension + " (" + f.label() + ")")
                        .addProperty(DCTerms.description, "Le graphe de ce registre seul (sans l'ontologie ni les "
                                + "textes juridiques partagés) en " + f.label() + ".", "fr")
                        .addProperty(DCTerms.description, "This register's graph alone (without the ontology and "
                                + "the shared legal texts) in " + f.label() + ".", "en")
                        .addProperty(DCAT.accessURL, dump)
                        .addProperty(DCAT.downloadURL, dump)
                        .addProperty(DCAT.mediaType, DcatApVocabulary.mediaType(f))
                        .addProperty(DCTerms.format, DcatApVocabulary.fileType(f))
                        .addProperty(DcatApVocabulary.availability, DcatApVocabulary.AVAILABILITY_AVAILABLE);
                if (by.licence() != null) {
                    distribution.addProperty(DCTerms.license, by.licence());
                }
                dataset.addProperty(DCAT.distribution, distribution);
            }
        }
    }

    /** What every dataset of the project states: who publishes it, whom to contact, its languages, place, theme. */
    private static Resource common(Resource dataset, DatasetDescription.Publisher by) {
        dataset.addProperty(RDF.type, DCAT.Dataset)
                .addProperty(DCTerms.publisher, by.project())
                .addProperty(DCTerms.creator, by.project())
                .addProperty(DCAT.contactPoint, by.contact())
                .addProperty(DCTerms.language, DcatApVocabulary.LANGUAGE_FRENCH)
                .addProperty(DCTerms.language, DcatApVocabulary.LANGUAGE_ENGLISH)
                .addProperty(DCTerms.spatial, DcatApVocabulary.COUNTRY_FRANCE)
                .addProperty(DCAT.theme, DcatApVocabulary.THEME_GOVERNMENT)
                .addProperty(DCTerms.accessRights, DcatApVocabulary.ACCESS_PUBLIC);
        DatasetDescription.keywords(dataset);
        if (by.licence() != null) {
            dataset.addProperty(DCTerms.license, by.licence());
        }
        return dataset;
    }

    /**
     * The editions of a register read from a folder of editions (README "Éditions"): each a version of the register's
     * dataset, with its date and the one before it; the SPARQL endpoint serves each as the named graph of its IRI.
     * Its temporal coverage is the time it was the register in force: from its date to the next edition's (open
     * for the latest). Its landing page is its own page, which its IRI dereferences to.
     */
    private static void editions(RegisterSite site, Resource register, Resource dataset, String fr, String en,
            DatasetDescription.Publisher by) {
        Model m = dataset.getModel();
        Resource served = site.resource(register.getURI());
        Resource current = served.getPropertyResourceValue(DcatVersions.hasCurrentVersion);
        List<Resource> editions = new ArrayList<>();
        for (Statement s : served.listProperties(DcatVersions.hasVersion).toList()) {
            editions.add(s.getResource());
        }
        editions.sort(Comparator.comparing(Resource::getURI));
        for (int i = 0; i < editions.size(); i++) {
            Resource e = editions.get(i);
            String date = e.hasProperty(DcatVersions.version) ? e.getProperty(DcatVersions.version).getString()
                    : e.getURI();
            Resource edition = common(m.createResource(e.getURI()), by)
                    .addProperty(DCTerms.title, fr + " — édition du " + date, "fr")
                    .addProperty(DCTerms.title, en + " — edition of " + date, "en")
                    .addProperty(DCTerms.description, "Le registre tel que publié le " + date + " ; ses déclarations"
                            + " sont le graphe nommé de cette IRI au point d'accès SPARQL.", "fr")
                    .addProperty(DCTerms.description, "The register as published on " + date + "; its statements"
                            + " are the named graph of this IRI at the SPARQL endpoint.", "en")
                    .addProperty(DcatVersions.isVersionOf, dataset);
            if (site.answers(e.getURI())) {
                edition.addProperty(DCAT.landingPage, m.createResource(e.getURI()).addProperty(RDF.type,
                        FOAF.Document));
            }
            if (e.hasProperty(DcatVersions.version)) {
                edition.addProperty(DcatVersions.version, date)
                        .addProperty(DCTerms.issued, date, XSDDatatype.XSDdate);
                Resource period = m.createResource().addProperty(RDF.type, DCTerms.PeriodOfTime)
                        .addProperty(DCAT.startDate, date, XSDDatatype.XSDdate);
                if (i + 1 < editions.size() && editions.get(i + 1).hasProperty(DcatVersions.version)) {
                    period.addProperty(DCAT.endDate, editions.get(i + 1).getProperty(DcatVersions.version)
                            .getString(), XSDDatatype.XSDdate);
                }
                edition.addProperty(DCTerms.temporal, period);
            }
            Resource previous = e.getPropertyResourceValue(DcatVersions.previousVersion);
            if (previous != null) {
                edition.addProperty(DcatVersions.previousVersion, m.createResource(previous.getURI()));
            }
            dataset.addProperty(DcatVersions.hasVersion, edition);
            if (e.equals(current)) {
                dataset.addProperty(DcatVersions.hasCurrentVersion, edition);
            }
        }
    }

    /** The controller's name as the register states it (its publisher's French label), if it does. */
    private static Optional<String> controllerName(RegisterSite site, String register) {
        return site.select("source-document.rq").stream()
                .filter(row -> row.getResource("registre").getURI().equals(register) && row.contains("publisherName"))
                .map(row -> row.getLiteral("publisherName").getLexicalForm()).findFirst();
    }
}
