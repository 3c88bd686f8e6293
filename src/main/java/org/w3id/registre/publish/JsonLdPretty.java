package org.w3id.registre.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDF;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.JsonLdVersion;
import com.apicatalog.jsonld.compaction.Compaction;
import com.apicatalog.jsonld.context.ActiveContext;
import com.apicatalog.jsonld.lang.Keywords;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.processor.ProcessingRuntime;
import com.apicatalog.jsonld.serialization.QuadsToJsonld;
import com.apicatalog.rdf.api.RdfConsumerException;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;

/**
 * JSON-LD 1.1 as Jena writes it ({@link RDFFormat#JSONLD11_PRETTY}: the statements turned into JSON-LD by Titanium,
 * compacted against a context of the model's prefixes, indented), byte for byte, for a fraction of the work when many
 * documents share one set of prefixes (the static export: 1,131 documents, one context).
 *
 * <p>Jena's writer hands Titanium a document that holds the context and the statements already in expanded form, so
 * Titanium processes the context twice per document (to expand, to compact) and expands what is already expanded.
 * Here the context is processed once per set of prefixes and the expanded statements go straight to Titanium's own
 * compaction, with the options Jena's writer leaves at their defaults (compact arrays, unordered, no base). Expanding
 * them again changes nothing, except where a prefix name is also the scheme of an IRI written without {@code //}
 * ({@code urn:}, {@code mailto:}) or a literal needs more than a language or a datatype: such a model goes through
 * Jena's own writer. {@code JsonLdPrettyTest} holds the two to the same bytes on every document of the register.
 */
final class JsonLdPretty {

    private static final JsonWriterFactory INDENTED = Json.createWriterFactory(
            Map.of(JsonGenerator.PRETTY_PRINTING, true));
    private static final String RDF_JSON = RDF.getURI() + "JSON";

    private static final DocumentLoader NO_REMOTE_DOCUMENT = (url, options) -> {
        throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED,
                "aucun document distant / no remote document: " + url);
    };

    /** The processed context for each set of prefixes seen, its inverse context built: read-only afterwards. */
    private static final Map<JsonObject, ActiveContext> CONTEXTS = new ConcurrentHashMap<>();

    private JsonLdPretty() {
    }

    /** Whether the model is written without Jena's writer (else it falls back to it): for the tests. */
    static boolean direct(Model model) {
        DatasetGraph dsg = DatasetGraphFactory.wrap(model.getGraph());
        return expanded(dsg, context(dsg)).isPresent();
    }

    /** Writes the model as {@code RDFDataMgr.write(out, model, RDFFormat.JSONLD11_PRETTY)} does. */
    static void write(OutputStream out, Model model) throws IOException {
        DatasetGraph dsg = DatasetGraphFactory.wrap(model.getGraph());
        JsonObject context = context(dsg);
        Optional<JsonArray> expanded = expanded(dsg, context);
        if (expanded.isEmpty()) {
            RDFDataMgr.write(out, model, RDFFormat.JSONLD11_PRETTY);
            return;
        }
        JsonObject document;
        try {
            document = compact(expanded.get(), context);
        } catch (JsonLdError e) {
            throw new IllegalStateException("JSON-LD compaction failed: " + e.getMessage(), e);
        }
        // Not closed, as in Jena's writer: closing would close the caller's stream; write() flushes what it wrote.
        JsonWriter writer = INDENTED.createWriter(out);
        writer.write(document);
        out.write('\n');
        out.flush();
    }

    /** The context Jena's writer builds: each named prefix, then the empty prefix as {@code @vocab}. */
    private static JsonObject context(DatasetGraph dsg) {
        JsonObjectBuilder context = Json.createObjectBuilder();
        dsg.prefixes().forEach((prefix, iri) -> {
            if (!prefix.isEmpty()) {
                context.add(prefix, iri);
            }
        });
        String vocab = dsg.prefixes().get("");
        if (vocab != null) {
            context.add(Keywords.VOCAB, vocab);
        }
        return context.build();
    }

    /** The statements in expanded JSON-LD, as Jena's writer makes them; empty when only Jena's writer may do it. */
    private static Optional<JsonArray> expanded(DatasetGraph dsg, JsonObject context) {
        QuadsToJsonld rdf = JsonLd.fromRdf();
        rdf.mode(JsonLdVersion.V1_1);
        try {
            for (Iterator<Triple> it = dsg.getDefaultGraph().find(); it.hasNext(); ) {
                Triple t = it.next();
                Node o = t.getObject();
                if (!plain(t.getSubject(), context) || !plain(t.getPredicate(), context)) {
                    return Optional.empty();
                }
                if (o.isURI() || o.isBlank()) {
                    if (!plain(o, context)) {
                        return Optional.empty();
                    }
                    rdf.quad(term(t.getSubject()), term(t.getPredicate()), term(o), null, null, null, null);
                } else if (o.isLiteral() && o.getLiteralBaseDirection() == null
                        && !RDF_JSON.equals(o.getLiteralDatatypeURI()) && plainIri(o.getLiteralDatatypeURI(), context)
                        && o.getLiteralLanguage().equals(o.getLiteralLanguage().toLowerCase(java.util.Locale.ROOT))) {
                    String lang = o.getLiteralLanguage();
                    rdf.quad(term(t.getSubject()), term(t.getPredicate()), o.getLiteralLexicalForm(),
                            o.getLiteralDatatypeURI(), lang.isEmpty() ? null : lang, null, null);
                } else {
                    return Optional.empty();
                }
            }
            return Optional.of(rdf.toJsonLd());
        } catch (RdfConsumerException | JsonLdError e) {
            return Optional.empty();
        }
    }

    private static String term(Node n) {
        return n.isBlank() ? "_:" + n.getBlankNodeLabel() : n.getURI();
    }

    /** A blank node, or an IRI that expansion would leave as it is. */
    private static boolean plain(Node n, JsonObject context) {
        return n.isBlank() || n.isURI() && plainIri(n.getURI(), context);
    }

    /**
     * An absolute IRI that JSON-LD expansion leaves as it is: {@code scheme://…}, or a scheme that names no prefix of
     * the context (else {@code scheme:rest} would be read as a compact IRI).
     */
    private static boolean plainIri(String iri, JsonObject context) {
        int colon = iri.indexOf(':');
        if (colon <= 0) {
            return false;
        }
        return iri.startsWith("//", colon + 1) || !context.containsKey(iri.substring(0, colon));
    }

    /** Titanium's compaction of the expanded statements, then the document's top level as its API gives it. */
    private static JsonObject compact(JsonArray expanded, JsonObject context) throws JsonLdError {
        ActiveContext active = activeContext(context);
        JsonValue compacted = Compaction.with(active).compactArrays(true).ordered(false).compact(expanded);
        if (compacted.getValueType() == JsonValue.ValueType.ARRAY) {
            if (compacted.asJsonArray().isEmpty()) {
                return JsonValue.EMPTY_JSON_OBJECT;
            }
            compacted = Json.createObjectBuilder()
                    .add(active.uriCompaction().vocab(true).compact(Keywords.GRAPH), compacted).build();
        }
        if (compacted.getValueType() != JsonValue.ValueType.OBJECT || compacted.asJsonObject().isEmpty()) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        if (context.isEmpty()) {
            return compacted.asJsonObject();
        }
        return Json.createObjectBuilder(compacted.asJsonObject()).add(Keywords.CONTEXT, context).build();
    }

    private static ActiveContext activeContext(JsonObject context) throws JsonLdError {
        ActiveContext known = CONTEXTS.get(context);
        if (known != null) {
            return known;
        }
        // A loader that refuses every document: the context is the model's prefixes, inline, and nothing it holds may
        // make the export fetch from another host (Titanium's default loader would, over HTTP).
        JsonLdOptions options = new JsonLdOptions(NO_REMOTE_DOCUMENT);
        options.setRdfStar(true);
        ActiveContext active = new ActiveContext(ProcessingRuntime.of(options)).newContext().create(context, null);
        active.createInverseContext();
        CONTEXTS.putIfAbsent(context, active);
        return CONTEXTS.get(context);
    }
}
