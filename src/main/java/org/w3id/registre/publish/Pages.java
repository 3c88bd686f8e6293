package org.w3id.registre.publish;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.registre.core.Prefixes;

/**
 * The HTML pages of the site, written with {@link Html} (escaping by construction, no JavaScript). The same code
 * renders the running server's pages and the static export's; only {@link SiteLinks} differs.
 */
final class Pages {

    static final String DPV = Prefixes.DPV;
    static final String ELI = Prefixes.ELI;
    static final String GDPR = Prefixes.EU_GDPR;

    static final String STYLE = """
            body{font-family:system-ui,sans-serif;line-height:1.5;margin:0;color:#1b1b1b}
            header,main,footer{max-width:72rem;margin:0 auto;padding:0 1rem}
            header{border-bottom:1px solid #ccc}
            header nav ul,nav.fil ol{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:1rem}
            a{color:#0b4f9c}
            a:focus{outline:3px solid #f90}
            .evitement{position:absolute;left:-999px}.evitement:focus{left:1rem;top:1rem;background:#fff}
            table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #bbb;padding:.3rem .5rem;text-align:left;vertical-align:top}
            .traduction{font-size:.85em;color:#555}
            .Violation{color:#a00000}.Avertissement,.Warning{color:#7a4d00}
            code{word-break:break-all}
            blockquote{border-left:4px solid #ccc;margin:0;padding-left:1rem;white-space:pre-line}
            """;

    private final RegisterSite site;

    Pages(RegisterSite site) {
        this.site = site;
    }

    // ---------------------------------------------------------------- layout

    /**
     * The frame every page shares: language, title, skip link, navigation, language switch, breadcrumbs.
     * {@code otherLanguage} is the link to the same page in the other language.
     */
    String layout(Langue l, SiteLinks links, String title, String otherLanguage, List<String[]> breadcrumbs,
            List<String[]> alternates, Consumer<Html> body) {
        return layout(l, links, title, otherLanguage, breadcrumbs, alternates, Optional.empty(), body);
    }

    /** @param jsonLd structured data for the head ({@code <script type="application/ld+json">}), already safe */
    private String layout(Langue l, SiteLinks links, String title, String otherLanguage, List<String[]> breadcrumbs,
            List<String[]> alternates, Optional<String> jsonLd, Consumer<Html> body) {
        Html h = new Html().doctype();
        h.open("html", "lang", l.tag).newline();
        h.open("head").newline();
        h.open("meta", "charset", "utf-8").newline();
        h.open("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").newline();
        String siteName = l.t("Registre des traitements de la Cnam", "The Cnam register of processing");
        h.el("title", title.equals(siteName) ? title : title + " — " + siteName).newline();
        for (String[] alt : alternates) {
            h.open("link", "rel", "alternate", "type", alt[0], "href", alt[1]).newline();
        }
        h.open("link", "rel", "alternate", "hreflang", l.other().tag, "href", otherLanguage).newline();
        h.el("style", STYLE).newline();
        jsonLd.ifPresent(json -> h.jsonLd(json).newline());
        h.close("head").newline();
        h.open("body").newline();
        h.a("#contenu", l.t("Aller au contenu", "Skip to content"), "class", "evitement").newline();
        h.open("header").open("nav", "aria-label", l.t("Navigation principale", "Main navigation")).open("ul");
        item(h, links.home(l), l.t("Accueil", "Home"));
        links.queryUi().ifPresent(q -> item(h, q, l.t("Requêtes SPARQL", "SPARQL queries")));
        item(h, links.validation(l), l.t("Validation", "Validation"));
        item(h, links.datasetDescription(), l.t("Description du jeu de données (VoID)", "Dataset description (VoID)"));
        h.open("li").open("a", "href", otherLanguage, "hreflang", l.other().tag, "lang", l.other().tag)
                .text(l == Langue.FR ? "English" : "Français").close("a").close("li");
        h.close("ul").close("nav").close("header").newline();
        h.open("main", "id", "contenu").newline();
        if (!breadcrumbs.isEmpty()) {
            h.open("nav", "class", "fil", "aria-label", l.t("Fil d'Ariane", "Breadcrumbs")).open("ol");
            for (int i = 0; i < breadcrumbs.size(); i++) {
                String[] crumb = breadcrumbs.get(i);
                h.open("li");
                if (i > 0) {
                    h.el("span", "› ", "aria-hidden", "true");
                }
                // A third element, when present, is the language of a label that is not the page's.
                String lang = crumb.length > 2 ? crumb[2] : null;
                if (i == breadcrumbs.size() - 1) {
                    h.el("span", crumb[1], "aria-current", "page", "lang", lang);
                } else {
                    h.a(crumb[0], crumb[1], "lang", lang);
                }
                h.close("li");
            }
            h.close("ol").close("nav").newline();
        }
        body.accept(h);
        h.close("main").newline();
        h.open("footer").open("p").text(l.t(
                "Données tirées du registre des traitements publié par la Caisse nationale de l'Assurance Maladie ; "
                        + "alignement DPV et traductions anglaises : projet Registre.",
                "Data taken from the register of processing published by the Caisse nationale de l'Assurance "
                        + "Maladie; DPV alignment and English translations: the Registre project."))
                .close("p").close("footer").newline();
        h.close("body").newline().close("html").newline();
        return h.toString();
    }

    private static void item(Html h, String href, String text) {
        h.open("li").a(href, text).close("li");
    }

    /**
     * The link to an IRI: for a register IRI its page (with the fragment for hash IRIs) or the site's own page for
     * it (home, validation, description, dumps), so that every register link resolves where the pages are served;
     * IRIs elsewhere (DPV, GDPR) are linked as they are.
     */
    private String href(String iri, SiteLinks links, Langue l) {
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
    private boolean isEndpoint(String iri) {
        return iri.equals(site.base().iri(LinkedDataSite.SPARQL_PATH));
    }

    /** The language tag of a label when it differs from the page's, else null (no attribute). */
    private static String otherLang(RegisterSite.Label label, Langue l) {
        return label.lang() != null && !label.lang().equals(l.tag) ? label.lang() : null;
    }

    /** A label as an element carrying its language, marked when it is the project's translation. */
    private void label(Html h, RegisterSite.Label label, Langue l) {
        h.el("span", label.text(), "lang", label.lang() != null && !label.lang().equals(l.tag) ? label.lang() : null);
        if (label.projectTranslation()) {
            h.text(" ").el("span", l.t("(traduction du projet)", "(project's translation)"), "class", "traduction");
        }
    }

    /** A link to a resource showing its label. */
    private void resourceLink(Html h, Resource r, SiteLinks links, Langue l) {
        if (!r.isURIResource()) {
            h.text(site.shortName(r));
            return;
        }
        RegisterSite.Label label = site.label(r, l);
        h.open("a", "href", href(r.getURI(), links, l),
                "lang", label.lang() != null && !label.lang().equals(l.tag) ? label.lang() : null)
                .text(label.text()).close("a");
        if (label.projectTranslation()) {
            h.text(" ").el("span", l.t("(traduction du projet)", "(project's translation)"), "class", "traduction");
        }
    }

    private void value(Html h, RDFNode node, SiteLinks links, Langue l) {
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

    // ---------------------------------------------------------------- home

    String home(Langue l, SiteLinks links) {
        String title = l.t("Registre des traitements de la Cnam", "The Cnam register of processing");
        // The dataset's schema.org description for dataset search engines, derived from the DCAT one.
        String dataset = SchemaOrgDataset.jsonLd(DatasetDescription.build(site, Optional.empty()));
        return layout(l, links, title, links.home(l.other()), List.of(), List.<String[]>of(
                new String[] {RdfFormat.TURTLE.mediaType, links.datasetDescription()}), Optional.of(dataset), h -> {
                    h.el("h1", title).newline();
                    h.open("p").text(l.t(
                            "Le registre des activités de traitement de données personnelles (article 30 du RGPD) "
                                    + "publié par la Caisse nationale de l'Assurance Maladie, transcrit en graphe "
                                    + "de connaissances aligné sur le vocabulaire W3C DPV : missions, finalités, "
                                    + "sous-finalités, fondements juridiques et textes français qui les portent.",
                            "The record of personal-data processing activities (GDPR Article 30) published by the "
                                    + "French national health insurance fund (Cnam), turned into a knowledge graph "
                                    + "aligned with the W3C DPV vocabulary: missions, purposes (finalités), "
                                    + "sub-purposes, legal bases and the French legal texts behind them."))
                            .close("p").newline();
                    Resource registre = registre();
                    if (registre != null) {
                        h.open("p").text(l.t("Le registre : ", "The register: "));
                        resourceLink(h, registre, links, l);
                        h.close("p").newline();
                    }
                    registers(h, l, links);
                    figures(h, l);
                    missions(h, l, links);
                    bases(h, l);
                    validationSummary(h, l, links);
                    h.el("h2", l.t("Accès aux données", "Data access")).newline();
                    h.open("ul");
                    links.queryUi().ifPresent(q -> item(h, q,
                            l.t("Interface de requêtes SPARQL", "SPARQL query interface")));
                    item(h, links.validation(l), l.t("Rapport de validation", "Validation report"));
                    item(h, links.datasetDescription(), l.t("Description du jeu de données (VoID, DCAT, DQV)",
                            "Dataset description (VoID, DCAT, DQV)"));
                    if (site.exists("ontologie")) {
                        item(h, links.page("ontologie", l), l.t("Ontologie du registre", "Register ontology"));
                    }
                    h.close("ul").newline();
                    h.el("h3", l.t("Téléchargements (graphe complet : ontologie, registre, textes juridiques)",
                            "Downloads (whole graph: ontology, register, legal texts)")).newline();
                    h.open("ul");
                    for (RdfFormat f : RdfFormat.rdf()) {
                        item(h, links.download(f), "registre." + f.extension + " (" + f.label() + ")");
                    }
                    h.close("ul").newline();
                });
    }

    private Resource registre() {
        List<QuerySolution> rows = site.select("source-document.rq");
        return rows.isEmpty() ? null : rows.get(0).getResource("registre");
    }

    /** Several registers served side by side: one row each, with its figures. One register: nothing to list. */
    private void registers(Html h, Langue l, SiteLinks links) {
        List<QuerySolution> rows = site.select("home-registers.rq");
        if (rows.size() < 2) {
            return;
        }
        h.el("h2", l.t("Registres servis", "Registers served")).newline();
        h.open("table").el("caption", l.t("Les registres de ce serveur, chacun dans son graphe nommé",
                "The registers on this server, each in its own named graph"));
        h.open("thead").open("tr");
        for (String col : List.of(l.t("Registre", "Register"), l.t("Responsable", "Controller"),
                l.t("Finalités", "Purposes"), l.t("Sous-finalités", "Sub-purposes"),
                l.t("Bases juridiques", "Legal bases"))) {
            h.el("th", col, "scope", "col");
        }
        h.close("tr").close("thead").open("tbody").newline();
        for (QuerySolution row : rows) {
            h.open("tr").open("th", "scope", "row");
            resourceLink(h, row.getResource("registre"), links, l);
            h.close("th");
            h.el("td", row.getLiteral("responsable").getLexicalForm());
            h.el("td", row.getLiteral("finalites").getLexicalForm());
            h.el("td", row.getLiteral("sousFinalites").getLexicalForm());
            h.el("td", row.getLiteral("bases").getLexicalForm());
            h.close("tr").newline();
        }
        h.close("tbody").close("table").newline();
    }

    private void figures(Html h, Langue l) {
        QuerySolution row = site.select("home-figures.rq").get(0);
        h.el("h2", l.t("En chiffres", "Figures")).newline();
        h.open("ul");
        h.el("li", row.getLiteral("missions").getInt() + " " + l.t("missions", "missions"));
        h.el("li", row.getLiteral("finalites").getInt() + " " + l.t("finalités", "purposes (finalités)"));
        h.el("li", row.getLiteral("sousFinalites").getInt() + " " + l.t("sous-finalités",
                "sub-purposes (sous-finalités)"));
        h.el("li", row.getLiteral("textes").getInt() + " " + l.t("textes juridiques cités", "legal texts cited"));
        h.close("ul").newline();
    }

    private void missions(Html h, Langue l, SiteLinks links) {
        h.el("h2", l.t("Missions", "Missions")).newline();
        h.open("table").el("caption", l.t("Missions du registre, avec leurs finalités et sous-finalités",
                "Missions of the register, with their purposes and sub-purposes"));
        h.open("thead").open("tr");
        for (String col : List.of(l.t("N°", "No."), l.t("Mission", "Mission"), l.t("Nature", "Kind"),
                l.t("Finalités", "Purposes"), l.t("Sous-finalités", "Sub-purposes"))) {
            h.el("th", col, "scope", "col");
        }
        h.close("tr").close("thead").open("tbody").newline();
        for (QuerySolution row : site.select("home-missions.rq")) {
            Resource mission = row.getResource("mission");
            h.open("tr").el("td", row.getLiteral("identifier").getLexicalForm()).open("th", "scope", "row");
            resourceLink(h, mission, links, l);
            h.close("th");
            boolean metier = row.getResource("type").getURI().equals(site.reg("MissionMetier"));
            h.el("td", metier ? l.t("Mission métier", "Core mission") : l.t("Mission support", "Support mission"));
            h.el("td", row.getLiteral("finalites").getLexicalForm());
            h.el("td", row.getLiteral("sousFinalites").getLexicalForm());
            h.close("tr").newline();
        }
        h.close("tbody").close("table").newline();
    }

    private void bases(Html h, Langue l) {
        h.el("h2", l.t("Fondements juridiques (article 6-1 du RGPD)", "Legal bases (GDPR Article 6(1))")).newline();
        h.open("table").el("caption", l.t("Répartition des fondements par base de l'article 6-1",
                "Distribution of legal bases by GDPR Article 6(1) basis"));
        h.open("thead").open("tr");
        h.el("th", l.t("Base", "Basis"), "scope", "col");
        h.el("th", l.t("Fondements", "Legal-basis statements"), "scope", "col");
        h.el("th", l.t("Finalités concernées", "Purposes relying on it"), "scope", "col");
        h.close("tr").close("thead").open("tbody").newline();
        for (QuerySolution row : site.select("home-bases.rq")) {
            Resource article = row.getResource("article");
            h.open("tr").open("th", "scope", "row");
            h.a(article.getURI(), gdprArticle(article, l));
            h.close("th");
            h.el("td", row.getLiteral("bases").getLexicalForm());
            h.el("td", row.getLiteral("finalites").getLexicalForm());
            h.close("tr").newline();
        }
        h.close("tbody").close("table").newline();
    }

    /** "Art. 6-1-c RGPD — Obligation légale" from the IRI and the DPV label. */
    private String gdprArticle(Resource article, Langue l) {
        String iri = article.getURI();
        String name = iri.startsWith(GDPR) ? iri.substring(GDPR.length()) : site.curie(iri);
        String code = name.startsWith("A") ? name.substring(1) : name;
        RegisterSite.Label label = site.label(article, l);
        String prefix = l.t("Art. " + code + " du RGPD", "GDPR Art. " + code);
        return label.text().equals(name) ? prefix : prefix + " — " + label.text();
    }

    private void validationSummary(Html h, Langue l, SiteLinks links) {
        ValidationFindings findings = site.findings();
        h.el("h2", l.t("Validation", "Validation")).newline();
        h.open("p");
        if (!findings.validated()) {
            h.text(l.t("La validation SHACL n'a pas été exécutée pour cette publication.",
                    "SHACL validation was not run for this publication."));
        } else {
            h.text(findings.passes()
                    ? l.t("Conforme : aucune violation des formes SHACL.", "Conforms: no violation of the SHACL shapes.")
                    : l.t("Non conforme : des violations des formes SHACL subsistent.",
                            "Does not conform: violations of the SHACL shapes remain."));
            h.text(" " + findings.count(ValidationFinding.Severity.VIOLATION) + " " + l.t("violation(s)", "violation(s)")
                    + ", " + findings.count(ValidationFinding.Severity.WARNING) + " " + l.t("avertissement(s)",
                            "warning(s)")
                    + ", " + findings.count(ValidationFinding.Severity.INFO) + " " + l.t("information(s)",
                            "info(s)") + ". ");
        }
        h.a(links.validation(l), l.t("Rapport de validation", "Validation report"));
        h.close("p").newline();
    }

    // ---------------------------------------------------------------- resources

    /** The page of a resource document; hash documents (the ontology) list each of their terms. */
    String resource(String path, Langue l, SiteLinks links) {
        String documentIri = site.base().iri(path);
        Resource main = site.resource(documentIri);
        boolean self = site.irisOf(path).contains(documentIri);
        RegisterSite.Label label = site.label(main, l);
        List<String[]> crumbs = new ArrayList<>();
        crumbs.add(new String[] {links.home(l), l.t("Accueil", "Home")});
        for (Resource ancestor : site.ancestors(main)) {
            RegisterSite.Label crumb = site.label(ancestor, l);
            crumbs.add(new String[] {href(ancestor.getURI(), links, l), crumb.text(), otherLang(crumb, l)});
        }
        crumbs.add(new String[] {links.page(path, l), label.text(), otherLang(label, l)});
        List<String[]> alternates = new ArrayList<>();
        for (RdfFormat f : RdfFormat.rdf()) {
            alternates.add(new String[] {f.mediaType, links.document(path, f)});
        }
        return layout(l, links, label.text(), links.page(path, l.other()), crumbs, alternates, h -> {
            h.open("h1");
            label(h, label, l);
            h.close("h1").newline();
            h.open("p").text(l.t("IRI : ", "IRI: ")).el("code", documentIri).close("p").newline();
            types(h, main, l, links);
            labels(h, main, l);
            if (site.hasType(main, site.reg("MissionMetier")) || site.hasType(main, site.reg("MissionSupport"))
                    || site.hasType(main, site.reg("Mission"))) {
                mission(h, main, l, links);
            }
            if (site.hasType(main, site.reg("Finalite"))) {
                finalite(h, main, l, links);
            }
            if (site.hasType(main, site.reg("SousFinalite"))) {
                sousFinalite(h, main, l, links);
            }
            if (site.hasType(main, DPV + "LegalBasis")) {
                legalBasis(h, main, l, links, 1);
            }
            if (site.hasType(main, DPV + "Law") || site.hasType(main, ELI + "LegalResource")) {
                legalText(h, main, l, links);
            }
            for (String iri : site.irisOf(path)) {
                if (!iri.equals(documentIri)) {
                    hashTerm(h, site.resource(iri), l, links);
                }
            }
            validationOf(h, site.irisOf(path), l, links);
            openInSparql(h, documentIri, l, links);
            formats(h, path, l, links);
            if (self) {
                allStatements(h, main, l, links);
            }
        });
    }

    private void types(Html h, Resource r, Langue l, SiteLinks links) {
        List<Resource> types = r.listProperties(RDF.type).toList().stream().map(Statement::getObject)
                .filter(RDFNode::isURIResource).map(RDFNode::asResource)
                .sorted(java.util.Comparator.comparing(Resource::getURI)).toList();
        if (types.isEmpty()) {
            return;
        }
        h.open("p").text(l.t("Type : ", "Type: "));
        for (int i = 0; i < types.size(); i++) {
            if (i > 0) {
                h.text(", ");
            }
            h.a(href(types.get(i).getURI(), links, l), site.curie(types.get(i).getURI()));
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
        h.el("h2", l.t("Libellés", "Labels")).newline();
        h.open("dl");
        fr.ifPresent(lit -> {
            h.el("dt", l.t("Libellé (français, tel que publié)", "Label (French, as published)"));
            h.open("dd").el("span", lit.getLexicalForm(), "lang", "fr").close("dd");
        });
        en.ifPresent(lit -> {
            boolean ours = fr.isPresent() && r.isURIResource() && site.base().path(r.getURI()).isPresent();
            h.el("dt", ours ? l.t("Libellé anglais (traduction du projet, ne figure pas dans le document)",
                    "English label (the project's translation, not in the document)")
                    : l.t("Libellé anglais", "English label"));
            h.open("dd").el("span", lit.getLexicalForm(), "lang", "en").close("dd");
        });
        alt.ifPresent(lit -> {
            h.el("dt", l.t("Libellé de la liste des finalités (quand il diffère)",
                    "Label in the overview list (when different)"));
            h.open("dd").el("span", lit.getLexicalForm(), "lang", "fr").close("dd");
        });
        h.close("dl").newline();
    }

    private void mission(Html h, Resource mission, Langue l, SiteLinks links) {
        h.el("h2", l.t("Finalités de la mission", "Purposes of this mission")).newline();
        h.open("table").el("caption", l.t("Finalités, dans l'ordre du document", "Purposes, in document order"));
        h.open("thead").open("tr");
        for (String col : List.of(l.t("N°", "No."), l.t("Finalité", "Purpose"), l.t("Sous-finalités", "Sub-purposes"),
                l.t("Fondements", "Legal bases"))) {
            h.el("th", col, "scope", "col");
        }
        h.close("tr").close("thead").open("tbody").newline();
        for (QuerySolution row : site.select("mission-finalites.rq", RegisterSite.bind("mission", mission.getURI()))) {
            h.open("tr").el("td", row.contains("identifier") ? row.getLiteral("identifier").getLexicalForm() : "");
            h.open("th", "scope", "row");
            resourceLink(h, row.getResource("finalite"), links, l);
            h.close("th");
            h.el("td", row.getLiteral("sousFinalites").getLexicalForm());
            h.el("td", row.getLiteral("bases").getLexicalForm());
            h.close("tr").newline();
        }
        h.close("tbody").close("table").newline();
    }

    private void finalite(Html h, Resource finalite, Langue l, SiteLinks links) {
        purposes(h, finalite, l, links);
        projectReading(h, finalite, l, links);
        h.el("h2", l.t("Sous-finalités", "Sub-purposes")).newline();
        h.open("ol");
        for (QuerySolution row : site.select("finalite-sous-finalites.rq",
                RegisterSite.bind("finalite", finalite.getURI()))) {
            h.open("li");
            resourceLink(h, row.getResource("sous"), links, l);
            h.close("li").newline();
        }
        h.close("ol").newline();
        h.el("h2", l.t("Fondements juridiques", "Legal bases")).newline();
        for (QuerySolution row : site.select("legal-bases.rq", RegisterSite.bind("finalite", finalite.getURI()))) {
            Resource basis = row.getResource("basis");
            h.open("section", "aria-label", site.label(basis, l).text());
            h.open("h3");
            resourceLink(h, basis, links, l);
            h.close("h3");
            legalBasis(h, basis, l, links, 3);
            h.close("section").newline();
        }
        site.literal(finalite, site.graph().createProperty(site.reg("fondementsTexte")), "fr").ifPresent(text -> {
            h.el("h3", l.t("Fondements, texte intégral tel que publié", "Legal bases, full text as published"));
            h.el("blockquote", text.getLexicalForm(), "lang", "fr");
        });
    }

    private void purposes(Html h, Resource process, Langue l, SiteLinks links) {
        List<QuerySolution> rows = site.select("purposes.rq", RegisterSite.bind("process", process.getURI()));
        if (rows.isEmpty()) {
            return;
        }
        h.el("h2", l.t("Finalités DPV (alignement du projet)", "DPV purposes (the project's alignment)")).newline();
        h.open("ul");
        Map<String, List<Resource>> byPurpose = new LinkedHashMap<>();
        for (QuerySolution row : rows) {
            List<Resource> broader = byPurpose.computeIfAbsent(row.getResource("purpose").getURI(),
                    k -> new ArrayList<>());
            if (row.contains("broader")) {
                broader.add(row.getResource("broader"));
            }
        }
        byPurpose.forEach((purpose, broader) -> {
            h.open("li");
            resourceLink(h, site.resource(purpose), links, l);
            h.text(" ").el("code", site.curie(purpose));
            if (!broader.isEmpty()) {
                h.text(l.t(" — spécialise ", " — narrows "));
                for (int i = 0; i < broader.size(); i++) {
                    if (i > 0) {
                        h.text(", ");
                    }
                    resourceLink(h, broader.get(i), links, l);
                }
            }
            h.close("li");
        });
        h.close("ul").newline();
    }

    /**
     * The project's reading of a finalité: the categories of data and data subjects, and the operations, that the
     * document's words show, each with the words quoted. Headed and worded as the project's reading, never as the
     * register's statements.
     */
    private void projectReading(Html h, Resource finalite, Langue l, SiteLinks links) {
        List<QuerySolution> rows = site.select("project-reading.rq", RegisterSite.bind("finalite", finalite.getURI()));
        if (rows.isEmpty()) {
            return;
        }
        h.el("h2", l.t("Données et personnes concernées (lecture du projet)",
                "Data and data subjects (the project's reading)")).newline();
        h.el("p", l.t("Le document ne les énonce pas : le projet Registre les lit dans les mots cités de la finalité.",
                "The document does not state them: the Registre project reads them in the finalité's quoted words."),
                "class", "lecture");
        h.open("dl");
        String current = null;
        for (QuerySolution row : rows) {
            String lien = row.getResource("lien").getURI();
            if (!lien.equals(current)) {
                current = lien;
                h.el("dt", lien.endsWith("hasPersonalData") ? l.t("Catégories de données", "Categories of data")
                        : lien.endsWith("hasDataSubject") ? l.t("Personnes concernées", "Data subjects")
                        : l.t("Opérations décrites ailleurs aussi", "Operations also described elsewhere"));
            }
            h.open("dd");
            resourceLink(h, row.getResource("concept"), links, l);
            h.text(l.t(" — d'après « ", " — from \u201c"));
            h.el("span", row.getLiteral("mots").getLexicalForm(), "lang", "fr");
            h.text(l.t(" » (", "\u201d ("));
            h.open("a", "href", href(row.getResource("lecture").getURI(), links, l))
                    .text(l.t("lecture du projet", "project's reading")).close("a");
            h.text(")");
            h.close("dd");
        }
        h.close("dl").newline();
    }

    /** A legal basis: its GDPR article and kind, its text as printed, end of validity, the French texts behind it. */
    private void legalBasis(Html h, Resource basis, Langue l, SiteLinks links, int level) {
        String heading = "h" + Math.min(level + 1, 6);
        h.open("dl");
        for (RDFNode article : site.graph().listObjectsOfProperty(basis, SKOS.broader).toList()) {
            if (article.isURIResource()) {
                h.el("dt", l.t("Base de l'article 6-1 du RGPD", "GDPR Article 6(1) basis"));
                h.open("dd").a(article.asResource().getURI(), gdprArticle(article.asResource(), l)).close("dd");
            }
        }
        site.literal(basis, site.graph().createProperty(site.reg("texteSource")), "fr").ifPresent(t -> {
            h.el("dt", l.t("Texte tel que publié", "Text as published"));
            h.open("dd").el("span", t.getLexicalForm(), "lang", "fr").close("dd");
        });
        site.graph().listObjectsOfProperty(basis, site.graph().createProperty(site.reg("finDeValidite"))).forEach(d -> {
            h.el("dt", l.t("Fin de validité", "End of validity"));
            h.open("dd").el("time", d.asLiteral().getLexicalForm(), "datetime", d.asLiteral().getLexicalForm())
                    .close("dd");
        });
        h.close("dl");
        List<QuerySolution> laws = site.select("basis-laws.rq", RegisterSite.bind("basis", basis.getURI()));
        h.el(heading, l.t("Textes français sur lesquels il repose", "French legal texts behind it"));
        if (laws.isEmpty()) {
            h.el("p", l.t("Aucun texte national cité.", "No national text cited."));
        } else {
            h.open("ul");
            for (QuerySolution row : laws) {
                h.open("li");
                resourceLink(h, row.getResource("law"), links, l);
                h.close("li");
            }
            h.close("ul");
        }
        h.newline();
    }

    private void sousFinalite(Html h, Resource sous, Langue l, SiteLinks links) {
        RDFNode nested = site.graph().listObjectsOfProperty(sous,
                site.graph().createProperty(site.reg("elementsImbriques"))).toList().stream().findFirst().orElse(null);
        if (nested != null) {
            h.el("h2", l.t("Éléments imbriqués", "Nested items")).newline();
            value(h, nested, links, l);
        }
    }

    private void legalText(Html h, Resource law, Langue l, SiteLinks links) {
        List<QuerySolution> parts = site.select("law-parts.rq", RegisterSite.bind("law", law.getURI()));
        if (!parts.isEmpty()) {
            h.el("h2", l.t("Articles et parties", "Articles and parts")).newline();
            h.open("ul");
            for (QuerySolution row : parts) {
                h.open("li");
                resourceLink(h, row.getResource("part"), links, l);
                h.close("li");
            }
            h.close("ul").newline();
        }
        h.el("h2", l.t("Finalités qui s'appuient sur ce texte", "Purposes relying on this text")).newline();
        List<QuerySolution> rows = site.select("law-finalites.rq", RegisterSite.bind("law", law.getURI()));
        if (rows.isEmpty()) {
            h.el("p", l.t("Aucune finalité du registre ne cite ce texte.", "No purpose of the register cites it."));
            return;
        }
        h.open("table").el("caption", l.t("Finalités, fondement et texte cité",
                "Purposes, legal basis and the text cited"));
        h.open("thead").open("tr");
        for (String col : List.of(l.t("Finalité", "Purpose"), l.t("Fondement", "Legal basis"),
                l.t("Texte cité", "Text cited"))) {
            h.el("th", col, "scope", "col");
        }
        h.close("tr").close("thead").open("tbody").newline();
        for (QuerySolution row : rows) {
            h.open("tr").open("th", "scope", "row");
            resourceLink(h, row.getResource("finalite"), links, l);
            h.close("th").open("td");
            resourceLink(h, row.getResource("basis"), links, l);
            h.close("td").open("td");
            resourceLink(h, row.getResource("via"), links, l);
            h.close("td").close("tr").newline();
        }
        h.close("tbody").close("table").newline();
    }

    /** One term of a hash document (the ontology), anchored by its fragment. */
    private void hashTerm(Html h, Resource term, Langue l, SiteLinks links) {
        String iri = term.getURI();
        String fragment = iri.substring(iri.indexOf('#') + 1);
        h.open("section", "id", fragment, "aria-label", fragment);
        h.open("h2");
        label(h, site.label(term, l), l);
        h.text(" ").el("code", site.curie(iri));
        h.close("h2").newline();
        statementsTable(h, site.statements(term), l, links);
        h.close("section").newline();
    }

    /**
     * The validation results about this resource, then those about its parts (the legal bases and sous-finalités of
     * a finalité), so that a defect of a basis shows on the finalité too.
     */
    private void validationOf(Html h, java.util.Collection<String> iris, Langue l, SiteLinks links) {
        if (!site.findings().validated()) {
            return;
        }
        List<ValidationFinding> about = new ArrayList<>();
        List<ValidationFinding> parts = new ArrayList<>();
        for (String iri : iris) {
            about.addAll(site.findings().about(iri));
            for (Statement s : site.incoming(site.resource(iri))) {
                if (s.getPredicate().equals(org.apache.jena.vocabulary.DCTerms.isPartOf)
                        && s.getSubject().isURIResource()) {
                    parts.addAll(site.findings().about(s.getSubject().getURI()));
                }
            }
        }
        h.el("h2", l.t("Résultats de validation", "Validation results")).newline();
        if (about.isEmpty() && parts.isEmpty()) {
            h.open("p").text(l.t("Aucun résultat de validation sur cette ressource. ",
                    "No validation result about this resource. "))
                    .a(links.validation(l), l.t("Rapport complet", "Full report")).close("p").newline();
            return;
        }
        if (!about.isEmpty()) {
            findingsTable(h, about, l, links, false);
        }
        if (!parts.isEmpty()) {
            h.el("h3", l.t("Sur ses parties (fondements, sous-finalités)", "About its parts (legal bases, "
                    + "sub-purposes)")).newline();
            findingsTable(h, parts, l, links, true);
        }
        h.open("p").a(links.validation(l), l.t("Rapport de validation complet", "Full validation report")).close("p");
    }

    private void openInSparql(Html h, String iri, Langue l, SiteLinks links) {
        String query = site.queryText("open-in-sparql.rq", RegisterSite.bind("resource", iri));
        links.query(query).ifPresent(href -> h.open("p").a(href, l.t("Ouvrir dans SPARQL", "Open in SPARQL"),
                "class", "sparql").close("p").newline());
    }

    private void formats(Html h, String path, Langue l, SiteLinks links) {
        h.el("h2", l.t("Autres formats", "Other formats")).newline();
        h.open("ul");
        for (RdfFormat f : RdfFormat.rdf()) {
            h.open("li").a(links.document(path, f), f.label(), "type", f.mediaType).close("li");
        }
        h.close("ul").newline();
    }

    private void allStatements(Html h, Resource r, Langue l, SiteLinks links) {
        h.el("h2", l.t("Toutes les déclarations", "All statements")).newline();
        statementsTable(h, site.statements(r), l, links);
        List<Statement> incoming = site.incoming(r);
        if (!incoming.isEmpty()) {
            h.el("h2", l.t("Ressources qui y renvoient", "Resources pointing here")).newline();
            h.open("table").open("thead").open("tr");
            h.el("th", l.t("Ressource", "Resource"), "scope", "col").el("th", l.t("Propriété", "Property"), "scope",
                    "col");
            h.close("tr").close("thead").open("tbody");
            for (Statement s : incoming) {
                h.open("tr").open("td");
                resourceLink(h, s.getSubject(), links, l);
                h.close("td").open("td");
                value(h, s.getPredicate(), links, l);
                h.close("td").close("tr").newline();
            }
            h.close("tbody").close("table").newline();
        }
    }

    private void statementsTable(Html h, List<Statement> statements, Langue l, SiteLinks links) {
        h.open("table").open("thead").open("tr");
        h.el("th", l.t("Propriété", "Property"), "scope", "col").el("th", l.t("Valeur", "Value"), "scope", "col");
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

    // ---------------------------------------------------------------- validation

    String validation(Langue l, SiteLinks links) {
        String title = l.t("Rapport de validation", "Validation report");
        List<String[]> crumbs = List.<String[]>of(new String[] {links.home(l), l.t("Accueil", "Home")},
                new String[] {links.validation(l), title});
        return layout(l, links, title, links.validation(l.other()), crumbs, List.of(), h -> {
            h.el("h1", title).newline();
            validationSummary(h, l, links);
            if (site.findings().htmlReport().isPresent()) {
                h.open("p").a(links.validationReport(), l.t("Rapport détaillé de l'étape de validation",
                        "Detailed report of the validation stage")).close("p").newline();
            }
            for (ValidationFinding.Severity severity : ValidationFinding.Severity.values()) {
                List<ValidationFinding> some = site.findings().findings().stream()
                        .filter(f -> f.severity() == severity).toList();
                if (!some.isEmpty()) {
                    h.el("h2", severity.label(l) + " (" + some.size() + ")").newline();
                    findingsTable(h, some, l, links, true);
                }
            }
        });
    }

    private void findingsTable(Html h, List<ValidationFinding> findings, Langue l, SiteLinks links,
            boolean withFocus) {
        h.open("table").open("thead").open("tr");
        List<String> cols = new ArrayList<>(List.of(l.t("Gravité", "Severity")));
        if (withFocus) {
            cols.add(l.t("Ressource", "Resource"));
        }
        cols.addAll(List.of(l.t("Propriété", "Property"), l.t("Valeur", "Value"), l.t("Message", "Message"),
                l.t("Forme", "Shape")));
        for (String col : cols) {
            h.el("th", col, "scope", "col");
        }
        h.close("tr").close("thead").open("tbody").newline();
        for (ValidationFinding f : findings) {
            h.open("tr", "class", "resultat");
            h.el("td", f.severity().label(l), "class", f.severity().label(l));
            if (withFocus) {
                h.open("td");
                if (f.focusNode().startsWith("_:")) {
                    h.text(f.focusNode());
                } else if (site.answers(f.focusNode())) {
                    resourceLink(h, site.resource(f.focusNode()), links, l);
                } else {
                    h.el("code", f.focusNode());
                }
                h.close("td");
            }
            h.el("td", f.path().map(site::curie).orElse(""));
            h.el("td", f.value().orElse(""));
            h.open("td");
            List<String> messages = f.messages(l);
            for (int i = 0; i < messages.size(); i++) {
                if (i > 0) {
                    h.open("br");
                }
                h.text(messages.get(i));
            }
            h.close("td");
            h.el("td", f.sourceShape().map(site::curie).orElse(""));
            h.close("tr").newline();
        }
        h.close("tbody").close("table").newline();
    }

    // ---------------------------------------------------------------- dataset description

    /** The VoID + DCAT + DQV description as a page: one section per resource it describes. */
    String datasetDescription(org.apache.jena.rdf.model.Model description, Langue l, SiteLinks links) {
        String title = l.t("Description du jeu de données", "Dataset description");
        String doc = site.base().iri(DatasetDescription.PATH);
        List<String[]> crumbs = List.<String[]>of(new String[] {links.home(l), l.t("Accueil", "Home")},
                new String[] {links.datasetDescription(), title});
        List<String[]> alternates = new ArrayList<>();
        for (RdfFormat f : RdfFormat.rdf()) {
            alternates.add(new String[] {f.mediaType, links.datasetDocument(f)});
        }
        // The description page exists once, in both languages: its language switch goes home.
        return layout(l, links, title, links.home(l.other()), crumbs, alternates, h -> {
            h.el("h1", title).newline();
            h.open("p").text(l.t("Description VoID, DCAT et DQV (qualité : résultat de la validation SHACL). ",
                    "VoID, DCAT and DQV description (quality: outcome of the SHACL validation). "))
                    .text(l.t("Formats : ", "Formats: "));
            for (RdfFormat f : RdfFormat.rdf()) {
                h.a(links.datasetDocument(f), f.label(), "type", f.mediaType).text(" ");
            }
            h.close("p").newline();
            List<Resource> subjects = description.listSubjects().toList().stream().filter(Resource::isURIResource)
                    .sorted(java.util.Comparator.comparing(Resource::getURI)).toList();
            for (Resource subject : subjects) {
                String iri = subject.getURI();
                boolean local = iri.startsWith(doc + "#");
                h.open("section", "id", local ? iri.substring(doc.length() + 1) : null, "aria-label", iri);
                h.open("h2").el("code", local ? iri.substring(doc.length()) : iri).close("h2").newline();
                h.open("table").open("thead").open("tr");
                h.el("th", l.t("Propriété", "Property"), "scope", "col").el("th", l.t("Valeur", "Value"), "scope",
                        "col");
                h.close("tr").close("thead").open("tbody");
                List<Statement> statements = new ArrayList<>(subject.listProperties().toList());
                statements.sort(java.util.Comparator.comparing((Statement s) -> s.getPredicate().getURI())
                        .thenComparing(s -> s.getObject().toString()));
                for (Statement s : statements) {
                    h.open("tr").open("td").a(s.getPredicate().getURI(),
                            shortForm(description, s.getPredicate().getURI())).close("td").open("td");
                    RDFNode o = s.getObject();
                    if (o.isURIResource() && o.asResource().getURI().startsWith(doc + "#")) {
                        String fragment = o.asResource().getURI().substring(doc.length());
                        h.a(fragment, fragment);
                    } else if (o.isURIResource() && !isEndpoint(o.asResource().getURI())) {
                        h.a(href(o.asResource().getURI(), links, l), o.asResource().getURI());
                    } else {
                        value(h, o, links, l);
                    }
                    h.close("td").close("tr").newline();
                }
                h.close("tbody").close("table").close("section").newline();
            }
        });
    }

    private static String shortForm(org.apache.jena.rdf.model.Model m, String iri) {
        String shortForm = m.shortForm(iri);
        return shortForm == null ? iri : shortForm;
    }

    // ---------------------------------------------------------------- errors

    /** Error pages say it in both languages: the reader may have followed a link from anywhere. */
    String error(int status, Langue l, SiteLinks links, String detailFr, String detailEn) {
        String title = status == 404 ? "Ressource introuvable / Not found"
                : status == 406 ? "Format non disponible / Not acceptable" : "Requête invalide / Bad request";
        return layout(l, links, title, links.home(l.other()), List.of(), List.of(), h -> {
            h.el("h1", status + " — " + title).newline();
            h.el("p", detailFr).newline();
            h.el("p", detailEn, "lang", "en").newline();
            h.open("p").a(links.home(l), "Retour à l'accueil").text(" / ")
                    .a(links.home(Langue.EN), "Back to the home page", "lang", "en").close("p").newline();
        });
    }
}
