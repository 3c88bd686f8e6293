package org.w3id.registre.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * The search of the static export, which has no server: a prebuilt index file, read by a small script in the export's
 * search page. The analysis is done here, at export time, by the same {@link FrenchTextAnalyzer} as the server's
 * index, so the script needs no stemmer: the file maps every word form of the register (lower-cased, accents folded,
 * elided) to its stem, and every stem to the resources holding it.
 *
 * <pre>
 * { "docs":  [[path, kind, label, identifier, English label], …],   kind as in {@link Kind#code}
 *   "formes": {"fraudes": "fraud", "le": "", …},         word form → stem ("" for a stop word)
 *   "racines": {"fraud": [[doc, weight], …], …} }        weight 3 in a label, 1 in a text as printed
 * </pre>
 *
 * <p>What the script cannot do that the server does: Lucene's syntax (phrases, OR, NOT, fuzzy), and a word form that
 * is in no label (it then tries the word without a final s or x); a prefix ("vidéo*") matches every form it starts.
 */
public final class StaticSearchIndex {

    /** A resource to index: its document path, kind, label, identifier. */
    public record Doc(String path, Kind kind, String label, String englishLabel, String identifier) {
    }

    private StaticSearchIndex() {
    }

    /**
     * The index file's JSON for {@code docs}, reading the indexed literals of each from {@code graph}.
     */
    public static String json(Graph graph, List<Doc> docs, Map<Doc, String> iris) {
        Map<String, String> forms = new TreeMap<>();
        Map<String, Map<Integer, Integer>> postings = new TreeMap<>();
        Map<String, String> fields = RegisterTextIndex.FIELDS;
        try (Analyzer stems = new FrenchTextAnalyzer(); Analyzer surface = new SurfaceAnalyzer()) {
            for (int d = 0; d < docs.size(); d++) {
                Node subject = NodeFactory.createURI(iris.get(docs.get(d)));
                for (Map.Entry<String, String> field : fields.entrySet()) {
                    int weight = field.getKey().startsWith("libelle") || field.getKey().equals("titre") ? 3 : 1;
                    for (Triple t : graph.find(subject, NodeFactory.createURI(field.getValue()), Node.ANY).toList()) {
                        if (!t.getObject().isLiteral()) {
                            continue;
                        }
                        String text = t.getObject().getLiteralLexicalForm();
                        for (String stem : tokens(stems, text)) {
                            postings.computeIfAbsent(stem, k -> new TreeMap<>()).merge(d, weight, Integer::sum);
                        }
                        for (String form : tokens(surface, text)) {
                            forms.computeIfAbsent(form, f -> {
                                List<String> s = tokens(stems, f);
                                return s.isEmpty() ? "" : s.get(0);
                            });
                        }
                    }
                }
            }
        }
        JsonObject root = new JsonObject();
        JsonArray docArray = new JsonArray();
        for (Doc doc : docs) {
            JsonArray a = new JsonArray();
            a.add(doc.path());
            a.add(doc.kind().code);
            a.add(doc.label());
            a.add(doc.identifier());
            a.add(doc.englishLabel());
            docArray.add(a);
        }
        root.put("docs", docArray);
        JsonObject formObject = new JsonObject();
        forms.forEach(formObject::put);
        for (Object stop : FrenchTextAnalyzer.STOP_WORDS) {
            formObject.put(new String((char[]) stop), "");
        }
        root.put("formes", formObject);
        JsonObject stemObject = new JsonObject();
        postings.forEach((stem, byDoc) -> {
            JsonArray list = new JsonArray();
            byDoc.forEach((doc, weight) -> {
                JsonArray pair = new JsonArray();
                pair.add(doc);
                pair.add(weight);
                list.add(pair);
            });
            stemObject.put(stem, list);
        });
        root.put("racines", stemObject);
        return JSON.toStringFlat(root);
    }

    static List<String> tokens(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("libelle", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The word forms as the script sees them: tokenised, elided, lower-cased, folded; no stop words, no stemming. */
    private static final class SurfaceAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream result = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
            result = new LowerCaseFilter(result);
            return new TokenStreamComponents(source, new ASCIIFoldingFilter(result));
        }
    }
}
