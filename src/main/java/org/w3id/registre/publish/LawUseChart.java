package org.w3id.registre.publish;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Resource;

/**
 * The legal-text page's picture: how many finalités rely on the text per mission, split into those whose basis cites
 * the text itself and those that cite only one of its articles or parts. The table of those finalités follows it.
 */
final class LawUseChart {

    private final RegisterSite site;
    private final PageParts parts;

    LawUseChart(RegisterSite site, PageParts parts) {
        this.site = site;
        this.parts = parts;
    }

    void draw(Html h, Resource law, Langue l, SiteLinks links) {
        List<QuerySolution> rows = site.select("law-missions.rq", RegisterSite.bind("law", law.getURI()));
        if (rows.isEmpty()) {
            return;
        }
        List<BarChart.Bar> bars = new ArrayList<>();
        StringBuilder desc = new StringBuilder();
        int total = 0;
        for (QuerySolution row : rows) {
            Resource mission = row.getResource("mission");
            RegisterSite.Label label = site.label(mission, l);
            String name = row.getLiteral("identifier").getLexicalForm() + " " + label.text();
            int all = row.getLiteral("finalites").getInt();
            int direct = row.getLiteral("directes").getInt();
            total += all;
            bars.add(new BarChart.Bar(name, PageParts.otherLang(label, l), List.of(direct, all - direct),
                    parts.href(mission.getURI(), links, l), l.msg("law-chart-bar", name, all, direct, all - direct)));
            desc.append(desc.isEmpty() ? "" : " ; ").append(l.msg("law-chart-bar", name, all, direct, all - direct));
        }
        h.open("figure");
        BarChart.draw(h, "graphique-texte", l.msg("law-chart-title"),
                l.msg("law-chart-desc", total, desc), List.of(
                        new BarChart.Series(l.msg("law-chart-direct"), "#0b4f9c"),
                        new BarChart.Series(l.msg("law-chart-through-part"), "#6b9bd1")), bars);
        h.close("figure").newline();
    }
}
