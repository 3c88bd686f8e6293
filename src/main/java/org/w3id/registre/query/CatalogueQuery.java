package org.w3id.registre.query;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.w3id.registre.core.RegistreException;

/**
 * One analyst question of the catalogue: a {@code queries/NN-name.rq} file whose header comment gives its French and
 * English titles, the GDPR article or register feature it serves, its parameters and an example value for each.
 *
 * <pre>
 * # titre: Finalités qui s'appuient sur un article donné
 * # title: Finalités relying on a given article
 * # rgpd: Art. 6(3) — base juridique fondée sur le droit national / legal basis laid down by national law
 * # param: article iri l'article de loi cité / the cited legal article
 * # exemple: article=https://w3id.org/registre/droit/css/L211-1
 * </pre>
 */
public final class CatalogueQuery {

    private final String name;
    private final Path file;
    private final String titre;
    private final String title;
    private final String rgpd;
    private final List<QueryParameter> parameters;
    private final Map<String, String> examples;
    private final String text;
    private final Query query;

    private CatalogueQuery(String name, Path file, String titre, String title, String rgpd,
            List<QueryParameter> parameters, Map<String, String> examples, String text, Query query) {
        this.name = name;
        this.file = file;
        this.titre = titre;
        this.title = title;
        this.rgpd = rgpd;
        this.parameters = parameters;
        this.examples = examples;
        this.text = text;
        this.query = query;
    }

    /** Reads and checks one {@code .rq} file; a bad header or bad SPARQL names the file and the line. */
    public static CatalogueQuery read(Path file) {
        String fileName = file.getFileName().toString();
        if (!fileName.endsWith(".rq")) {
            throw new RegistreException(file + " : attendu un fichier .rq / expected a .rq file");
        }
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new RegistreException(file + " : lecture impossible / cannot read: " + e.getMessage(), e);
        }
        String titre = null;
        String title = null;
        String rgpd = null;
        List<QueryParameter> parameters = new ArrayList<>();
        Map<String, String> examples = new LinkedHashMap<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length && lines[i].startsWith("#"); i++) {
            int lineNo = i + 1;
            String line = lines[i].substring(1).strip();
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue; // a plain comment line
            }
            String key = line.substring(0, colon).strip();
            String value = line.substring(colon + 1).strip();
            switch (key) {
                case "titre" -> titre = value;
                case "title" -> title = value;
                case "rgpd" -> rgpd = value;
                case "param" -> parameters.add(parameter(file, lineNo, value));
                case "exemple" -> {
                    int eq = value.indexOf('=');
                    if (eq <= 0) {
                        throw new RegistreException(file + ":" + lineNo + " : attendu / expected"
                                + " « # exemple: nom=valeur » / « # exemple: name=value »");
                    }
                    examples.put(value.substring(0, eq).strip(), value.substring(eq + 1).strip());
                }
                default -> {
                    // other comment lines with a colon are prose
                }
            }
        }
        for (String[] required : new String[][] {{"titre", titre}, {"title", title}, {"rgpd", rgpd}}) {
            if (required[1] == null || required[1].isEmpty()) {
                throw new RegistreException(file + ":1 : en-tête incomplet, attendu « # " + required[0]
                        + ": … » / incomplete header, expected « # " + required[0] + ": … »");
            }
        }
        Query query;
        try {
            query = QueryFactory.create(text, Syntax.syntaxSPARQL_11);
        } catch (QueryParseException e) {
            // The parser's first line says where and what; the list of expected tokens that follows is noise.
            throw new RegistreException(file + ":" + e.getLine() + " : SPARQL invalide / invalid SPARQL: "
                    + e.getMessage().lines().findFirst().orElse(""), e);
        }
        for (QueryParameter p : parameters) {
            // The variable itself, not a longer one that starts with the same letters (?article vs ?articles).
            if (!java.util.regex.Pattern.compile("[?$]" + p.name() + "(?![A-Za-z0-9_])").matcher(query.toString())
                    .find()) {
                throw new RegistreException(file + " : le paramètre " + p.name() + " n'apparaît pas dans la requête"
                        + " / parameter " + p.name() + " does not appear in the query");
            }
            if (!examples.containsKey(p.name())) {
                throw new RegistreException(file + " : attendu « # exemple: " + p.name() + "=… » / expected"
                        + " « # exemple: " + p.name() + "=… »");
            }
        }
        CatalogueQuery cq = new CatalogueQuery(fileName.substring(0, fileName.length() - 3), file, titre, title,
                rgpd, List.copyOf(parameters), Collections.unmodifiableMap(examples), text, query);
        for (String ex : examples.keySet()) {
            cq.parameter(ex); // an example for an undeclared parameter is a typo
        }
        cq.bind(examples); // and each example must fit its type
        return cq;
    }

    private static QueryParameter parameter(Path file, int lineNo, String value) {
        String[] parts = value.split("\\s+", 3);
        QueryParameter.Type type = parts.length >= 2 ? QueryParameter.Type.parse(parts[1]) : null;
        if (parts.length < 3 || type == null || !parts[0].matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new RegistreException(file + ":" + lineNo + " : attendu « # param: nom type description »"
                    + " (type : iri, string, integer, date) / expected « # param: name type description »");
        }
        return new QueryParameter(parts[0], type, parts[2]);
    }

    /** The parameter called {@code name}; an unknown name is refused with the list of known ones. */
    public QueryParameter parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new RegistreException(this.name + " : paramètre inconnu / unknown parameter « "
                        + name + " » ; attendus / expected: "
                        + (parameters.isEmpty() ? "aucun / none"
                                : String.join(", ", parameters.stream().map(QueryParameter::name).toList()))));
    }

    /**
     * The RDF terms for the given parameter values: each declared parameter takes its value from {@code values},
     * else from the header's example.
     */
    public Map<Var, Node> bind(Map<String, String> values) {
        values.keySet().forEach(this::parameter);
        Map<Var, Node> binding = new LinkedHashMap<>();
        for (QueryParameter p : parameters) {
            String value = values.getOrDefault(p.name(), examples.get(p.name()));
            binding.put(Var.alloc(p.name()), p.toNode(value));
        }
        return binding;
    }

    /**
     * The example value of each parameter, as its header states it: the benchmark drivers (bench/serve) build their
     * distinct-query mix from it.
     */
    public Map<String, String> examples() {
        return examples;
    }

    /**
     * The query with its parameters' example values substituted, as text, for the query editor: the analyst sees a
     * runnable query and changes the value in place. The header comment is kept on top.
     */
    public String exampleText() {
        if (parameters.isEmpty()) {
            return text;
        }
        StringBuilder header = new StringBuilder();
        for (String line : text.split("\n")) {
            if (!line.startsWith("#")) {
                break;
            }
            header.append(line).append('\n');
        }
        Query bound = QueryTransformOps.transform(query, bind(Map.of()));
        return header + bound.serialize();
    }

    public String name() {
        return name;
    }

    public String titre() {
        return titre;
    }

    public String title() {
        return title;
    }

    public String rgpd() {
        return rgpd;
    }

    public List<QueryParameter> parameters() {
        return parameters;
    }

    public String text() {
        return text;
    }

    /** A fresh copy of the parsed query (Jena queries are mutable). */
    public Query query() {
        return query.cloneQuery();
    }

    /** Where the expected result of a SELECT/ASK query lives. */
    public Path expectedTsv() {
        return file.resolveSibling(name + ".expected.tsv");
    }

    /** Where the expected result of a CONSTRUCT/DESCRIBE query lives. */
    public Path expectedTurtle() {
        return file.resolveSibling(name + ".expected.ttl");
    }
}
