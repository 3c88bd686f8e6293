package org.w3id.registre.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonBuilder;
import org.apache.jena.atlas.json.JsonObject;

/**
 * The web-server configuration written beside the static export, in {@code .config/}: with it nginx answers every
 * path as {@code registre serve} does (303 content negotiation with q-values, {@code ?format=}, {@code Vary}, 404,
 * 406, 400, media types and charsets), sending the files itself. The negotiation runs in njs, nginx's own JavaScript
 * module ({@code libnginx-mod-http-js} on Debian), because nginx's configuration language cannot weigh q-values. The
 * tables it works from are generated here from the server's constants, so that the two cannot drift apart; so
 * are the security headers and Cache-Control ({@link BrowserPolicy}).
 */
final class WebServerConfig {

    /** The folder of the export that holds the configuration; never served (nginx answers 404 there). */
    static final String FOLDER = ".config";
    static final String NGINX = FOLDER + "/nginx";
    /** Stands for the path or the format in the error pages; njs puts the escaped value in its place. */
    static final String PLACEHOLDER = "{valeur}";
    /** The media types nginx labels with {@code charset=utf-8}, as the server does. */
    static final List<RdfFormat> TYPES = List.of(RdfFormat.values());
    /** Paths that have an .html file in the export but are pages of the site, not register IRIs. */
    static final List<String> NOT_RESOURCES = List.of("index", "validation", "validation/rapport",
            DatasetDescription.PATH, "download/registre");

    private final Pages pages;

    WebServerConfig(Pages pages) {
        this.pages = pages;
    }

    /** Writes {@code .config/nginx/} into the export folder {@code dir}, whose final place is {@code finalDir}. */
    void write(Path dir, Path finalDir) throws IOException {
        Path nginx = dir.resolve(NGINX);
        Files.createDirectories(nginx);
        Files.writeString(nginx.resolve("registre.js"), script(), StandardCharsets.UTF_8);
        Files.writeString(nginx.resolve("registre-http.conf"), httpConf(), StandardCharsets.UTF_8);
        Files.writeString(nginx.resolve("registre-site.conf"), siteConf(), StandardCharsets.UTF_8);
        Files.writeString(nginx.resolve("nginx.conf"), exampleConf(finalDir), StandardCharsets.UTF_8);
    }

    /** The njs module: the negotiation code, after the table generated from the server's constants. */
    String script() {
        String code = resource("nginx/registre.js");
        String marker = "/*SITE*/null";
        if (!code.contains(marker)) {
            throw new IllegalStateException("registre.js has no " + marker);
        }
        return code.replace(marker, siteTable().toString());
    }

    JsonObject siteTable() {
        JsonBuilder b = JsonBuilder.create().startObject();
        b.key("formats").startArray();
        for (RdfFormat f : RdfFormat.values()) {
            b.startObject().key("extension").value(f.extension).key("mediaType").value(f.mediaType).finishObject();
        }
        b.finishArray();
        b.key("aliases").startArray();
        for (ContentNegotiation.Alias a : ContentNegotiation.ALIASES) {
            b.startObject().key("extension").value(a.format().extension).key("mediaType").value(a.mediaType())
                    .key("factor").value(a.factor()).finishObject();
        }
        b.finishArray();
        b.key("resourceOffers").value(extensions(LinkedDataServlet.ALL));
        b.key("datasetDescriptionOffers").value(extensions(DatasetDescription.OFFERS));
        b.key("datasetDescription").value(DatasetDescription.PATH);
        b.key("dump").value("download/registre");
        JsonArray notResources = new JsonArray();
        NOT_RESOURCES.forEach(notResources::add);
        b.key("notResources").value(notResources);
        b.key("placeholder").value(PLACEHOLDER);
        b.key("errors").startObject();
        for (Refusal r : List.of(Refusal.unknownFormat(PLACEHOLDER), Refusal.notFound(PLACEHOLDER),
                Refusal.notAcceptable())) {
            b.key(Integer.toString(r.status())).value(errorPage(r));
        }
        b.finishObject();
        return b.finishObject().build().getAsObject();
    }

    /** The page the server shows for a refusal, with the links of a site served at the root of its host. */
    String errorPage(Refusal refusal) {
        return pages.error(refusal.status(), Langue.FR, rootWithoutQuery(), refusal.fr(), refusal.en());
    }

    private static JsonArray extensions(List<RdfFormat> formats) {
        JsonArray a = new JsonArray();
        formats.forEach(f -> a.add(f.extension));
        return a;
    }

    /** The links of the server at the root, but no query editor: a static site has none. */
    private static SiteLinks rootWithoutQuery() {
        SiteLinks server = SiteLinks.server("");
        return new SiteLinks() {
            @Override
            public String page(String path, Langue langue) {
                return server.page(path, langue);
            }

            @Override
            public String home(Langue langue) {
                return server.home(langue);
            }

            @Override
            public String validation(Langue langue) {
                return server.validation(langue);
            }

            @Override
            public String search(Langue langue) {
                // The static export's search page (a prebuilt index and a small script).
                return langue == Langue.EN ? "/en/search.html" : "/recherche.html";
            }

            @Override
            public String validationReport() {
                return server.validationReport();
            }

            @Override
            public String datasetDescription() {
                return server.datasetDescription();
            }

            @Override
            public String download(RdfFormat format) {
                return server.download(format);
            }

            @Override
            public String datasetDocument(RdfFormat format) {
                return server.datasetDocument(format);
            }

            @Override
            public String document(String path, RdfFormat format) {
                return server.document(path, format);
            }

            @Override
            public Optional<String> query(String sparql) {
                return Optional.empty();
            }

            @Override
            public Optional<String> queryUi() {
                return Optional.empty();
            }
        };
    }

    /** For the http {} block: the njs module and the variables the site's locations read. */
    static String httpConf() {
        return """
                # Registre — part of the http {} block (written by `registre export --site`).
                # Needs nginx's njs module, loaded at the top of nginx.conf:
                #   load_module /usr/lib/nginx/modules/ngx_http_js_module.so;   (Debian: libnginx-mod-http-js)
                # and js_path set to this folder (or give js_import the absolute path of registre.js).
                js_import registre from registre.js;
                js_set $registre_bad_format registre.badFormat;
                js_set $registre_void registre.datasetDescriptionFormat;
                """;
    }

    /** For a server {} block whose root is the export folder: the same answers as the server, path for path. */
    static String siteConf() {
        String types = TYPES.stream().map(f -> "    " + f.mediaType + " " + f.extension + ";")
                .collect(Collectors.joining("\n"));
        String charsetTypes = TYPES.stream().filter(f -> f != RdfFormat.HTML).map(f -> f.mediaType)
                .collect(Collectors.joining(" "));
        String extensions = TYPES.stream().map(f -> f.extension).collect(Collectors.joining("|"));
        return """
                # Registre — the static export as a linked-data site (written by `registre export --site`).
                # Include inside a server {} block whose root is the export folder, served at the root of its host,
                # after registre-http.conf in the http {} block. Every answer is the one `registre serve` gives:
                # register IRIs 303 to the document chosen from Accept (q-values) or ?format=, Vary: Accept on
                # every answer, 404, 406 and 400 with the server's pages. nginx sends the files itself.

                absolute_redirect off;
                server_tokens off;
                charset utf-8;
                charset_types %s;
                types {
                %s
                }
                default_type application/octet-stream;
                # Precompressed copies (file.gz beside file) are sent as they are to clients that accept gzip.
                gzip_static on;

                # Every answer may depend on Accept (IRIs negotiate; documents ignore it): caches keep them apart.
                add_header Vary Accept always;
                # What a browser may do with the answers (every one, refusals included), and how long a cache may
                # keep a successful one: the headers of `registre serve`.
                %s
                # Documents: sent by nginx; a bad ?format= or a missing file goes to the negotiation code.
                location ~ \\.(%s)$ {
                    error_page 418 = @registre;
                    if ($registre_bad_format) {
                        return 418;
                    }
                    try_files $uri @registre;
                }

                # The dataset description is a document negotiated in place: 200 with Content-Location.
                location = /%s {
                    error_page 418 = @registre;
                    if ($registre_void = "") {
                        return 418;
                    }
                    add_header Vary Accept always;
                    add_header Content-Location /%s.$registre_void always;
                    # This location has add_header lines of its own: nginx inherits none of the server block's.
                %s                    try_files /%s.$registre_void =404;
                }

                # Everything else: register IRIs (303), the home page, the English pages, the refusals.
                location / {
                    js_content registre.dispatch;
                }

                location @registre {
                    js_content registre.dispatch;
                }
                """.formatted(charsetTypes, types, BrowserPolicy.nginx("").strip() + "\n", extensions,
                DatasetDescription.PATH, DatasetDescription.PATH, BrowserPolicy.nginx("    ").stripTrailing(),
                DatasetDescription.PATH);
    }

    /** A whole nginx.conf serving this export on 127.0.0.1:8080, to start from (`nginx -c` with this file). */
    static String exampleConf(Path exportDir) {
        Path nginx = exportDir.toAbsolutePath().resolve(NGINX);
        return """
                # Registre — a whole nginx.conf serving this export on 127.0.0.1:8080 (an example to adapt).
                # nginx -c %s/nginx.conf -g 'error_log stderr;'
                load_module /usr/lib/nginx/modules/ngx_http_js_module.so;
                pid /tmp/registre-nginx.pid;
                events {
                    worker_connections 1024;
                }
                http {
                    access_log off;
                    sendfile on;
                    js_path %s;
                    include %s/registre-http.conf;
                    server {
                        listen 127.0.0.1:8080;
                        root %s;
                        include %s/registre-site.conf;
                    }
                }
                """.formatted(nginx, nginx, nginx,
                exportDir.toAbsolutePath(), nginx);
    }

    private static String resource(String name) {
        try (InputStream in = WebServerConfig.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource missing: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
