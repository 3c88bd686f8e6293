package org.w3id.registre.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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

    private final byte[] page;
    private final byte[] prefixesJson;

    QueryEditor(QueryCatalogue catalogue, DatasetGraph dataset, String endpoint) {
        Map<String, String> prefixes = new TreeMap<>(Txn.calculateRead(dataset, () -> dataset.prefixes().getMapping()));
        // The data has no text: prefix, but text:query is what a full-text question starts with.
        prefixes.putIfAbsent("text", RegisterTextIndex.TEXT);
        JsonObject prefixJson = new JsonObject();
        prefixes.forEach(prefixJson::put);
        this.prefixesJson = prefixJson.toString().getBytes(StandardCharsets.UTF_8);
        this.page = page(catalogue, prefixes, endpoint).getBytes(StandardCharsets.UTF_8);
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
        return """
                <!doctype html>
                <html lang="fr">
                <head>
                <meta charset="utf-8">
                <title>Registre — requêtes SPARQL / SPARQL queries</title>
                <link rel="stylesheet" href="/query/yasgui.min.css">
                <style>
                  body { font-family: system-ui, sans-serif; margin: 0; }
                  header { padding: .6em 1em; background: #f2f2f2; border-bottom: 1px solid #ccc; }
                  header h1 { font-size: 1.2em; margin: 0; }
                  header p { margin: .3em 0 0; font-size: .9em; }
                  .en { color: #555; }
                  #layout { display: flex; }
                  #catalogue { width: 22em; flex: none; padding: .5em 1em; font-size: .9em; border-right: 1px solid #ddd;
                               max-height: calc(100vh - 5em); overflow-y: auto; }
                  #catalogue h2 { font-size: 1em; }
                  #catalogue button { display: block; width: 100%; text-align: left; margin: .3em 0; padding: .4em;
                                      background: #fff; border: 1px solid #ccc; border-radius: 3px; cursor: pointer; }
                  #catalogue button:hover { background: #eef4ff; }
                  #catalogue small { display: block; color: #666; }
                  #yasgui { flex: 1; min-width: 0; }
                </style>
                </head>
                <body>
                <header>
                  <h1>Registre des traitements de la Cnam — requêtes SPARQL <span class="en">/ Cnam processing
                    register — SPARQL queries</span></h1>
                  <p>Point d'accès / endpoint : <code id="endpoint"></code> — lecture seule / read-only</p>
                </header>
                <div id="layout">
                  <nav id="catalogue">
                    <h2>Catalogue de questions <span class="en">/ Question catalogue</span></h2>
                    <div id="questions"></div>
                  </nav>
                  <div id="yasgui"></div>
                </div>
                <script type="application/json" id="registre-config">@@CONFIG@@</script>
                <script src="/query/yasgui.min.js"></script>
                <script>
                  (function () {
                    var config = JSON.parse(document.getElementById("registre-config").textContent);
                    var endpoint = new URL(config.endpoint, window.location.href).href;
                    document.getElementById("endpoint").textContent = endpoint;
                    // Completion from this server only: no online prefix or vocabulary service.
                    Yasgui.Yasqe.defaults.autocompleters = ["prefixes", "variables"];
                    Yasgui.Yasqe.defaults.prefixCcApi = new URL("/query/prefixes.json", window.location.href).href;
                    Yasgui.Yasqe.defaults.value = config.defaultQuery;
                    Yasgui.defaults.yasqe = Yasgui.Yasqe.defaults;
                    var yasgui = new Yasgui(document.getElementById("yasgui"), {
                      requestConfig: { endpoint: endpoint, method: "POST" },
                      copyEndpointOnNewTab: false,
                      persistenceId: "registre",
                      tabName: "Requête / Query",
                      endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; } }
                    });
                    var list = document.getElementById("questions");
                    config.catalogue.forEach(function (q) {
                      var button = document.createElement("button");
                      button.type = "button";
                      button.title = q.name;
                      var fr = document.createElement("strong");
                      fr.textContent = q.titre;
                      var en = document.createElement("span");
                      en.className = "en";
                      en.textContent = " / " + q.title;
                      var rgpd = document.createElement("small");
                      rgpd.textContent = q.rgpd;
                      button.append(fr, en, rgpd);
                      button.addEventListener("click", function () {
                        yasgui.addTab(true, { name: q.titre, yasqe: { value: q.query },
                                              requestConfig: { endpoint: endpoint } },
                                      { avoidDuplicateTabs: true });
                      });
                      list.appendChild(button);
                    });
                  })();
                </script>
                </body>
                </html>
                """.replace("@@CONFIG@@", json);
    }
}
