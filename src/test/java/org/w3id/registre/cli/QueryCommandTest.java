package org.w3id.registre.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.resultset.ResultsCompare;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.registre.cli.Registre;
import org.w3id.registre.store.RegisterStore;
import org.w3id.registre.core.RegisterFiles;

import picocli.CommandLine;

/** {@code registre query}: the formats, {@code --list}, parameters bound as terms, and the errors that exit 2. */
class QueryCommandTest {

    record Run(int code, String out, String err) {
    }

    /** The bundled register, loaded once for the class: each run would load it again. */
    static DatasetGraph shared;

    @BeforeAll
    static void loadOnce() {
        shared = RegisterStore.inMemory(RegisterFiles.loadBundled());
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        // The query command gets the loaded register; every other command is made as usual.
        var cli = Registre.commandLine(new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                return cls == QueryCommand.class ? cls.cast(new QueryCommand(() -> shared))
                        : CommandLine.defaultFactory().create(cls);
            }
        });
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    static ResultSetRewindable rows(String text, Lang lang) {
        return ResultSetFactory.makeRewindable(ResultSetMgr.read(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), lang));
    }

    static ResultSetRewindable golden(String file) throws Exception {
        try (InputStream in = Files.newInputStream(Path.of("queries", file))) {
            return ResultSetFactory.makeRewindable(ResultSetMgr.read(in, ResultSetLang.RS_TSV));
        }
    }

    static List<String> column(ResultSetRewindable rs, String var) {
        List<String> values = new ArrayList<>();
        rs.reset();
        rs.forEachRemaining(qs -> values.add(qs.get(var).toString()));
        return values;
    }

    @Test
    void listGivesOneLinePerQueryWithItsFrenchTitle() {
        Run r = run("query", "--list");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(21, lines.size());
        assertEquals("01-finalites-par-mission\tNombre de finalités et de sous-finalités par mission\t"
                + "Number of finalités and sous-finalités per mission", lines.get(0));
        assertEquals("07-finalites-par-article\tFinalités qui s'appuient sur un article donné (cité seul, en plage, « et"
                + " suivants » ou par une de ses subdivisions)\tFinalités relying on a given article (cited alone, in a"
                + " range, \"et suivants\" or through one of its subdivisions)",
                lines.get(6));
        assertEquals("16-finalites-par-personne-concernee\tFinalités par catégorie de personnes concernées (lecture du"
                + " projet)\tFinalités by category of data subjects (the project's reading)", lines.get(15));
        assertEquals("21-recherche-plein-texte\tFinalités et sous-finalités dont le libellé français contient des mots"
                + " (recherche plein texte : accents, pluriels et mots vides traités)\tFinalités and sous-finalités whose"
                + " French label contains words (full-text search: accents, plurals and stop words handled)",
                lines.get(20));
    }

    @Test
    void tsvAndJsonGiveTheGoldenRows() throws Exception {
        Run tsv = run("query", "07-finalites-par-article", "--format", "tsv");
        assertEquals(0, tsv.code(), tsv.err());
        assertTrue(ResultsCompare.equalsByTermAndOrder(golden("07-finalites-par-article.expected.tsv"),
                rows(tsv.out(), ResultSetLang.RS_TSV)));
        Run json = run("query", "finalites-par-article", "--format", "json");
        assertEquals(0, json.code(), json.err());
        assertTrue(ResultsCompare.equalsByTermAndOrder(golden("07-finalites-par-article.expected.tsv"),
                rows(json.out(), ResultSetLang.RS_JSON)));
    }

    @Test
    void anArticleParameterIsBoundAsAnIri() {
        // L. 315-1 is printed in 9 finalités' fondements: source lines 142, 149, 170, 177, 225, 309, 316, 323, 330.
        Run r = run("query", "07", "--param", "article=https://w3id.org/registre/droit/css/L315-1", "--format", "tsv");
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("01-04", "01-05", "01-08", "01-09", "02-02", "03-01", "03-02", "03-03", "03-04"),
                column(rows(r.out(), ResultSetLang.RS_TSV), "identifiant"));
        // An article that only starts a range: found through the range "L. 434-1 à L. 434-21" (02-04).
        Run range = run("query", "07", "--param", "article=<https://w3id.org/registre/droit/css/L434-1>",
                "--format", "tsv");
        assertEquals(0, range.code(), range.err());
        ResultSetRewindable rs = rows(range.out(), ResultSetLang.RS_TSV);
        assertEquals(List.of("02-04"), column(rs, "identifiant"));
        assertEquals(List.of("https://w3id.org/registre/droit/css/L434-1-a-L434-21"), column(rs, "citation"));
    }

    @Test
    void aWordParameterIsBoundAsALiteralNeverSpliced() {
        Run csv = run("query", "08", "--param", "mot=FRAUDE", "--format", "csv");
        assertEquals(0, csv.code(), csv.err());
        List<String> lines = csv.out().lines().toList();
        assertEquals("identifiant,rang,sousFinalite,libelle", lines.get(0));
        assertEquals(15, lines.size());
        assertTrue(lines.get(1).startsWith("03-02,1,https://w3id.org/registre/cnam/finalite/03-02/sous-finalite/1,"));
        // Text that would change the query if pasted into it is just a word that no label contains.
        Run injection = run("query", "08", "--param", "mot=\")) } UNION { ?s ?p ?o FILTER(true", "--format", "csv");
        assertEquals(0, injection.code(), injection.err());
        assertEquals(List.of("identifiant,rang,sousFinalite,libelle"), injection.out().lines().toList());
    }

    @Test
    void tableIsTheDefaultForRows() {
        Run r = run("query", "09");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        // A text table: a rule, the header, a double rule, one row, a rule.
        assertEquals(5, lines.size());
        assertTrue(lines.get(1).startsWith("| finalite "), lines.get(1));
        assertTrue(lines.get(3).contains("\"10-01\"") && lines.get(3).contains("\"2023-01-31\"^^xsd:date"),
                lines.get(3));
    }

    @Test
    void aGraphIsTurtleByDefaultAndJsonLdOnRequest() {
        Model expected = RDFDataMgr.loadModel("queries/12-fiche-finalite.expected.ttl");
        Run turtle = run("query", "12-fiche-finalite");
        assertEquals(0, turtle.code(), turtle.err());
        Model got = ModelFactory.createDefaultModel();
        RDFParser.fromString(turtle.out(), Lang.TURTLE).parse(got);
        assertTrue(expected.isIsomorphicWith(got));
        Run jsonld = run("query", "12", "--format", "json");
        assertEquals(0, jsonld.code(), jsonld.err());
        Model fromJsonLd = ModelFactory.createDefaultModel();
        RDFParser.fromString(jsonld.out(), Lang.JSONLD).parse(fromJsonLd);
        assertTrue(expected.isIsomorphicWith(fromJsonLd));
    }

    @Test
    void aQueryFileOfOnesOwn(@TempDir Path tmp) throws Exception {
        Path file = Files.writeString(tmp.resolve("missions-support.rq"), """
                # titre: Missions supports
                # title: Support missions
                # rgpd: Art. 30(1)(b)
                PREFIX reg: <https://w3id.org/registre/ontologie#>
                PREFIX dct: <http://purl.org/dc/terms/>
                SELECT ?code WHERE { ?m a reg:MissionSupport ; dct:identifier ?code } ORDER BY ?code
                """);
        Run r = run("query", file.toString(), "--format", "tsv");
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("?code", "\"11\"", "\"12\"", "\"13\"", "\"14\"", "\"15\"", "\"16\""),
                r.out().lines().toList());
    }

    @Test
    void errorsExitWithTwoAndSayWhatWasExpected() {
        Run unknownParam = run("query", "07", "--param", "texte=x");
        assertEquals(2, unknownParam.code());
        assertEquals("registre : 07-finalites-par-article : paramètre inconnu / unknown parameter « texte » ;"
                + " attendus / expected: article", unknownParam.err().strip());

        Run badIri = run("query", "07", "--param", "article=pas une IRI");
        assertEquals(2, badIri.code());
        assertEquals("registre : paramètre / parameter article=pas une IRI : attendu / expected IRI absolue /"
                + " absolute IRI", badIri.err().strip());

        Run noEquals = run("query", "07", "--param", "article");
        assertEquals(2, noEquals.code());
        assertTrue(noEquals.err().contains("attendu nom=valeur / expected name=value"), noEquals.err());

        Run unfit = run("query", "12", "--format", "csv");
        assertEquals(2, unfit.code());
        assertTrue(unfit.err().contains("--format csv ne convient pas à un graphe / a graph"), unfit.err());
        assertEquals("", unfit.out());

        Run unknown = run("query", "99-inconnue");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("« 99-inconnue » : ni une requête du catalogue ni un fichier .rq"),
                unknown.err());

        Run nothing = run("query");
        assertEquals(2, nothing.code());
        assertTrue(nothing.err().contains("attendu un nom de requête, un fichier .rq ou --list"), nothing.err());
    }

    @Test
    void aBadQueryFileNamesFileAndLine(@TempDir Path tmp) throws Exception {
        Path noHeader = Files.writeString(tmp.resolve("sans-entete.rq"), "SELECT * WHERE { ?s ?p ?o }\n");
        Run r1 = run("query", noHeader.toString());
        assertEquals(2, r1.code());
        assertTrue(r1.err().contains(noHeader + ":1 : en-tête incomplet, attendu « # titre: … »"), r1.err());

        Path badSparql = Files.writeString(tmp.resolve("casse.rq"), """
                # titre: t
                # title: t
                # rgpd: r
                SELECT * WHERE { ?s ?p
                """);
        Run r2 = run("query", badSparql.toString());
        assertEquals(2, r2.code());
        assertEquals("registre : " + badSparql + ":4 : SPARQL invalide / invalid SPARQL: Encountered \"<EOF>\" at"
                + " line 4, column 23.", r2.err().strip());
    }
}
