package org.w3id.registre.publish;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The {@code .htaccess} to propose to the persistent-identifier service w3id.org as {@code registre/.htaccess}: it
 * sends {@code https://w3id.org/registre/…} to the published site. Apache's rewrite rules cannot weigh q-values, so
 * they only shortcut the Accept headers whose answer does not depend on them (text/html first and without q, which
 * always wins since ties go to HTML; a single RDF type; no header) straight to the document — the same one the site
 * would choose — and send every other request to the same path on the site, which negotiates as the server does.
 */
public final class W3idRules {

    /** Where the rules are written in the export. */
    static final String FILE = WebServerConfig.FOLDER + "/w3id/.htaccess";
    /** Stands for the published site until {@code export --site-url} names it. */
    public static final String EXAMPLE_SITE = "https://registre.example.org/";

    private W3idRules() {
    }

    /**
     * The rules for a site published at {@code siteUrl} (ending with a slash), whose register IRIs have the given
     * paths under the base ("cnam/mission/03", "ontologie"…).
     */
    static String htaccess(String siteUrl, Collection<String> documentPaths) {
        if (!siteUrl.endsWith("/")) {
            throw new IllegalArgumentException("site URL must end with /: " + siteUrl);
        }
        // One alternative per top-level folder of the IRIs ("cnam/…"), and the top-level IRIs themselves.
        TreeSet<String> folders = new TreeSet<>();
        TreeSet<String> single = new TreeSet<>();
        for (String path : documentPaths) {
            int slash = path.indexOf('/');
            if (slash >= 0) {
                folders.add(path.substring(0, slash));
            } else {
                single.add(path);
            }
        }
        List<String> alternatives = new java.util.ArrayList<>();
        if (!folders.isEmpty()) {
            alternatives.add("(" + folders.stream().map(W3idRules::quote).collect(Collectors.joining("|"))
                    + ")/[^.]+");
        }
        single.stream().map(W3idRules::quote).forEach(alternatives::add);
        String iris = "^(" + String.join("|", alternatives) + ")$";
        StringBuilder sb = new StringBuilder();
        sb.append("""
                # https://w3id.org/registre/ — Registre des traitements de données personnelles de la Cnam (RDF, DPV)
                # The Cnam's register of processing activities as a linked-data site; written by
                # `registre export --site` for the site published at %s
                # To propose to the w3id.org repository as registre/.htaccess.
                #
                # Every IRI under the namespace (cnam/…, droit/…, ontologie and its #terms) names a thing: it answers
                # 303 See Other to the document that describes it. Apache's rules cannot weigh Accept q-values, so
                # only headers whose answer does not depend on them go straight to the document (one hop); every
                # other request goes to the same path on the site, which negotiates exactly as `registre serve`.
                Options +FollowSymLinks
                RewriteEngine on
                # Every answer is a redirect: it carries the site's security headers and Cache-Control, as the
                # redirects of `registre serve` do.
                <IfModule mod_headers.c>
                  Header always set Vary Accept
                %s</IfModule>

                # ?format= is for the site to judge (it answers 400 to an unknown format).
                RewriteCond %%{QUERY_STRING} (^|&)format=
                RewriteRule %s %s$1 [R=303,L]

                # HTML first and without q always wins (ties go to HTML), so does no Accept at all: browsers.
                RewriteCond %%{HTTP_ACCEPT} ^\\s*(text/html|application/xhtml\\+xml)\\s*(,|$) [NC,OR]
                RewriteCond %%{HTTP_ACCEPT} ^\\s*$
                RewriteRule %s %s$1.html [R=303,L]
                """.formatted(siteUrl, BrowserPolicy.apache("  "), iris, siteUrl, iris, siteUrl));
        for (String[] rule : List.of(
                new String[] {"text/turtle|application/x-turtle", RdfFormat.TURTLE.extension},
                new String[] {"application/ld\\+json", RdfFormat.JSONLD.extension},
                new String[] {"application/n-triples|text/plain", RdfFormat.NTRIPLES.extension},
                new String[] {"application/rdf\\+xml", RdfFormat.RDFXML.extension})) {
            sb.append("""

                    # One RDF type alone: its document.
                    RewriteCond %%{HTTP_ACCEPT} ^\\s*(%s)\\s*$ [NC]
                    RewriteRule %s %s$1.%s [R=303,L]
                    """.formatted(rule[0], iris, siteUrl, rule[1]));
        }
        sb.append("""

                # Any other Accept header: the site negotiates (q-values, 406).
                RewriteRule %s %s$1 [R=303,L]

                # The home page, the documents, the dumps, the dataset description: the same path on the site.
                RewriteRule ^(.*)$ %s$1 [R=302,L]
                """.formatted(iris, siteUrl, siteUrl));
        return sb.toString();
    }

    /** A path segment as a literal in a regular expression. */
    private static String quote(String segment) {
        return segment.replaceAll("([\\\\.+*?()\\[\\]{}|^$])", "\\\\$1");
    }
}
