package org.w3id.registre.publish;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Where the links of a page point. On the server a register resource is linked by its own path (the IRI's path,
 * which then dereferences); in the static export by a relative link to its .html file, so the folder works wherever
 * it is served (and from the file system).
 */
interface SiteLinks {

    /** The page of a resource document ("cnam/mission/03"), in a language. */
    String page(String path, Langue langue);

    String home(Langue langue);

    String validation(Langue langue);

    /** The search page, without a query. */
    String search(Langue langue);

    /** The validation stage's own HTML report. */
    String validationReport();

    String datasetDescription();

    String download(RdfFormat format);

    /** The dataset description in one syntax. */
    String datasetDocument(RdfFormat format);

    /** A resource document in one format. */
    String document(String path, RdfFormat format);

    /** The query UI opened on a query; empty when there is no server behind the pages (static export). */
    Optional<String> query(String sparql);

    /** The query UI itself; empty in the static export. */
    Optional<String> queryUi();

    /** Links of the running server, under its context path. */
    static SiteLinks server(String contextPath) {
        String root = contextPath + "/";
        return new SiteLinks() {
            @Override
            public String page(String path, Langue langue) {
                return root + (langue == Langue.EN ? "en/" : "") + path;
            }

            @Override
            public String home(Langue langue) {
                return langue == Langue.EN ? root + "en/" : root;
            }

            @Override
            public String validation(Langue langue) {
                return root + (langue == Langue.EN ? "en/" : "") + "validation";
            }

            @Override
            public String search(Langue langue) {
                return root + (langue == Langue.EN ? "en/search" : "recherche");
            }

            @Override
            public String validationReport() {
                return root + "validation/rapport";
            }

            @Override
            public String datasetDescription() {
                return root + ".well-known/void";
            }

            @Override
            public String download(RdfFormat format) {
                return root + "download/registre." + format.extension;
            }

            @Override
            public String datasetDocument(RdfFormat format) {
                return root + ".well-known/void." + format.extension;
            }

            @Override
            public String document(String path, RdfFormat format) {
                return root + path + "." + format.extension;
            }

            @Override
            public Optional<String> query(String sparql) {
                // YASGUI reads ?query= (and endpoint=, tabTitle=...) from its URL and opens a tab with it.
                return Optional.of(root + "query?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8));
            }

            @Override
            public Optional<String> queryUi() {
                return Optional.of(root + "query");
            }
        };
    }

    /** Links relative to one file of the static export ("en/cnam/mission/03.html"). */
    static SiteLinks staticFrom(String fromFile) {
        return new SiteLinks() {
            @Override
            public String page(String path, Langue langue) {
                return rel((langue == Langue.EN ? "en/" : "") + path + ".html");
            }

            @Override
            public String home(Langue langue) {
                return rel(langue == Langue.EN ? "en/index.html" : "index.html");
            }

            @Override
            public String validation(Langue langue) {
                return rel(langue == Langue.EN ? "en/validation.html" : "validation.html");
            }

            @Override
            public String search(Langue langue) {
                return rel(langue == Langue.EN ? "en/search.html" : "recherche.html");
            }

            @Override
            public String validationReport() {
                return rel("validation/rapport.html");
            }

            @Override
            public String datasetDescription() {
                return rel(".well-known/void.html");
            }

            @Override
            public String download(RdfFormat format) {
                return rel("download/registre." + format.extension);
            }

            @Override
            public String datasetDocument(RdfFormat format) {
                return rel(".well-known/void." + format.extension);
            }

            @Override
            public String document(String path, RdfFormat format) {
                return rel(path + "." + format.extension);
            }

            @Override
            public Optional<String> query(String sparql) {
                return Optional.empty();
            }

            @Override
            public Optional<String> queryUi() {
                return Optional.empty();
            }

            private String rel(String target) {
                return relative(fromFile, target);
            }
        };
    }

    /** The relative link from one file of a folder tree to another ("a/b/c.html" to "a/d.html" is "../d.html"). */
    static String relative(String fromFile, String toFile) {
        String[] from = fromFile.split("/");
        String[] to = toFile.split("/");
        int common = 0;
        while (common < from.length - 1 && common < to.length - 1 && from[common].equals(to[common])) {
            common++;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = common; i < from.length - 1; i++) {
            sb.append("../");
        }
        for (int i = common; i < to.length; i++) {
            sb.append(to[i]);
            if (i < to.length - 1) {
                sb.append('/');
            }
        }
        return sb.toString();
    }
}
