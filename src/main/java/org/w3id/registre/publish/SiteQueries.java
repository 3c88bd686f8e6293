package org.w3id.registre.publish;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionDatasetBuilder;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.w3id.registre.core.Prefixes;

/**
 * The SPARQL the pages run, read from the .rq files under {@code org/w3id/registre/publish/queries/}. Each file is
 * parsed once, with the prefix reg: declared (the ontology does not move with the base); parameters are bound as RDF
 * terms by substitution at execution, never pasted into the text.
 */
final class SiteQueries {

    private static final String FOLDER = "/org/w3id/registre/publish/queries/";
    private static final Map<String, String> TEXTS = new ConcurrentHashMap<>();
    private static final Map<String, Query> PARSED = new ConcurrentHashMap<>();

    private SiteQueries() {
    }

    /** A text resource of the build (the static search script), as written. */
    static String resourceText(String name) {
        try (InputStream in = SiteQueries.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource missing from the build: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + name, e);
        }
    }

    /** The text of a query file, as written. */
    static String text(String file) {
        return TEXTS.computeIfAbsent(file, f -> {
            try (InputStream in = SiteQueries.class.getResourceAsStream(FOLDER + f)) {
                if (in == null) {
                    throw new IllegalStateException("query file missing from the build: " + FOLDER + f);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + FOLDER + f, e);
            }
        });
    }

    /** The parsed query, with the prefix reg: declared. */
    static Query query(String file) {
        return PARSED.computeIfAbsent(file, key -> {
            Query query = new Query();
            query.setPrefix("reg", Prefixes.REG);
            return QueryFactory.parse(query, text(file), null, Syntax.syntaxSPARQL_11);
        });
    }

    /** The text of a query with its parameters bound, for a person to read and run (the query UI). */
    static String boundText(String file, Map<String, RDFNode> bindings) {
        ParameterizedSparqlString pss = new ParameterizedSparqlString(text(file));
        bindings.forEach(pss::setParam);
        return pss.toString();
    }

    static List<QuerySolution> select(String file, Model graph, Map<String, RDFNode> bindings) {
        try (QueryExecution qe = execution(file, graph, bindings)) {
            // Materialised: the rows outlive the execution.
            return ResultSetFormatter.toList(qe.execSelect());
        }
    }

    static Model construct(String file, Model graph, Map<String, RDFNode> bindings) {
        try (QueryExecution qe = execution(file, graph, bindings)) {
            Model out = ModelFactory.createDefaultModel();
            qe.execConstruct(out);
            return out;
        }
    }

    private static QueryExecution execution(String file, Model graph, Map<String, RDFNode> bindings) {
        QueryExecutionDatasetBuilder builder = QueryExecution.model(graph).query(query(file));
        bindings.forEach(builder::substitution);
        return builder.build();
    }
}
