package org.w3id.registre.publish;

import java.util.List;
import java.util.Optional;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.w3id.registre.core.Prefixes;
import org.w3id.registre.core.Reg;

/**
 * What every page writes the same way: links to IRIs, labels with their language, RDF values, tables of statements.
 */
final class PageParts {

    private final RegisterSite site;

    PageParts(RegisterSite site) {
        this.site = site;
    }

    /**
     * The link to an IRI: for a register IRI its page (with the fragment for hash IRIs) or the site's own page for
     * it (home, validation, description, dumps), so that every register link resolves where the pages are served;
     * IRIs elsewhere (DPV, GDPR) are linked as they are.
     */
    String href(String iri, SiteLinks links, Langue l) {
        // A shape is vocabulary (its IRI stays under the default base): it links to its section of the site's own
        // shapes page, on every base.
        if (site.isShape(iri)) {
            return links.page(ShapesPage.PATH, l) + "#" + ShapesPage.anchor(iri);
        }
        if (iri.equals(Reg.SHAPES_NS) || iri.equals(Reg.SHAPES)) {
            return links.page(ShapesPage.PATH, l);
        }
        Optional<String> doc = site.base().documentPath(iri);
        if (doc.isEmpty()) {
            return iri;
        }
        // A namespace IRI ending with '#' (reg:) is its document, with no empty fragment.
        String fragment = iri.contains("#") && !iri.endsWith("#") ? iri.substring(iri.indexOf('#')) : "";
        if (site.exists(doc.get())) {
            return links.page(doc.get(), l) + fragment;
        }
        String path = doc.get();
        if (path.isEmpty()) {
            return links.home(l);
        }
        if (path.equals(DatasetDescription.PATH)) {
            return links.datasetDescription() + fragment;
        }
        if (path.equals("validation")) {
            return links.validation(l);
        }
        if (path.startsWith("download/registre.")) {
            Optional<RdfFormat> format = RdfFormat.byExtension(path.substring("download/registre.".length()));
            if (format.isPresent() && format.get().isRdf()) {
                return links.download(format.get());
            }
        }
        return iri;
    }

    /** Whether an IRI is the SPARQL endpoint: shown as text, since a GET without a query is an error. */
    boolean isEndpoint(String iri) {
        return iri.equals(site.base().iri(LinkedDataSite.SPARQL_PATH));
    }

    /** The language tag of a label when it differs from the page's, else null (no attribute). */
    static String otherLang(RegisterSite.Label label, Langue l) {
        return label.lang() != null && !label.lang().equals(l.tag) ? label.lang() : null;
    }

    /** A label as an element carrying its language, marked when it is the project's translation. */
    void label(Html h, RegisterSite.Label label, Langue l) {
        h.el("span", label.text(), "lang", label.lang() != null && !label.lang().equals(l.tag) ? label.lang() : null);
        if (label.projectTranslation()) {
            h.text(" ").el("span", l.msg("project-translation"), "class", "traduction");
        }
    }

    /** A link to a resource showing its label. */
    void resourceLink(Html h, Resource r, SiteLinks links, Langue l) {
        if (!r.isURIResource()) {
            h.text(site.shortName(r));
            return;
        }
        RegisterSite.Label label = site.label(r, l);
        h.open("a", "href", href(r.getURI(), links, l),
                "lang", label.lang() != null && !label.lang().equals(l.tag) ? label.lang() : null)
                .text(label.text()).close("a");
        if (label.projectTranslation()) {
            h.text(" ").el("span", l.msg("project-translation"), "class", "traduction");
        }
    }

    void value(Html h, RDFNode node, SiteLinks links, Langue l) {
        if (node.isLiteral()) {
            Literal lit = node.asLiteral();
            String lang = lit.getLanguage();
            h.el("span", lit.getLexicalForm(), "lang", lang.isEmpty() ? null : lang);
            if (lang.isEmpty() && lit.getDatatypeURI() != null && !lit.getDatatypeURI().endsWith("#string")) {
                h.text(" ").el("small", "(" + site.curie(lit.getDatatypeURI()) + ")");
            }
        } else if (node.isURIResource()) {
            String iri = node.asResource().getURI();
            if (isEndpoint(iri)) {
                h.el("code", iri);
            } else if (site.answers(iri) && !iri.contains("#")) {
                resourceLink(h, node.asResource(), links, l);
            } else {
                h.a(href(iri, links, l), site.curie(iri));
            }
        } else if (node.canAs(RDFList.class) && node.as(RDFList.class).isValid()) {
            h.open("ol");
            for (RDFNode item : node.as(RDFList.class).asJavaList()) {
                h.open("li");
                value(h, item, links, l);
                h.close("li");
            }
            h.close("ol");
        } else {
            h.text(site.shortName(node.asResource()));
        }
    }

    void statementsTable(Html h, List<Statement> statements, Langue l, SiteLinks links) {
        h.open("table").open("thead").open("tr");
        h.el("th", l.msg("property"), "scope", "col").el("th", l.msg("value"), "scope", "col");
        h.close("tr").close("thead").open("tbody");
        for (Statement s : statements) {
            h.open("tr").open("td");
            value(h, s.getPredicate(), links, l);
            h.close("td").open("td");
            value(h, s.getObject(), links, l);
            h.close("td").close("tr").newline();
        }
        h.close("tbody").close("table").newline();
    }

    /** "Art. 6-1-c RGPD — Obligation légale" from the IRI and the DPV label. */
    String gdprArticle(Resource article, Langue l) {
        String iri = article.getURI();
        String name = iri.startsWith(Prefixes.EU_GDPR) ? iri.substring(Prefixes.EU_GDPR.length()) : site.curie(iri);
        String code = name.startsWith("A") ? name.substring(1) : name;
        RegisterSite.Label label = site.label(article, l);
        String prefix = l.msg("gdpr-article", code);
        return label.text().equals(name) ? prefix : prefix + " — " + label.text();
    }
}
