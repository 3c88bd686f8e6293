package org.w3id.registre.core;

import java.net.URI;

import org.apache.jena.query.ARQ;
import org.apache.jena.riot.RIOT;
import org.apache.jena.riot.lang.LangJSONLD11;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import com.apicatalog.jsonld.loader.FileLoader;

/**
 * No subcommand calls another host: the register, its shapes and its queries are read from local files, and whatever
 * they name elsewhere is refused rather than fetched. Two doors lead out of Jena, both closed here for the whole JVM,
 * once, at the command line's entry point:
 * <ul>
 * <li>SPARQL {@code SERVICE} (in a query, or in a SHACL-SPARQL shape): refused by ARQ before any connection, whatever
 * a query's own context says ({@link ARQ#globalServiceAllowed});</li>
 * <li>a JSON-LD {@code @context} given by URL: Jena's JSON-LD reader (Titanium) would fetch it over HTTP. Its document
 * loader is replaced by one that reads {@code file:} contexts and refuses every other scheme.</li>
 * </ul>
 */
public final class NoNetwork {

    private NoNetwork() {
    }

    /** Closes both doors; idempotent. */
    public static void enforce() {
        ARQ.globalServiceAllowed = false;
        ARQ.allowServiceDefault = false;
        ARQ.getContext().set(ARQ.httpServiceAllowed, false);
        // Jena copies the JVM-wide context into every parse: each JSON-LD document is read with these options. The
        // reader sets the options' base before each parse, which is safe as long as JSON-LD files are read one at a
        // time, as every subcommand does.
        RIOT.getContext().set(LangJSONLD11.JSONLD_OPTIONS, new JsonLdOptions(new LocalContextsOnly()));
    }

    /** How the message of a refused {@code @context} starts. */
    static final String REFUSED_CONTEXT = "contexte JSON-LD distant refusé : ";

    /** The message of a refused {@code @context}: what was refused, why, and what to do instead. */
    public static String refusedContext(URI url) {
        return REFUSED_CONTEXT + url + " ; registre ne fait aucun appel réseau, mettre le contexte"
                + " dans le fichier ou dans un fichier local / remote JSON-LD context refused: registre makes no"
                + " network call; put the context inline or in a local file";
    }

    /** Reads {@code file:} contexts (a local file is not a network call); refuses the rest, naming the URL. */
    private static final class LocalContextsOnly implements DocumentLoader {

        private final DocumentLoader files = new FileLoader();

        @Override
        public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
            if ("file".equalsIgnoreCase(url.getScheme())) {
                return files.loadDocument(url, options);
            }
            throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, refusedContext(url));
        }
    }
}
