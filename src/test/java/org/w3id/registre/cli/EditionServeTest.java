package org.w3id.registre.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.registre.core.Reg;
import org.w3id.registre.diff.EditedCnamDocument;
import org.w3id.registre.publish.BaseUri;
import org.w3id.registre.store.EditionGraphs;

/**
 * {@code serve --data DIR} on a folder of two editions (the bundled Cnam document, then EditionDiffTest's edited
 * copy): the register served is the latest edition, each edition is the named graph of its IRI, with its DCAT links.
 */
class EditionServeTest {

    static final String REGISTRE = Reg.BASE + "cnam/registre";
    static final String FIRST = REGISTRE + "/edition/2026-01-15";
    static final String SECOND = REGISTRE + "/edition/2026-06-15";

    @TempDir
    static Path tmp;
    static DatasetGraph served;

    @BeforeAll
    static void serveTwoEditions() throws Exception {
        Path dir = tmp.resolve("registre-cnam");
        EditionImportTest.run(0, "import", EditedCnamDocument.SOURCE.toString(), "--edition", "2026-01-15", "--out",
                dir.toString());
        EditionImportTest.run(0, "import", EditedCnamDocument.write(tmp).toString(), "--edition", "2026-06-15",
                "--out", dir.toString());
        // As serve does it.
        DataOption data = new DataOption();
        data.data = List.of(dir);
        List<EditionGraphs.Loaded> editions = data.editions();
        Model original = data.load();
        BaseUri base = BaseUri.defaultBase();
        served = ServeCommand.inMemory(base.rebase(original), base, editions,
                new PrintStream(OutputStream.nullOutputStream()));
    }

    static List<String> select(String query, String... vars) {
        List<String> rows = new ArrayList<>();
        Dataset ds = DatasetFactory.wrap(served);
        Txn.executeRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query("""
                    PREFIX dcat: <http://www.w3.org/ns/dcat#>
                    PREFIX dct: <http://purl.org/dc/terms/>
                    PREFIX reg: <https://w3id.org/registre/ontologie#>
                    """ + query).build()) {
                qe.execSelect().forEachRemaining((QuerySolution s) -> {
                    List<String> cells = new ArrayList<>();
                    for (String v : vars) {
                        cells.add(!s.contains(v) ? "-" : cell(s.get(v)));
                    }
                    rows.add(String.join(" ", cells));
                });
            }
        });
        return rows;
    }

    @Test
    void eachEditionIsANamedGraphBesideTheRegisterAndTheLaw() {
        assertEquals(List.of(REGISTRE, FIRST, SECOND, Reg.BASE + "droit"),
                select("SELECT DISTINCT ?g { GRAPH ?g { } } ORDER BY ?g", "g"));
    }

    @Test
    void theEditionsAndTheirLinks() {
        assertEquals(List.of(
                FIRST + " 2026-01-15 2026-01-15^^xsd:date -",
                SECOND + " 2026-06-15 2026-06-15^^xsd:date " + FIRST),
                select("SELECT ?e ?v ?issued ?prev { ?e a dcat:Dataset ; dcat:isVersionOf <" + REGISTRE + "> ;"
                        + " dcat:version ?v ; dct:issued ?issued OPTIONAL { ?e dcat:previousVersion ?prev } }"
                        + " ORDER BY ?e", "e", "v", "issued", "prev"));
        assertEquals(List.of(FIRST + " " + SECOND, SECOND + " " + SECOND),
                select("SELECT ?all ?current { <" + REGISTRE + "> dcat:hasVersion ?all ; dcat:hasCurrentVersion"
                        + " ?current } ORDER BY ?all", "all", "current"));
    }

    @Test
    void theDefaultGraphIsTheLatestEditionAndEachGraphItsOwn() {
        String count = "SELECT (COUNT(?f) AS ?n) (SUM(IF(?id = \"07-04\", 1, 0)) AS ?removed)"
                + " (SUM(IF(?id = \"07-06\", 1, 0)) AS ?added) { %s }";
        String pattern = "?f a reg:Finalite ; dct:identifier ?id";
        assertEquals(List.of("83 0 1"), select(String.format(count, pattern), "n", "removed", "added")
                .stream().map(EditionServeTest::numbers).toList());
        assertEquals(List.of("83 1 0"), select(String.format(count, "GRAPH <" + FIRST + "> { " + pattern + " }"),
                "n", "removed", "added").stream().map(EditionServeTest::numbers).toList());
        assertEquals(List.of("83 0 1"), select(String.format(count, "GRAPH <" + SECOND + "> { " + pattern + " }"),
                "n", "removed", "added").stream().map(EditionServeTest::numbers).toList());
        // The basis letter 07-01 changed: each edition says its own.
        String letter = "SELECT ?article { GRAPH <%s> { <" + Reg.BASE + "cnam/finalite/07-01> <https://w3id.org/dpv#"
                + "hasLegalBasis>/<http://www.w3.org/2004/02/skos/core#broader> ?article } }";
        assertEquals(List.of("https://w3id.org/dpv/legal/eu/gdpr#A6-1-c"), select(String.format(letter, FIRST),
                "article"));
        assertEquals(List.of("https://w3id.org/dpv/legal/eu/gdpr#A6-1-e"), select(String.format(letter, SECOND),
                "article"));
    }

    @Test
    void whatChangedInTheSecondEditionIsItsChangeSet() {
        String chg = "PREFIX chg: <https://w3id.org/registre/changements#> ";
        assertEquals(List.of(SECOND + "/changements " + FIRST), select(chg + "SELECT ?set ?before { <" + SECOND
                + "> chg:changements ?set . ?set a chg:ChangeSet ; chg:editionAvant ?before ; chg:editionApres <"
                + SECOND + "> }", "set", "before"));
        assertEquals(List.of("1 BaseChangee 07-01", "2 TexteAjoute 07-02", "3 SousFinaliteReformulee 07-03",
                "4 FinaliteRetiree 07-04", "5 FinaliteAjoutee 07-06"),
                select(chg + "SELECT ?rang ?kind ?fin { <" + SECOND + "/changements> chg:changement ?c . ?c chg:rang"
                        + " ?rang ; a ?kind ; chg:finalite ?fin FILTER(?kind != chg:Change) } ORDER BY ?rang", "rang",
                        "kind", "fin").stream().map(r -> numbers(r).replace("https://w3id.org/registre/changements#",
                        "")).toList());
        assertEquals(List.of("0"), select(chg + "SELECT (COUNT(*) AS ?n) { ?s chg:editionApres <" + FIRST + "> }",
                "n").stream().map(EditionServeTest::numbers).toList());
    }

    /** An IRI as it is, a literal by its lexical form, with its datatype when it is a date. */
    static String cell(org.apache.jena.rdf.model.RDFNode n) {
        if (!n.isLiteral()) {
            return n.toString();
        }
        return n.asLiteral().getLexicalForm() + (n.asLiteral().getDatatypeURI().endsWith("#date") ? "^^xsd:date" : "");
    }

    /** "83"^^xsd:integer → 83. */
    static String numbers(String row) {
        return row.replaceAll("\\^\\^\\S+", "");
    }
}
