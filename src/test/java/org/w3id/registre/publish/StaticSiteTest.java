package org.w3id.registre.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.vocabulary.RDF;
import org.w3id.registre.core.Reg;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.registre.core.RegistreException;

/** The static export of the fixture: what it holds, and that every internal link resolves inside the folder. */
class StaticSiteTest {

    @TempDir
    Path temp;

    private static RegisterSite fixture(BaseUri base) {
        return new RegisterSite(base.rebase(TestSite.fixtureGraph()), base, TestSite.fixtureFindings());
    }

    @Test
    void exportHoldsEveryPageAndDocumentAndItsLinksResolve() throws IOException {
        Path out = temp.resolve("site");
        StaticSite.Result result = new StaticSite(fixture(BaseUri.defaultBase())).write(out);
        // 20 documents and the home, validation, register validation (validation/cnam), shapes and search pages, in
        // French and English, and the dataset description page; 20 documents and the shapes × 4 syntaxes.
        assertEquals(51, result.pages());
        assertEquals(84, result.rdfDocuments());
        assertEquals(51, htmlFiles(out).size());
        for (String file : List.of("index.html", "en/index.html", "validation.html", "en/validation.html",
                "validation/cnam.html", "en/validation/cnam.html",
                "cnam/finalite/02-01.html", "en/cnam/finalite/02-01.html", "cnam/finalite/02-01.ttl",
                "ontologie.html", "ontologie.jsonld", ".well-known/void", ".well-known/void.ttl", ".well-known/void.html",
                "download/registre.ttl", "download/registre.jsonld", "download/registre.nt", "download/registre.rdf",
                "recherche.html", "en/search.html", "recherche.js", "recherche-index.json", "shapes.html",
                "en/shapes.html", "shapes.ttl", "shapes.jsonld", "shapes.nt", "shapes.rdf")) {
            assertTrue(Files.isRegularFile(out.resolve(file)), file);
        }
        assertLinksResolveInside(out);
        Model dump = RDFDataMgr.loadModel(out.resolve("download/registre.nt").toString());
        assertTrue(dump.isIsomorphicWith(TestSite.fixtureGraph()));
        String page = Files.readString(out.resolve("cnam/finalite/02-01.html"));
        assertFalse(page.contains("Ouvrir dans SPARQL"), "no query UI without a server");
        assertTrue(page.contains("href=\"../mission/02.html\""), "relative link to the mission");
        // No temporary folder left beside the export.
        try (Stream<Path> beside = Files.list(temp)) {
            assertEquals(List.of(out), beside.toList());
        }
    }

    @Test
    void exportUnderAnotherBaseMovesTheRegisterNotTheVocabulary() throws IOException {
        BaseUri other = new BaseUri("https://example.org/rgpd/");
        Path out = temp.resolve("ailleurs");
        new StaticSite(fixture(other)).write(out);
        Model dump = RDFDataMgr.loadModel(out.resolve("download/registre.ttl").toString());
        assertEquals(TestSite.fixtureGraph().size(), dump.size());
        assertTrue(dump.contains(dump.createResource("https://example.org/rgpd/cnam/finalite/02-01"), RDF.type,
                dump.createResource(Reg.NS + "Finalite")));
        // What is left under the default base is the vocabulary only (the reg: ontology), which has its own home.
        dump.listStatements().forEach(s -> {
            for (RDFNode n : List.of(s.getSubject(), s.getPredicate(), s.getObject())) {
                if (n.isURIResource() && n.asResource().getURI().startsWith(BaseUri.DEFAULT)) {
                    assertTrue(Reg.isVocabulary(n.asResource().getURI()), s.toString());
                }
            }
        });
        assertEquals(Reg.NS, dump.getNsPrefixURI("reg"));
        assertFalse(Files.exists(out.resolve("ontologie.html")), "the ontology is not republished under the base");
        // The shapes page is the site's own, on every base: the validation results link to it. The shapes keep
        // their IRIs (vocabulary), which the page names.
        assertTrue(Files.readString(out.resolve("shapes.html")).contains("<code>https://w3id.org/registre/shapes</code>"));
        assertTrue(Files.isRegularFile(out.resolve("shapes.ttl")));
        Model description = RDFDataMgr.loadModel(out.resolve(".well-known/void.ttl").toString());
        assertTrue(description.contains(null, description.createProperty("http://rdfs.org/ns/void#uriSpace"),
                "https://example.org/rgpd/"));
        assertTrue(Files.readString(out.resolve("cnam/mission/01.html"))
                .contains("<code>https://example.org/rgpd/cnam/mission/01</code>"));
        assertLinksResolveInside(out);
    }

    @Test
    void aFolderThatIsNotAnExportIsLeftAlone() throws IOException {
        Path out = temp.resolve("occupe");
        Files.createDirectories(out);
        Files.writeString(out.resolve("notes.txt"), "à garder");
        RegistreException e = assertThrows(RegistreException.class,
                () -> new StaticSite(fixture(BaseUri.defaultBase())).write(out));
        assertTrue(e.getMessage().contains("rien n'a été écrit / folder is not empty"), e.getMessage());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of(out.resolve("notes.txt")), files.toList());
        }
        try (Stream<Path> beside = Files.list(temp)) {
            assertEquals(List.of(out), beside.toList());
        }
    }

    @Test
    void aPreviousExportIsReplacedWhole() throws IOException {
        Path out = temp.resolve("site");
        new StaticSite(fixture(BaseUri.defaultBase())).write(out);
        Files.writeString(out.resolve("cnam/obsolete.html"), "ancienne page");
        new StaticSite(fixture(BaseUri.defaultBase())).write(out);
        assertFalse(Files.exists(out.resolve("cnam/obsolete.html")));
        assertEquals(51, htmlFiles(out).size());
    }

    @Test
    void badBaseUriIsRefusedWithItsReason() {
        for (String bad : List.of("w3id.org/registre/", "https://w3id.org/registre", "ftp://x.org/",
                "https://w3id.org/r/?a=1")) {
            RegistreException e = assertThrows(RegistreException.class, () -> new BaseUri(bad), bad);
            assertTrue(e.getMessage().startsWith("--base-uri " + bad), e.getMessage());
        }
    }

    static List<Path> htmlFiles(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    /**
     * Every relative link of every page names a file of the folder (and, with a fragment, an element id in it), and
     * every page is accessible HTML (the static search pages with their one deferred script).
     */
    static void assertLinksResolveInside(Path dir) throws IOException {
        List<String> broken = new ArrayList<>();
        java.util.Map<Path, java.util.Set<String>> ids = new java.util.HashMap<>();
        int checked = 0;
        for (Path file : htmlFiles(dir)) {
            Document doc = PageChecks.parse(Files.readString(file), file.toUri().toString());
            String relative = dir.relativize(file).toString();
            PageChecks.assertAccessible(doc, file.toString(), relative.equals("recherche.html")
                    || relative.equals("en/search.html"));
            for (Element link : doc.select("a[href], link[href]")) {
                String href = link.attr("href");
                if (href.startsWith("http:") || href.startsWith("https:")) {
                    continue;
                }
                assertFalse(href.startsWith("/"), file + " has a root-relative link " + href);
                String target = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
                String fragment = href.contains("#") ? href.substring(href.indexOf('#') + 1) : null;
                Path resolved = target.isEmpty() ? file : file.getParent().resolve(target).normalize();
                checked++;
                if (!resolved.startsWith(dir) || !Files.isRegularFile(resolved)) {
                    broken.add(dir.relativize(file) + " → " + href);
                } else if (fragment != null && resolved.toString().endsWith(".html")
                        && !ids.computeIfAbsent(resolved, StaticSiteTest::ids).contains(fragment)) {
                    broken.add(dir.relativize(file) + " → " + href + " (no such id)");
                }
            }
        }
        assertTrue(checked > 0);
        assertEquals(List.of(), broken);
    }

    private static java.util.Set<String> ids(Path html) {
        try {
            return new java.util.HashSet<>(org.jsoup.Jsoup.parse(Files.readString(html)).select("[id]").eachAttr("id"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
