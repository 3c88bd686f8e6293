package org.w3id.registre.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.sparql.resultset.ResultsCompare;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.w3id.registre.search.RegisterTextIndex;
import org.w3id.registre.store.RegisterStore;
import org.w3id.registre.core.RegisterFiles;

/** Every catalogue query, run on the bundled register with its example parameters, gives its expected result. */
class CatalogueTest {

    static DatasetGraph dataset;
    static QueryCatalogue catalogue;

    @BeforeAll
    static void load() {
        // With the full-text index, as serve and query run it: question 15 uses text:query.
        dataset = RegisterTextIndex.inMemory(RegisterStore.inMemory(RegisterFiles.loadBundled())).dataset();
        catalogue = QueryCatalogue.bundled();
    }

    @TestFactory
    Stream<DynamicTest> everyQueryGivesItsExpectedResult() {
        return catalogue.queries().stream().map(q -> DynamicTest.dynamicTest(q.name(), () -> check(q)));
    }

    static void check(CatalogueQuery q) throws IOException {
        Query query = q.query();
        QueryAnswer answer = QueryAnswer.run(datasetFor(q), query, q.bind(Map.of()));
        if (answer.isGraph()) {
            Model expected = RDFDataMgr.loadModel(q.expectedTurtle().toString());
            assertTrue(expected.size() > 0, q.name() + ": empty expected graph");
            if (!expected.isIsomorphicWith(answer.graph())) {
                fail(q.name() + ": graph differs from " + q.expectedTurtle() + " (" + answer.graph().size()
                        + " triples, expected " + expected.size() + ")");
            }
            return;
        }
        RowSetRewindable expected;
        // Read into memory inside the try: the reader closes the stream early otherwise.
        try (InputStream in = Files.newInputStream(q.expectedTsv())) {
            expected = RowSet.adapt(ResultSetMgr.read(in, ResultSetLang.RS_TSV)).rewindable();
        }
        assertTrue(expected.size() > 0, q.name() + ": empty expected result");
        RowSetRewindable actual = answer.rows();
        boolean same = query.hasOrderBy()
                ? ResultsCompare.equalsByTermAndOrder(expected, actual)
                : ResultsCompare.equalsByTerm(expected, actual);
        if (!same) {
            expected.reset();
            actual.reset();
            fail(q.name() + ": result differs from " + q.expectedTsv() + "\nexpected:\n" + tsv(expected)
                    + "\nactual:\n" + tsv(actual));
        }
    }

    /**
     * The bundled register, or — for a question that compares registers, whose header names other registers in a
     * "# comparaison: FILE…" line — the bundled register together with them.
     */
    static DatasetGraph datasetFor(CatalogueQuery q) throws IOException {
        for (String line : q.text().lines().toList()) {
            if (line.startsWith("# comparaison:")) {
                List<Path> files = new java.util.ArrayList<>(RegisterFiles.dataFiles());
                for (String f : line.substring("# comparaison:".length()).strip().split("\\s+")) {
                    if (f.startsWith("(")) {
                        break;
                    }
                    files.add(Path.of(f));
                }
                return RegisterStore.inMemory(org.w3id.registre.core.RegisterInputs.loadWithOntology(files,
                        org.w3id.registre.template.TemplateReader::read));
            }
        }
        return dataset;
    }

    static String tsv(RowSet rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultSetMgr.write(out, org.apache.jena.query.ResultSet.adapt(rows), ResultSetLang.RS_TSV);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theCatalogueCoversTheIssue() {
        List<String> names = catalogue.queries().stream().map(CatalogueQuery::name).toList();
        assertEquals(List.of(
                "01-finalites-par-mission",
                "02-finalites-par-base-art6",
                "03-matrice-mission-base",
                "04-finalites-plusieurs-bases",
                "05-finalites-interet-legitime",
                "06-textes-les-plus-cites",
                "07-finalites-par-article",
                "08-sous-finalites-par-mot",
                "09-bases-terminees",
                "10-bases-c-e-sans-texte-national",
                "11-repartition-finalites-dpv",
                "12-fiche-finalite",
                "13-textes-par-type",
                "14-citations-tronquees",
                "15-donnees-de-sante-art9",
                "16-finalites-par-personne-concernee",
                "17-questions-par-article",
                "18-bases-par-registre",
                "19-textes-communs",
                "20-finalites-dpv-communes",
                "21-recherche-plein-texte"), names);
        CatalogueQuery article = catalogue.find("07").orElseThrow();
        assertEquals(List.of(new QueryParameter("article", QueryParameter.Type.IRI,
                "l'article de loi, p. ex. un article du Code de la sécurité sociale / the legal article, e.g. a Social"
                        + " Security Code article")), article.parameters());
        assertEquals(QueryParameter.Type.STRING, catalogue.find("08").orElseThrow().parameter("mot").type());
        assertTrue(catalogue.find("12").orElseThrow().query().isConstructType());
    }

    @Test
    void everyExpectedFileBelongsToOneQuery() throws IOException {
        Set<String> expectedFiles = new TreeSet<>();
        try (Stream<Path> files = Files.list(catalogue.dir())) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.contains(".expected."))
                    .forEach(expectedFiles::add);
        }
        Set<String> wanted = new TreeSet<>();
        for (CatalogueQuery q : catalogue.queries()) {
            Path file = q.query().isConstructType() || q.query().isDescribeType() ? q.expectedTurtle()
                    : q.expectedTsv();
            wanted.add(file.getFileName().toString());
        }
        assertEquals(wanted, expectedFiles);
    }

    @Test
    void theFiguresAddUp() {
        // Cross-checks between queries, against the document's own figures: 16 missions, 83 finalités, 531
        // sous-finalités (520 bullets as printed: 11 glued bullets split into 23 items, one note that is no item).
        RowSetRewindable perMission = QueryAnswer.run(dataset, catalogue.find("01").orElseThrow().query(), Map.of())
                .rows();
        int finalites = 0;
        int sousFinalites = 0;
        int missions = 0;
        while (perMission.hasNext()) {
            var row = perMission.next();
            missions++;
            finalites += Integer.parseInt(row.get("finalites").getLiteralLexicalForm());
            sousFinalites += Integer.parseInt(row.get("sousFinalites").getLiteralLexicalForm());
        }
        assertEquals(16, missions);
        assertEquals(83, finalites);
        assertEquals(531, sousFinalites);
    }
}
