package org.w3id.registre.publish;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.w3id.registre.search.RegisterSearch;

/**
 * Answers every path of the published site: the register's IRIs (Cool URIs, 303 See Other to a document chosen by
 * content negotiation), their documents ({@code .html .ttl .jsonld .nt .rdf}), the English pages under
 * {@code /en/}, the home page, the validation report, the SHACL shapes, the dataset description and the dumps.
 */
final class LinkedDataServlet extends HttpServlet {

    /** What a register IRI offers, in the order ties are broken: HTML first for browsers, then Turtle. */
    static final List<RdfFormat> ALL = List.of(RdfFormat.HTML, RdfFormat.TURTLE, RdfFormat.JSONLD,
            RdfFormat.NTRIPLES, RdfFormat.RDFXML);

    private final transient RegisterSite site;
    private final transient Pages pages;
    private final transient Optional<String> sparqlEndpoint;
    /** Built on first use: it states the validation outcome, which may still be running when the server starts. */
    private transient Model description;
    private final transient SearchPage search;

    LinkedDataServlet(RegisterSite site, Optional<String> sparqlEndpoint, RegisterSearch search) {
        this.site = site;
        this.pages = new Pages(site);
        this.sparqlEndpoint = sparqlEndpoint;
        this.search = new SearchPage(site, search);
    }

    private synchronized Model description() {
        if (description == null) {
            description = DatasetDescription.build(site, sparqlEndpoint);
        }
        return description;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String context = req.getContextPath();
        SiteLinks links = SiteLinks.server(context);
        // Every answer may depend on Accept (IRIs negotiate; documents ignore it): caches must keep them apart.
        resp.setHeader("Vary", "Accept");
        String raw = req.getRequestURI().substring(context.length());
        Optional<String> decoded = decodePath(raw);
        if (decoded.isEmpty()) {
            notFound(resp, links, raw);
            return;
        }
        String path = decoded.get().startsWith("/") ? decoded.get().substring(1) : decoded.get();

        Optional<RdfFormat> override = Optional.empty();
        String format = req.getParameter("format");
        if (format != null) {
            override = RdfFormat.byExtension(format);
            if (override.isEmpty()) {
                error(resp, links, Refusal.unknownFormat(format));
                return;
            }
        }

        if (path.equals("recherche") || path.equals("en/search")) {
            search(req, resp, path.equals("recherche") ? Langue.FR : Langue.EN, links);
            return;
        }
        if (path.equals("en") || path.startsWith("en/")) {
            english(path.equals("en") ? "" : path.substring(3), resp, links);
            return;
        }
        switch (path) {
            case "" -> {
                Optional<RdfFormat> chosen = choose(req, override, ALL);
                if (chosen.isEmpty()) {
                    notAcceptable(resp, links);
                } else if (chosen.get() == RdfFormat.HTML) {
                    html(resp, pages.home(Langue.FR, links));
                } else {
                    seeOther(resp, context + "/" + DatasetDescription.PATH + "." + chosen.get().extension);
                }
                return;
            }
            case "index.html" -> {
                html(resp, pages.home(Langue.FR, links));
                return;
            }
            case "validation", "validation.html" -> {
                html(resp, pages.validation(Langue.FR, links));
                return;
            }
            case "validation/rapport", "validation/rapport.html" -> {
                Optional<String> report = pages.validationReport(links);
                if (report.isPresent()) {
                    html(resp, report.get());
                } else {
                    notFound(resp, links, path);
                }
                return;
            }
            case DatasetDescription.PATH -> {
                // The description is a document: negotiated in place (200, Content-Location), no 303.
                // Turtle first: a client that accepts anything gets the RDF; browsers ask for HTML and get the page.
                Optional<RdfFormat> chosen = choose(req, override, DatasetDescription.OFFERS);
                if (chosen.isEmpty()) {
                    notAcceptable(resp, links);
                } else {
                    resp.setHeader("Content-Location", context + "/" + path + "." + chosen.get().extension);
                    if (chosen.get() == RdfFormat.HTML) {
                        html(resp, pages.datasetDescription(description(), Langue.FR, links));
                    } else {
                        rdf(resp, description(), chosen.get());
                    }
                }
                return;
            }
            default -> {
                // fall through to a register's validation report, documents and IRIs
            }
        }
        Optional<String> validated = site.registerOfValidation(path.endsWith(".html")
                ? path.substring(0, path.length() - 5) : path);
        if (validated.isPresent()) {
            html(resp, pages.registerValidation(validated.get(), Langue.FR, links));
            return;
        }
        int dot = path.lastIndexOf('.');
        int slash = path.lastIndexOf('/');
        Optional<RdfFormat> extension = dot > slash ? RdfFormat.byExtension(path.substring(dot + 1))
                : Optional.empty();
        if (extension.isPresent()) {
            String stem = path.substring(0, dot);
            RdfFormat f = extension.get();
            if (stem.equals(DatasetDescription.PATH)) {
                if (f.isRdf()) {
                    rdf(resp, description(), f);
                } else {
                    html(resp, pages.datasetDescription(description(), Langue.FR, links));
                }
                return;
            }
            if (stem.equals(ShapesPage.PATH)) {
                if (f.isRdf()) {
                    rdf(resp, site.shapes(), f);
                } else {
                    html(resp, pages.shapes(Langue.FR, links));
                }
                return;
            }
            if (stem.equals("download/registre") && f.isRdf()) {
                rdf(resp, site.graph(), f);
                return;
            }
            Optional<Model> registerDump = f.isRdf() ? site.registerOfDump(stem).flatMap(site::registerDump)
                    : Optional.empty();
            if (registerDump.isPresent()) {
                rdf(resp, registerDump.get(), f);
                return;
            }
            if (site.exists(stem)) {
                if (f == RdfFormat.HTML) {
                    html(resp, pages.resource(stem, Langue.FR, links));
                } else {
                    rdf(resp, site.describe(stem), f);
                }
                return;
            }
        }
        if (site.exists(path) || path.equals(ShapesPage.PATH)) {
            // The IRI names a thing (a mission, a law; the shapes, as the ontology), not a document: 303 to the
            // document that describes it.
            Optional<RdfFormat> chosen = choose(req, override, ALL);
            if (chosen.isEmpty()) {
                notAcceptable(resp, links);
            } else {
                seeOther(resp, context + "/" + path + "." + chosen.get().extension);
            }
            return;
        }
        notFound(resp, links, path);
    }

    /** The search page: 200 with the results (or the form alone), 400 with the form and the reason. */
    private void search(HttpServletRequest req, HttpServletResponse resp, Langue l, SiteLinks links)
            throws IOException {
        String[] q = req.getParameterValues("q");
        if (q != null && q.length > 1) {
            error(resp, links, new Refusal(400, "Un seul paramètre q attendu.", "A single q parameter expected."));
            return;
        }
        SearchPage.Rendered page = search.render(q == null ? "" : q[0], l, links);
        resp.setStatus(page.status());
        html(resp, page.html());
    }

    private void english(String path, HttpServletResponse resp, SiteLinks links) throws IOException {
        if (path.isEmpty() || path.equals("index.html")) {
            html(resp, pages.home(Langue.EN, links));
        } else if (path.equals("validation") || path.equals("validation.html")) {
            html(resp, pages.validation(Langue.EN, links));
        } else if (path.equals(ShapesPage.PATH) || path.equals(ShapesPage.PATH + ".html")) {
            html(resp, pages.shapes(Langue.EN, links));
        } else {
            String stem = path.endsWith(".html") ? path.substring(0, path.length() - 5) : path;
            Optional<String> validated = site.registerOfValidation(stem);
            if (validated.isPresent()) {
                html(resp, pages.registerValidation(validated.get(), Langue.EN, links));
            } else if (site.exists(stem)) {
                html(resp, pages.resource(stem, Langue.EN, links));
            } else {
                notFound(resp, links, "en/" + path);
            }
        }
    }

    private static Optional<RdfFormat> choose(HttpServletRequest req, Optional<RdfFormat> override,
            List<RdfFormat> offers) {
        if (override.isPresent()) {
            return offers.contains(override.get()) ? override : Optional.empty();
        }
        return ContentNegotiation.choose(req.getHeader("Accept"), offers);
    }

    private static void seeOther(HttpServletResponse resp, String location) {
        resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
        resp.setHeader("Location", location);
    }

    private static void html(HttpServletResponse resp, String page) throws IOException {
        byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
        resp.setContentType("text/html; charset=utf-8");
        resp.setContentLength(bytes.length);
        try (OutputStream out = resp.getOutputStream()) {
            out.write(bytes);
        }
    }

    private static void rdf(HttpServletResponse resp, Model model, RdfFormat format) throws IOException {
        resp.setContentType(format.mediaType + "; charset=utf-8");
        try (OutputStream out = resp.getOutputStream()) {
            RDFDataMgr.write(out, model, format.jena);
        }
    }

    /**
     * The request path with its percent-escapes decoded as UTF-8 (RFC 3986). Not {@code URLDecoder}: that decodes
     * form data, where '+' stands for a space; in a path '+' is itself, and {@code droit/x+y} must stay so.
     * Empty for a malformed escape or bytes that are not UTF-8: no document has such a name.
     */
    static Optional<String> decodePath(String raw) {
        if (raw.indexOf('%') < 0) {
            return Optional.of(raw);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != '%') {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
                continue;
            }
            int hi = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
            int lo = hi >= 0 ? Character.digit(raw.charAt(i + 2), 16) : -1;
            if (lo < 0) {
                return Optional.empty();
            }
            bytes.write(hi * 16 + lo);
            i += 2;
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private void notFound(HttpServletResponse resp, SiteLinks links, String path) throws IOException {
        error(resp, links, Refusal.notFound(path));
    }

    private void notAcceptable(HttpServletResponse resp, SiteLinks links) throws IOException {
        error(resp, links, Refusal.notAcceptable());
    }

    private void error(HttpServletResponse resp, SiteLinks links, Refusal refusal) throws IOException {
        resp.setStatus(refusal.status());
        byte[] bytes = pages.error(refusal.status(), Langue.FR, links, refusal.fr(), refusal.en())
                .getBytes(StandardCharsets.UTF_8);
        resp.setContentType("text/html; charset=utf-8");
        resp.setContentLength(bytes.length);
        try (OutputStream out = resp.getOutputStream()) {
            out.write(bytes);
        }
    }
}
