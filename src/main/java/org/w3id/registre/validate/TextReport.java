package org.w3id.registre.validate;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;

/** The plain-text report: a summary by severity and by shape, then each result. What a terminal shows. */
public final class TextReport {

    private TextReport() {
    }

    public static void write(Findings findings, Writer out) {
        PrintWriter w = new PrintWriter(out);
        w.println("Validation du registre / Register validation"
                + (findings.date() != null ? " — " + findings.date() : ""));
        w.println();
        Map<Level, Integer> counts = findings.countByLevel();
        w.printf("Résultats / Results: %d%n", findings.size());
        for (Level l : Level.values()) {
            w.printf("  %-26s %6d%n", l.bilingual(), counts.get(l));
        }
        w.println();
        w.println("Par forme / By shape:");
        for (Map.Entry<Node, List<Finding>> e : findings.byShape().entrySet()) {
            Finding first = e.getValue().get(0);
            w.printf("  %-12s %-45s %6d%n", first.level().english(), findings.shortForm(e.getKey()),
                    e.getValue().size());
        }
        w.println();
        w.println("Détail / Details:");
        for (Finding f : findings.all()) {
            w.println();
            w.printf("[%s] %s%n", f.level().bilingual(), findings.shortForm(f.shape()));
            w.printf("  nœud / focus : %s%s <%s>%n", f.focusFr(), f.focusEn().isEmpty() ? "" : " / " + f.focusEn(),
                    Findings.text(f.focus()));
            if (!f.path().isEmpty()) {
                w.printf("  chemin / path : %s%n", f.path());
            }
            if (!f.valueText().isEmpty()) {
                w.printf("  valeur / value : %s%n", f.valueText());
            }
            w.printf("  fr : %s%n", f.messageFr());
            w.printf("  en : %s%n", f.messageEn());
        }
        w.flush();
    }
}
