package org.w3id.registre.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The home page embeds the dataset's schema.org description, and it says what the DCAT description says. */
class SchemaOrgDatasetTest {

    static final String S = SchemaOrgDataset.SCHEMA;

    @Test
    void theHomePageCarriesTheDatasetAsSchemaOrgJsonLd() {
        RegisterSite site = new RegisterSite(BaseUri.defaultBase().rebase(TestSite.fixtureGraph()),
                BaseUri.defaultBase(), TestSite.fixtureFindings());
        for (Langue l : Langue.values()) {
            String page = new Pages(site).home(l, SiteLinks.staticFrom("index.html"));
            Element script = Jsoup.parse(page).selectFirst("head script[type=application/ld+json]");
            assertTrue(script != null, "JSON-LD in the head");
            Model m = ModelFactory.createDefaultModel();
            RDFParser.create().source(new StringReader(script.data())).lang(Lang.JSONLD).parse(m);

            Resource dataset = m.listSubjectsWithProperty(RDF.type, m.createResource(S + "Dataset")).toList().get(0);
            assertEquals("https://w3id.org/registre/.well-known/void#registre", dataset.getURI());
            assertEquals(Set.of("Registre des traitements de la Cnam, graphe de connaissances aligné DPV@fr",
                    "The Cnam register of processing, a DPV-aligned knowledge graph@en"), texts(m, dataset, "name"));
            assertEquals(2, texts(m, dataset, "description").size());
            assertEquals(Set.of("https://w3id.org/registre/"), texts(m, dataset, "url"));
            assertEquals(Set.of("en", "fr"), texts(m, dataset, "inLanguage"));
            Set<String> downloads = new TreeSet<>();
            for (RDFNode d : m.listObjectsOfProperty(dataset, p(m, "distribution")).toList()) {
                Resource r = d.asResource();
                assertTrue(r.hasProperty(RDF.type, m.createResource(S + "DataDownload")));
                downloads.add(texts(m, r, "contentUrl").iterator().next() + " "
                        + texts(m, r, "encodingFormat").iterator().next());
            }
            assertEquals(new TreeSet<>(Set.of(
                    "https://w3id.org/registre/download/registre.jsonld application/ld+json",
                    "https://w3id.org/registre/download/registre.nt application/n-triples",
                    "https://w3id.org/registre/download/registre.rdf application/rdf+xml",
                    "https://w3id.org/registre/download/registre.ttl text/turtle")), downloads);
            assertFalse(script.data().contains("</"));
        }
    }

    @Test
    void itIsDerivedFromTheDcatDescriptionNotWrittenByHand() {
        RegisterSite site = new RegisterSite(BaseUri.defaultBase().rebase(TestSite.fixtureGraph()),
                BaseUri.defaultBase(), TestSite.fixtureFindings());
        Model dcat = DatasetDescription.build(site, Optional.empty());
        // Change the DCAT title: the schema.org name follows.
        Resource ds = dcat.getResource("https://w3id.org/registre/.well-known/void#registre");
        dcat.removeAll(ds, dcat.createProperty("http://purl.org/dc/terms/title"), null);
        ds.addProperty(dcat.createProperty("http://purl.org/dc/terms/title"), "Autre titre", "fr");
        Model schema = SchemaOrgDataset.of(dcat);
        assertEquals(Set.of("Autre titre@fr"), texts(schema, schema.getResource(ds.getURI()), "name"));
    }

    private static Property p(Model m, String local) {
        return m.createProperty(S + local);
    }

    private static Set<String> texts(Model m, Resource r, String local) {
        Set<String> out = new TreeSet<>();
        for (RDFNode n : m.listObjectsOfProperty(r, p(m, local)).toList()) {
            out.add(n.isLiteral() ? n.asLiteral().getLexicalForm()
                    + (n.asLiteral().getLanguage().isEmpty() ? "" : "@" + n.asLiteral().getLanguage())
                    : n.asResource().getURI());
        }
        return out;
    }
}
