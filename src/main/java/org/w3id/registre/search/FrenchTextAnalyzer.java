package org.w3id.registre.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * The analysis chain of the register's full-text index, the same at indexing and at query time, built from Lucene's
 * own French components:
 *
 * <ol>
 * <li>{@link StandardTokenizer}: Unicode word boundaries (UAX #29), so "L. 114-9" gives "l", "114", "9";</li>
 * <li>{@link ElisionFilter} with Lucene's French articles: "l'information", "d’assurance" lose "l'", "d’";</li>
 * <li>{@link LowerCaseFilter}, then {@link ASCIIFoldingFilter}: "Sécurité" and "securite" meet as "securite";</li>
 * <li>{@link StopFilter} with Lucene's French stop words (the Snowball list), folded the same way, so "étant" and
 *     "etant" are both dropped; a query made only of stop words matches nothing;</li>
 * <li>{@link FrenchLightStemFilter} (Savoy's light stemmer): plurals and common inflections ("fraudes" → "fraud",
 *     "médecins" → "medecin", "contrôles" → "control").</li>
 * </ol>
 *
 * <p>What it does not do: split compounds ("vidéo" does not find "vidéosurveillance"; the prefix query "vidéo*"
 * does), nor synonyms. Lucene's own {@link FrenchAnalyzer} has no accent folding before stemming, hence this chain.
 */
public final class FrenchTextAnalyzer extends Analyzer {

    /** Lucene's French stop words, with their accent-folded forms added. */
    static final CharArraySet STOP_WORDS = foldedStopWords();

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream result = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
        result = new LowerCaseFilter(result);
        result = new ASCIIFoldingFilter(result);
        result = new StopFilter(result, STOP_WORDS);
        result = new FrenchLightStemFilter(result);
        return new TokenStreamComponents(source, result);
    }

    /** Wildcard and prefix terms ("vidéo*") are not stemmed but must still be lower-cased and folded. */
    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        TokenStream result = new ElisionFilter(in, FrenchAnalyzer.DEFAULT_ARTICLES);
        result = new LowerCaseFilter(result);
        return new ASCIIFoldingFilter(result);
    }

    private static CharArraySet foldedStopWords() {
        CharArraySet stop = new CharArraySet(FrenchAnalyzer.getDefaultStopSet(), false);
        for (Object word : FrenchAnalyzer.getDefaultStopSet()) {
            char[] chars = (char[]) word;
            char[] folded = new char[chars.length * 4];
            int length = ASCIIFoldingFilter.foldToASCII(chars, 0, folded, 0, chars.length);
            stop.add(new String(folded, 0, length));
        }
        return CharArraySet.unmodifiableSet(stop);
    }
}
