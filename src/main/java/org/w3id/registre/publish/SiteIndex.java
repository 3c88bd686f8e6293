package org.w3id.registre.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /robots.txt} and {@code /sitemap.xml} for the served site: every page may be crawled, the SPARQL endpoint,
 * the query editor and the server's {@code /$/} paths are not pages; the sitemap lists every page in French and in
 * English (with {@code hreflang} alternates), under the base the register is published at, so that a search engine
 * indexes the IRIs' pages rather than this server's address.
 */
final class SiteIndex extends HttpServlet {

    static final String ROBOTS = "/robots.txt";
    static final String SITEMAP = "/sitemap.xml";

    private final transient byte[] robots;
    private final transient byte[] sitemap;

    SiteIndex(RegisterSite site) {
        this.robots = robots(site).getBytes(StandardCharsets.UTF_8);
        this.sitemap = sitemap(site).getBytes(StandardCharsets.UTF_8);
    }

    static String robots(RegisterSite site) {
        return "# Registre : toutes les pages peuvent être indexées ; SPARQL et l'éditeur de requêtes ne sont pas des"
                + " pages.\n# Registre: every page may be crawled; SPARQL and the query editor are not pages.\n"
                + "User-agent: *\n"
                + "Disallow: /" + LinkedDataSite.SPARQL_PATH.substring(0, LinkedDataSite.SPARQL_PATH.indexOf('/'))
                + "/\n"
                + "Disallow: " + QueryEditor.PATH + "\n"
                + "Disallow: /$/\n"
                + "Sitemap: " + site.base().iri("sitemap.xml") + "\n";
    }

    static String sitemap(RegisterSite site) {
        StringBuilder b = new StringBuilder(256 * site.documentPaths().size());
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" ")
                .append("xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
        url(b, site, "", "en/");
        url(b, site, "validation", "en/validation");
        url(b, site, ShapesPage.PATH + ".html", "en/" + ShapesPage.PATH + ".html");
        for (String path : site.documentPaths()) {
            url(b, site, path + ".html", "en/" + path + ".html");
        }
        return b.append("</urlset>\n").toString();
    }

    /** The French page and the English one, each naming both as alternates. */
    private static void url(StringBuilder b, RegisterSite site, String fr, String en) {
        for (String loc : new String[] {fr, en}) {
            b.append("  <url><loc>").append(Html.escape(site.base().iri(loc))).append("</loc>")
                    .append("<xhtml:link rel=\"alternate\" hreflang=\"fr\" href=\"")
                    .append(Html.escape(site.base().iri(fr))).append("\"/>")
                    .append("<xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"")
                    .append(Html.escape(site.base().iri(en))).append("\"/></url>\n");
        }
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        byte[] body;
        if (path.equals(ROBOTS)) {
            resp.setContentType("text/plain;charset=utf-8");
            body = robots;
        } else {
            resp.setContentType("application/xml;charset=utf-8");
            body = sitemap;
        }
        resp.setContentLength(body.length);
        try (OutputStream out = resp.getOutputStream()) {
            out.write(body);
        }
    }
}
