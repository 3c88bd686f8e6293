package org.w3id.registre.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.w3id.registre.query.CatalogueQuery;
import org.w3id.registre.query.QueryCatalogue;
import org.w3id.registre.search.RegisterTextIndex;

/**
 * The query editor at {@code /query}: YASGUI (from its WebJar, served under {@code /query/}) pointed at the local
 * endpoint, with the project's prefixes offered for completion and every catalogue question ready to open in a tab,
 * French title first.
 *
 * <p>The page asks nothing from other hosts: prefix completion reads {@code /query/prefixes.json} instead of an
 * online prefix service, and the class and property completers (which query an online vocabulary service) are off.
 */
public final class QueryEditor extends HttpServlet {

    public static final String PATH = "/query";
    private static final String WEBJAR = "META-INF/resources/webjars/zazuko__yasgui/4.5.0/build/";
    private static final Map<String, String> ASSETS = Map.of(
            "yasgui.min.js", "text/javascript; charset=utf-8",
            "yasgui.min.css", "text/css; charset=utf-8");
    /** The page's own script and style, files rather than inline: its Content-Security-Policy allows no inline script. */
    private static final Map<String, String> OWN_ASSETS = Map.of(
            "editeur.js", "text/javascript; charset=utf-8",
            "editeur.css", "text/css; charset=utf-8");

    /**
     * The editor page, HTML and script, kept as a file so that it reads (and lints) as what it is; the catalogue and
     * the endpoint go in at {@code @@CONFIG@@} as JSON.
     */
    private static final String TEMPLATE = template();

    private final byte[] page;
    private final byte[] prefixesJson;
    private final Map<String, byte[]> ownAssets = new TreeMap<>();

    QueryEditor(QueryCatalogue catalogue, DatasetGraph dataset, String endpoint) {
        Map<String, String> prefixes = new TreeMap<>(Txn.calculateRead(dataset, () -> dataset.prefixes().getMapping()));
        // The data has no text: prefix, but text:query is what a full-text question starts with.
        prefixes.putIfAbsent("text", RegisterTextIndex.TEXT);
        JsonObject prefixJson = new JsonObject();
        prefixes.forEach(prefixJson::put);
        this.prefixesJson = prefixJson.toString().getBytes(StandardCharsets.UTF_8);
        this.page = page(catalogue, prefixes, endpoint).getBytes(StandardCharsets.UTF_8);
        for (String asset : OWN_ASSETS.keySet()) {
            ownAssets.put(asset, SiteQueries.resourceText("/org/w3id/registre/publish/" + asset)
                    .getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The editor as a module for the server, at {@code /query} and its assets below it. */
    public static ServletModule module(QueryCatalogue catalogue, DatasetGraph dataset, String endpoint) {
        QueryEditor editor = new QueryEditor(catalogue, dataset, endpoint);
        Map<String, HttpServlet> servlets = new LinkedHashMap<>();
        servlets.put(PATH, editor);
        servlets.put(PATH + "/*", editor);
        return new ServletModule("registre-query-editor", servlets);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        if (path == null || path.equals("/") || path.isEmpty()) {
            send(resp, "text/html; charset=utf-8", page, false);
            return;
        }
        String asset = path.substring(1);
        if (asset.equals("prefixes.json")) {
            send(resp, "application/json; charset=utf-8", prefixesJson, false);
            return;
        }
        String own = OWN_ASSETS.get(asset);
        if (own != null) {
            send(resp, own, ownAssets.get(asset), false);
            return;
        }
        String type = ASSETS.get(asset);
        if (type == null) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "introuvable / not found");
            return;
        }
        try (InputStream in = QueryEditor.class.getClassLoader().getResourceAsStream(WEBJAR + asset)) {
            if (in == null) {
                resp.sendError(HttpServletResponse.SC_NOT_FOUND, "introuvable / not found");
                return;
            }
            send(resp, type, in.readAllBytes(), true);
        }
    }

    private static void send(HttpServletResponse resp, String type, byte[] body, boolean cache) throws IOException {
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(type);
        resp.setContentLength(body.length);
        resp.setHeader("Cache-Control", cache ? "public, max-age=86400" : "no-cache");
        try (OutputStream out = resp.getOutputStream()) {
            out.write(body);
        }
    }

    private static String template() {
        try (InputStream in = QueryEditor.class.getResourceAsStream("query-editor.html")) {
            if (in == null) {
                throw new IllegalStateException("query-editor.html is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String page(QueryCatalogue catalogue, Map<String, String> prefixes, String endpoint) {
        StringBuilder prologue = new StringBuilder();
        prefixes.forEach((p, iri) -> prologue.append("PREFIX ").append(p).append(": <").append(iri).append(">\n"));
        String defaultQuery = prologue + "\n# Les missions du registre / The register's missions\n"
                + "SELECT ?mission ?libelle WHERE {\n  ?mission a/rdfs:subClassOf* reg:Mission ; skos:prefLabel ?libelle .\n"
                + "  FILTER(lang(?libelle) = \"fr\")\n} ORDER BY ?mission\n";
        JsonArray items = new JsonArray();
        for (CatalogueQuery q : catalogue.queries()) {
            JsonObject item = new JsonObject();
            item.put("name", q.name());
            item.put("titre", q.titre());
            item.put("title", q.title());
            item.put("rgpd", q.rgpd());
            item.put("query", q.exampleText());
            items.add(item);
        }
        JsonObject config = new JsonObject();
        config.put("endpoint", endpoint);
        config.put("defaultQuery", defaultQuery);
        config.put("catalogue", items);
        // Inside <script>, "<" could close the element: JSON allows it escaped as \u003c.
        String json = config.toString().replace("<", "\\u003c");
        return TEMPLATE.replace("@@CONFIG@@", json);
    }
}
