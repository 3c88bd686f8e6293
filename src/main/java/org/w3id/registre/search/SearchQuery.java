package org.w3id.registre.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;

/**
 * What a person typed in the search box, checked and turned into the Lucene query string that {@code text:query}
 * receives.
 *
 * <p>Plain words must all appear ("dossier médical" finds labels holding both words, as a search box is expected
 * to behave), while Lucene's own syntax stays available to those who want it: {@code "exact phrase"},
 * {@code OR}, {@code AND}, {@code NOT}, {@code -word}, {@code prefix*}, {@code fuzzy~}. Jena's text module parses
 * with OR as the default operator and offers no setting for it, so plain words are marked required ({@code +})
 * here; a query that already uses an operator is passed as written.
 *
 * <p>The query is parsed once with Lucene's classic parser and the register's analyzer before anything runs, so a
 * syntax error is a clear message (a client's error: 400 on the site, exit code 2 on the command line), never a
 * server error.
 */
public final class SearchQuery {

    /** The longest query accepted, in characters: a search box, not a document. */
    public static final int MAX_LENGTH = 500;

    private static final Pattern OPERATORS = Pattern.compile("(^|\\s)(AND|OR|NOT|&&|\\|\\|)(\\s|$)|(^|\\s)[+\\-!]|[()]");

    private final String typed;
    private final String lucene;
    private final boolean onlyStopWords;

    private SearchQuery(String typed, String lucene, boolean onlyStopWords) {
        this.typed = typed;
        this.lucene = lucene;
        this.onlyStopWords = onlyStopWords;
    }

    /**
     * Checks what was typed; a blank query is {@link InvalidSearchException#isEmpty() empty} (the search page then
     * shows the form alone), a malformed one an {@link InvalidSearchException} with a French and an English message.
     */
    public static SearchQuery parse(String typed) {
        String q = typed == null ? "" : typed.strip();
        if (q.isEmpty()) {
            throw InvalidSearchException.empty();
        }
        if (q.length() > MAX_LENGTH) {
            throw new InvalidSearchException(
                    "Requête trop longue : " + q.length() + " caractères, au plus " + MAX_LENGTH + ".",
                    "Query too long: " + q.length() + " characters, at most " + MAX_LENGTH + ".");
        }
        String lucene = OPERATORS.matcher(q).find() ? q : requireAll(q);
        Query parsed;
        try {
            QueryParser parser = new QueryParser(RegisterTextIndex.FIELDS.keySet().iterator().next(),
                    new FrenchTextAnalyzer());
            parser.setAllowLeadingWildcard(true);
            parsed = parser.parse(lucene);
        } catch (ParseException | RuntimeException e) {
            throw syntaxError(q, e);
        }
        boolean empty = parsed instanceof BooleanQuery b && b.clauses().isEmpty();
        return new SearchQuery(q, lucene, empty);
    }

    /** Marks every plain word and every quoted phrase as required. */
    private static String requireAll(String q) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < q.length(); i++) {
            char c = q.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            }
            if (Character.isWhitespace(c) && !quoted) {
                if (!current.isEmpty()) {
                    parts.add(current.toString());
                    current.setLength(0);
                }
            } else {
                current.append(c);
            }
        }
        if (!current.isEmpty()) {
            parts.add(current.toString());
        }
        if (quoted) {
            // An unclosed quote: left as typed, for the parser to report.
            return q;
        }
        return String.join(" ", parts.stream().map(p -> "+" + p).toList());
    }

    private static InvalidSearchException syntaxError(String q, Exception e) {
        long quotes = q.chars().filter(c -> c == '"').count();
        long open = q.chars().filter(c -> c == '(').count();
        long close = q.chars().filter(c -> c == ')').count();
        if (quotes % 2 != 0) {
            return new InvalidSearchException(
                    "Guillemet non fermé dans « " + q + " » : une expression exacte s'écrit entre deux guillemets"
                            + " (\"dossier médical\").",
                    "Unclosed quote in '" + q + "': an exact phrase goes between two quotes (\"dossier médical\").");
        }
        if (open != close) {
            return new InvalidSearchException(
                    "Parenthèses non équilibrées dans « " + q + " ».",
                    "Unbalanced parentheses in '" + q + "'.");
        }
        String detail = e.getMessage() == null ? "" : e.getMessage();
        int cut = detail.indexOf('\n');
        detail = cut > 0 ? detail.substring(0, cut) : detail;
        return new InvalidSearchException(
                "Requête de recherche mal formée « " + q + " » : un opérateur (AND, OR, NOT, +, -) doit relier des"
                        + " mots, les caractères spéciaux ( ) [ ] { } : ^ ~ * ? \\ / s'échappent par \\. Détail : "
                        + detail,
                "Malformed search query '" + q + "': an operator (AND, OR, NOT, +, -) must join words; special"
                        + " characters ( ) [ ] { } : ^ ~ * ? \\ / are escaped with \\. Detail: " + detail);
    }

    /** As typed, trimmed. */
    public String typed() {
        return typed;
    }

    /** The Lucene query string given to text:query. */
    public String lucene() {
        return lucene;
    }

    /** True when nothing is left once stop words are removed ("le", "de la"): such a query finds nothing. */
    public boolean onlyStopWords() {
        return onlyStopWords;
    }
}
