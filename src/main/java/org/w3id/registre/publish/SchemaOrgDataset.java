package org.w3id.registre.publish;

import java.io.StringWriter;
import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;

/**
 * The dataset's schema.org {@code Dataset} description as JSON-LD, for the home page's
 * {@code <script type="application/ld+json">}: dataset search engines read schema.org, not DCAT. It is derived from
 * the DCAT description of {@link DatasetDescription} by one CONSTRUCT ({@code schema-org-dataset.rq}), so the two
 * cannot disagree.
 */
final class SchemaOrgDataset {

    static final String SCHEMA = "https://schema.org/";

    private SchemaOrgDataset() {
    }

    static Model of(Model dcatDescription) {
        Model schema = SiteQueries.construct("schema-org-dataset.rq", dcatDescription, Map.of());
        schema.setNsPrefix("schema", SCHEMA);
        return schema;
    }

    /** JSON-LD text safe inside a script element: no {@code </} can close it early. */
    static String jsonLd(Model dcatDescription) {
        StringWriter out = new StringWriter();
        RDFDataMgr.write(out, of(dcatDescription), RDFFormat.JSONLD11_PRETTY);
        return out.toString().replace("</", "<\\/");
    }
}
