package org.w3id.registre.publish;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.w3id.registre.publish.Layout.Alternate;
import org.w3id.registre.publish.Layout.Crumb;

/** The VoID + DCAT + DQV description as a page. */
final class DatasetDescriptionPage {

    private final RegisterSite site;
    private final PageParts parts;

    DatasetDescriptionPage(RegisterSite site, PageParts parts) {
        this.site = site;
        this.parts = parts;
    }

    /** The VoID + DCAT + DQV description as a page: one section per resource it describes. */
    String render(Model description, Langue l, SiteLinks links) {
        String title = l.msg("dataset-description");
        String doc = site.base().iri(DatasetDescription.PATH);
        List<Crumb> crumbs = List.of(Crumb.of(links.home(l), l.msg("home")),
                Crumb.of(links.datasetDescription(), title));
        List<Alternate> alternates = new ArrayList<>();
        for (RdfFormat f : RdfFormat.rdf()) {
            alternates.add(new Alternate(f.mediaType, links.datasetDocument(f)));
        }
        // The description page exists once, in both languages: its language switch goes home.
        return Layout.page(l, links, title, links.home(l.other()), crumbs, alternates, h -> {
            h.el("h1", title).newline();
            h.open("p").text(l.msg("void-dcat-dqv-description"))
                    .text(l.msg("formats"));
            for (RdfFormat f : RdfFormat.rdf()) {
                h.a(links.datasetDocument(f), f.label(), "type", f.mediaType).text(" ");
            }
            h.close("p").newline();
            List<Resource> subjects = description.listSubjects().toList().stream().filter(Resource::isURIResource)
                    .sorted(Comparator.comparing(Resource::getURI)).toList();
            for (Resource subject : subjects) {
                String iri = subject.getURI();
                boolean local = iri.startsWith(doc + "#");
                h.open("section", "id", local ? iri.substring(doc.length() + 1) : null, "aria-label", iri);
                h.open("h2").el("code", local ? iri.substring(doc.length()) : iri).close("h2").newline();
                h.open("table").open("thead").open("tr");
                h.el("th", l.msg("property"), "scope", "col").el("th", l.msg("value"), "scope",
                        "col");
                h.close("tr").close("thead").open("tbody");
                List<Statement> statements = new ArrayList<>(subject.listProperties().toList());
                statements.sort(Comparator.comparing((Statement s) -> s.getPredicate().getURI())
                        .thenComparing(s -> s.getObject().toString()));
                for (Statement s : statements) {
                    h.open("tr").open("td").a(s.getPredicate().getURI(),
                            shortForm(description, s.getPredicate().getURI())).close("td").open("td");
                    RDFNode o = s.getObject();
                    if (o.isURIResource() && o.asResource().getURI().startsWith(doc + "#")) {
                        String fragment = o.asResource().getURI().substring(doc.length());
                        h.a(fragment, fragment);
                    } else if (o.isURIResource() && !parts.isEndpoint(o.asResource().getURI())) {
                        h.a(parts.href(o.asResource().getURI(), links, l), o.asResource().getURI());
                    } else {
                        parts.value(h, o, links, l);
                    }
                    h.close("td").close("tr").newline();
                }
                h.close("tbody").close("table").close("section").newline();
            }
        });
    }

    private static String shortForm(Model m, String iri) {
        String shortForm = m.shortForm(iri);
        return shortForm == null ? iri : shortForm;
    }
}
