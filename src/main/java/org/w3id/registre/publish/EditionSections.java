package org.w3id.registre.publish;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.w3id.registre.core.DcatVersions;
import org.w3id.registre.diff.Change;
import org.w3id.registre.diff.DiffReport;

/**
 * The editions of a register on its page, and the "what changed" page of an edition: its change set
 * ({@code …/edition/YYYY-MM-DD/changements}, vocabulary {@code chg:}, README "Éditions") as a table, French first
 * with English beside. Both read the published graph only: the changes are data, queryable like the rest.
 */
final class EditionSections {

    private static final Map<String, Change.Kind> KINDS = Arrays.stream(Change.Kind.values())
            .collect(Collectors.toMap(k -> DiffReport.CHG + k.term, Function.identity()));

    private final RegisterSite site;
    private final PageParts parts;

    EditionSections(RegisterSite site, PageParts parts) {
        this.site = site;
        this.parts = parts;
    }

    private Property chg(String local) {
        return site.graph().createProperty(DiffReport.CHG + local);
    }

    boolean isChangeSet(Resource r) {
        return site.hasType(r, DiffReport.CHG + "ChangeSet");
    }

    boolean hasEditions(Resource r) {
        return r.hasProperty(DcatVersions.hasVersion);
    }

    /** On a register's page: its editions, newest first, each with the link to what changed in it. */
    void editions(Html h, Resource register, Langue l, SiteLinks links) {
        List<Resource> editions = register.listProperties(DcatVersions.hasVersion).toList().stream()
                .map(Statement::getObject).filter(RDFNode::isURIResource).map(RDFNode::asResource)
                .sorted(Comparator.comparing(this::version).reversed()).toList();
        Optional<Resource> current = Optional.ofNullable(
                register.getPropertyResourceValue(DcatVersions.hasCurrentVersion));
        h.el("h2", l.msg("editions")).newline();
        h.open("ul", "class", "editions").newline();
        for (Resource e : editions) {
            h.open("li");
            link(h, e.getURI(), l.msg("edition-of", version(e)), links, l);
            if (current.isPresent() && current.get().equals(e)) {
                h.text(l.msg("edition-current"));
            }
            Resource changes = e.getPropertyResourceValue(chg("changements"));
            if (changes != null) {
                h.text(" — ");
                link(h, changes.getURI(), l.msg("what-changed-count",
                        site.graph().listObjectsOfProperty(changes, chg("changement")).toList().size()), links, l);
            }
            h.close("li").newline();
        }
        h.close("ul").newline();
    }

    /**
     * On an edition's page: the link to what changed in it, then its finalités as that edition states them (from its
     * own graph, when the site has it): identifier, title as printed then, sous-finalités. A finalité keeps its IRI
     * from one edition to the next, so each links to its page in the register in force; one removed since has none.
     */
    void edition(Html h, Resource edition, Langue l, SiteLinks links) {
        Resource changes = edition.getPropertyResourceValue(chg("changements"));
        if (changes != null) {
            h.open("p");
            link(h, changes.getURI(), l.msg("what-changed-count",
                    site.graph().listObjectsOfProperty(changes, chg("changement")).toList().size()), links, l);
            h.close("p").newline();
        }
        Optional<Model> statements = site.edition(edition.getURI());
        if (statements.isEmpty()) {
            return;
        }
        List<QuerySolution> rows = SiteQueries.select("edition-finalites.rq", statements.get(), Map.of());
        h.el("h2", l.msg("edition-purposes", rows.size())).newline();
        h.open("p").text(l.msg("edition-purposes-note")).close("p").newline();
        h.open("table", "class", "finalites-edition").open("thead").open("tr")
                .el("th", l.msg("number"), "scope", "col")
                .el("th", l.msg("purpose"), "scope", "col")
                .el("th", l.msg("sub-purposes"), "scope", "col")
                .close("tr").close("thead").newline();
        h.open("tbody").newline();
        for (QuerySolution row : rows) {
            String iri = row.getResource("finalite").getURI();
            h.open("tr").el("td", row.getLiteral("identifier").getLexicalForm()).open("th", "scope", "row");
            String title = row.getLiteral("titre").getLexicalForm();
            if (site.answers(iri)) {
                h.open("a", "href", parts.href(iri, links, l), "lang", l == Langue.FR ? null : "fr").text(title)
                        .close("a");
            } else {
                h.el("span", title, "lang", l == Langue.FR ? null : "fr").text(l.msg("edition-purpose-removed"));
            }
            h.close("th").el("td", row.getLiteral("sousFinalites").getLexicalForm()).close("tr").newline();
        }
        h.close("tbody").close("table").newline();
    }

    /** The "what changed" page of an edition: one row per change, in the order of the finalités. */
    void changes(Html h, Resource set, Langue l, SiteLinks links) {
        Resource before = set.getPropertyResourceValue(chg("editionAvant"));
        Resource after = set.getPropertyResourceValue(chg("editionApres"));
        List<Resource> changes = site.graph().listObjectsOfProperty(set, chg("changement")).toList().stream()
                .filter(RDFNode::isResource).map(RDFNode::asResource)
                .sorted(Comparator.comparing(c -> c.getProperty(chg("rang")).getInt())).toList();
        h.open("p").text(l.msg("changes-from"));
        link(h, before.getURI(), l.msg("edition-of-lower", version(before)), links, l);
        h.text(l.msg("changes-to"));
        link(h, after.getURI(), l.msg("edition-of-lower", version(after)), links, l);
        h.text(l.msg("changes-count", changes.size())).close("p").newline();
        String space = space(after.getURI());
        h.open("table", "class", "changements").newline();
        h.open("thead").open("tr")
                .el("th", l.msg("purpose"), "scope", "col")
                .el("th", l.msg("change"), "scope", "col")
                .el("th", l.msg("before"), "scope", "col")
                .el("th", l.msg("after"), "scope", "col")
                .close("tr").close("thead").newline();
        h.open("tbody").newline();
        for (Resource c : changes) {
            String id = c.getProperty(chg("finalite")).getString();
            h.open("tr", "id", c.getURI().substring(c.getURI().indexOf('#') + 1)).open("th", "scope", "row");
            link(h, space + "finalite/" + id, id, links, l);
            h.text(" ").el("span", c.getProperty(DCTerms.title).getString(), "lang", l == Langue.FR ? null : "fr")
                    .close("th");
            Change.Kind kind = kind(c);
            h.open("td");
            if (kind != null) {
                h.text(l.t(kind.fr, kind.en)).text(" / ").el("span", l.t(kind.en, kind.fr), "lang", l.other().tag);
            }
            h.close("td");
            value(h, c, "avant", links, l);
            value(h, c, "apres", links, l);
            h.close("tr").newline();
        }
        h.close("tbody").close("table").newline();
    }

    /** A before or after value: a legal text's IRI is linked to its page, text is shown as printed (French). */
    private void value(Html h, Resource change, String property, SiteLinks links, Langue l) {
        h.open("td");
        Statement s = change.getProperty(chg(property));
        if (s != null) {
            String v = s.getString();
            if (v.startsWith("http://") || v.startsWith("https://")) {
                link(h, v, v, links, l);
            } else {
                h.el("span", v, "lang", l == Langue.FR ? null : "fr");
            }
        }
        h.close("td");
    }

    private static Change.Kind kind(Resource change) {
        for (Statement t : change.listProperties(RDF.type).toList()) {
            Change.Kind k = KINDS.get(t.getObject().isURIResource() ? t.getResource().getURI() : "");
            if (k != null) {
                return k;
            }
        }
        return null;
    }

    /** {@code BASE/ORG/} of an edition {@code BASE/ORG/registre/edition/…}: where the register's finalités are. */
    private static String space(String edition) {
        int at = edition.lastIndexOf("registre/edition/");
        return at < 0 ? edition : edition.substring(0, at);
    }

    private String version(Resource edition) {
        Statement v = edition.getProperty(DcatVersions.version);
        return v != null ? v.getString() : edition.getURI();
    }

    /** A link to a register IRI's page when it answers here, else its text alone (a finalité since removed). */
    private void link(Html h, String iri, String text, SiteLinks links, Langue l) {
        if (site.answers(iri)) {
            h.a(parts.href(iri, links, l), text);
        } else {
            h.text(text);
        }
    }
}
