package org.w3id.registre.publish;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;

/**
 * The SPARQL the pages run, read from the .rq files under {@code org/w3id/registre/publish/queries/}. Parameters
 * are bound as RDF terms through {@link ParameterizedSparqlString}, never pasted into the text.
 */
final class SiteQueries {

    private static final String FOLDER = "/org/w3id/registre/publish/queries/";
    private static final Map<String, String> TEXTS = new ConcurrentHashMap<>();

    private SiteQueries() {
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

    /** A query with its parameters bound by the caller. */
    static ParameterizedSparqlString prepare(String file, Consumer<ParameterizedSparqlString> bindings) {
        ParameterizedSparqlString pss = new ParameterizedSparqlString(text(file));
        bindings.accept(pss);
        return pss;
    }

    static List<QuerySolution> select(String file, Model graph, Consumer<ParameterizedSparqlString> bindings) {
        try (QueryExecution qe = QueryExecution.create(prepare(file, bindings).asQuery(), graph)) {
            // Materialised: the rows outlive the execution.
            return org.apache.jena.query.ResultSetFormatter.toList(qe.execSelect());
        }
    }

    static Model construct(String file, Model graph, Consumer<ParameterizedSparqlString> bindings) {
        try (QueryExecution qe = QueryExecution.create(prepare(file, bindings).asQuery(), graph)) {
            Model out = ModelFactory.createDefaultModel();
            qe.execConstruct(out);
            return out;
        }
    }
}
