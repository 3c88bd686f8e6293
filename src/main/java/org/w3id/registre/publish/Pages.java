package org.w3id.registre.publish;

import org.apache.jena.rdf.model.Model;

/**
 * The HTML pages of the site, written with {@link Html} (escaping by construction, no JavaScript), each kind by its
 * own class inside the shared {@link Layout}. The same code renders the running server's pages and the static
 * export's; only {@link SiteLinks} differs.
 */
final class Pages {

    private final HomePage home;
    private final ResourcePage resource;
    private final ValidationPage validation;
    private final DatasetDescriptionPage datasetDescription;
    private final ShapesPage shapes;
    private final RegisterSite site;
    private final PageParts parts;

    Pages(RegisterSite site) {
        this.site = site;
        this.parts = new PageParts(site);
        this.validation = new ValidationPage(site, parts);
        this.home = new HomePage(site, parts, validation);
        this.resource = new ResourcePage(site, parts, validation);
        this.datasetDescription = new DatasetDescriptionPage(site, parts);
        this.shapes = new ShapesPage(site, parts);
    }

    String home(Langue l, SiteLinks links) {
        return home.render(l, links);
    }

    /** The page of a resource document; hash documents (the ontology) list each of their terms. */
    String resource(String path, Langue l, SiteLinks links) {
        return resource.render(path, l, links);
    }

    String validation(Langue l, SiteLinks links) {
        return validation.render(l, links);
    }

    /** The validation stage's detailed report in the site's frame; empty when that stage gave none. */
    java.util.Optional<String> validationReport(SiteLinks links) {
        return site.findings().report().map(report -> ValidationReportPage.inSite(report, site, parts, links));
    }

    /** The SHACL shapes, one anchored section each. */
    String shapes(Langue l, SiteLinks links) {
        return shapes.render(l, links);
    }

    /** The validation report of one register ({@code ORG/registre}): its results only. */
    String registerValidation(String register, Langue l, SiteLinks links) {
        return validation.renderRegister(register, l, links);
    }

    String datasetDescription(Model description, Langue l, SiteLinks links) {
        return datasetDescription.render(description, l, links);
    }

    /** Error pages say it in both languages: the reader may have followed a link from anywhere. */
    String error(int status, Langue l, SiteLinks links, String detailFr, String detailEn) {
        return ErrorPage.render(status, l, links, detailFr, detailEn);
    }
}
