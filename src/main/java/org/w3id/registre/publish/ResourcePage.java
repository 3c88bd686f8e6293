package org.w3id.registre.publish;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.registre.core.Prefixes;
import org.w3id.registre.publish.Layout.Alternate;
import org.w3id.registre.publish.Layout.Crumb;

/** The page of a resource document: its labels and types, its kind's own part, validation, formats, statements. */
final class ResourcePage {

    private final RegisterSite site;
    private final PageParts parts;
    private final ValidationPage validation;
    private final MissionPage missions;
    private final FinalitePage finalites;
    private final LegalTextPage legalTexts;
    private final EditionSections editions;

    ResourcePage(RegisterSite site, PageParts parts, ValidationPage validation) {
        this.site = site;
        this.parts = parts;
        this.validation = validation;
        this.missions = new MissionPage(site, parts);
        this.legalTexts = new LegalTextPage(site, parts);
        this.finalites = new FinalitePage(site, parts, legalTexts);
        this.editions = new EditionSections(site, parts);
    }

    /** The page of a resource document; hash documents (the ontology) list each of their terms. */
    String render(String path, Langue l, SiteLinks links) {
        String documentIri = site.base().iri(path);
        Resource main = site.resource(documentIri);
        boolean self = site.irisOf(path).contains(documentIri);
        RegisterSite.Label label = site.label(main, l);
        List<Crumb> crumbs = new ArrayList<>();
        crumbs.add(Crumb.of(links.home(l), l.msg("home")));
        for (Resource ancestor : site.ancestors(main)) {
            RegisterSite.Label crumb = site.label(ancestor, l);
            crumbs.add(new Crumb(parts.href(ancestor.getURI(), links, l), crumb.text(), PageParts.otherLang(crumb, l)));
        }
        crumbs.add(new Crumb(links.page(path, l), label.text(), PageParts.otherLang(label, l)));
        List<Alternate> alternates = new ArrayList<>();
        for (RdfFormat f : RdfFormat.rdf()) {
            alternates.add(new Alternate(f.mediaType, links.document(path, f)));
        }
        return Layout.page(l, links, label.text(), links.page(path, l.other()), crumbs, alternates, h -> {
            h.open("h1");
            parts.label(h, label, l);
            h.close("h1").newline();
            validation.statusLine(h, site.irisOf(path), l, links);
            h.open("p").text(l.msg("iri")).el("code", documentIri).close("p").newline();
            if (site.hasType(main, site.reg("Finalite"))) {
                finalites.chain(h, main, l, links);
            }
            types(h, main, l, links);
            labels(h, main, l);
            if (site.hasType(main, site.reg("MissionMetier")) || site.hasType(main, site.reg("MissionSupport"))
                    || site.hasType(main, site.reg("Mission"))) {
                missions.section(h, main, l, links);
            }
            if (site.hasType(main, site.reg("Finalite"))) {
                finalites.section(h, main, l, links);
            }
            if (site.hasType(main, site.reg("SousFinalite"))) {
                finalites.sousFinalite(h, main, l, links);
            }
            if (site.hasType(main, Prefixes.DPV + "LegalBasis")) {
                legalTexts.legalBasis(h, main, l, links, 1);
            }
            if (site.hasType(main, Prefixes.DPV + "Law") || site.hasType(main, Prefixes.ELI + "LegalResource")) {
                legalTexts.section(h, main, l, links);
            }
            if (site.registers().contains(main.getURI())) {
                validation.registerSummary(h, main.getURI(), l, links);
            }
            if (editions.hasEditions(main)) {
                editions.editions(h, main, l, links);
            }
            editions.edition(h, main, l, links);
            boolean changeSet = editions.isChangeSet(main);
            if (changeSet) {
                editions.changes(h, main, l, links);
            }
            for (String iri : site.irisOf(path)) {
                // A change set's changes (its hash IRIs) are the rows of its table, not sections of their own.
                if (!iri.equals(documentIri) && !changeSet) {
                    hashTerm(h, site.resource(iri), l, links);
                }
            }
            validation.about(h, site.irisOf(path), l, links);
            openInSparql(h, documentIri, l, links);
            // The formats and the raw statements are for the screen: a printed page is for a DPO's file.
            h.open("div", "class", "ecran");
            formats(h, path, l, links);
            if (self) {
                allStatements(h, main, l, links);
            }
            h.close("div").newline();
        });
    }

    private void types(Html h, Resource r, Langue l, SiteLinks links) {
        List<Resource> types = r.listProperties(RDF.type).toList().stream().map(Statement::getObject)
                .filter(RDFNode::isURIResource).map(RDFNode::asResource)
                .sorted(Comparator.comparing(Resource::getURI)).toList();
        if (types.isEmpty()) {
            return;
        }
        h.open("p").text(l.msg("type-prefix"));
        for (int i = 0; i < types.size(); i++) {
            if (i > 0) {
                h.text(", ");
            }
            h.a(parts.href(types.get(i).getURI(), links, l), site.curie(types.get(i).getURI()));
        }
        h.close("p").newline();
    }

    /** French label (the reference), English label marked as the project's translation, overview label. */
    private void labels(Html h, Resource r, Langue l) {
        Optional<Literal> fr = site.literal(r, SKOS.prefLabel, "fr");
        Optional<Literal> en = site.literal(r, SKOS.prefLabel, "en");
        Optional<Literal> alt = site.literal(r, SKOS.altLabel, "fr");
        if (fr.isEmpty() && en.isEmpty()) {
            return;
        }
        h.el("h2", l.msg("labels")).newline();
        h.open("dl");
        fr.ifPresent(lit -> {
            h.el("dt", l.msg("label-french-as-published"));
            h.open("dd").el("span", lit.getLexicalForm(), "lang", "fr").close("dd");
        });
        en.ifPresent(lit -> {
            boolean ours = fr.isPresent() && r.isURIResource() && site.base().path(r.getURI()).isPresent();
            h.el("dt", ours ? l.msg("english-label-project-translation")
                    : l.msg("english-label"));
            h.open("dd").el("span", lit.getLexicalForm(), "lang", "en").close("dd");
        });
        alt.ifPresent(lit -> {
            h.el("dt", l.msg("label-overview-list-when"));
            h.open("dd").el("span", lit.getLexicalForm(), "lang", "fr").close("dd");
        });
        h.close("dl").newline();
    }

    /** One term of a hash document (the ontology), anchored by its fragment. */
    private void hashTerm(Html h, Resource term, Langue l, SiteLinks links) {
        String iri = term.getURI();
        String fragment = iri.substring(iri.indexOf('#') + 1);
        h.open("section", "id", fragment, "aria-label", fragment);
        h.open("h2");
        parts.label(h, site.label(term, l), l);
        h.text(" ").el("code", site.curie(iri));
        h.close("h2").newline();
        parts.statementsTable(h, site.statements(term), l, links);
        h.close("section").newline();
    }

    private void openInSparql(Html h, String iri, Langue l, SiteLinks links) {
        if (links.queryUi().isEmpty()) {
            // No query UI (the static export): the query's text would be bound for nothing, on each of 2,262 pages.
            return;
        }
        String query = site.queryText("open-in-sparql.rq", RegisterSite.bind("resource", iri));
        links.query(query).ifPresent(href -> h.open("p").a(href, l.msg("open-sparql"),
                "class", "sparql").close("p").newline());
    }

    private void formats(Html h, String path, Langue l, SiteLinks links) {
        h.el("h2", l.msg("other-formats")).newline();
        h.open("ul");
        for (RdfFormat f : RdfFormat.rdf()) {
            h.open("li").a(links.document(path, f), f.label(), "type", f.mediaType).close("li");
        }
        h.close("ul").newline();
    }

    private void allStatements(Html h, Resource r, Langue l, SiteLinks links) {
        h.el("h2", l.msg("all-statements")).newline();
        parts.statementsTable(h, site.statements(r), l, links);
        List<Statement> incoming = site.incoming(r);
        if (!incoming.isEmpty()) {
            h.el("h2", l.msg("resources-pointing-here")).newline();
            h.open("table").open("thead").open("tr");
            h.el("th", l.msg("resource"), "scope", "col").el("th", l.msg("property"), "scope",
                    "col");
            h.close("tr").close("thead").open("tbody");
            for (Statement s : incoming) {
                h.open("tr").open("td");
                parts.resourceLink(h, s.getSubject(), links, l);
                h.close("td").open("td");
                parts.value(h, s.getPredicate(), links, l);
                h.close("td").close("tr").newline();
            }
            h.close("tbody").close("table").newline();
        }
    }
}
