package org.w3id.registre.validate;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;

/**
 * One row per result, for spreadsheets (RFC 4180: comma-separated, fields quoted when needed, CRLF line ends).
 * Written with the JDK: quoting a field is four lines, not worth a dependency.
 */
public final class CsvReport {

    /** The header row: French name / English name of each column. */
    public static final List<String> HEADER = List.of("gravite/severity", "noeud/focus", "libelle/label_fr",
            "label_en", "mission", "forme/shape", "forme_noeud/node_shape", "chemin/path", "valeur/value",
            "composant/component", "message_fr", "message_en");

    private CsvReport() {
    }

    public static void write(Findings findings, Writer out) {
        PrintWriter w = new PrintWriter(out);
        row(w, HEADER);
        for (Finding f : findings.all()) {
            row(w, List.of(f.level().english(), Findings.text(f.focus()), f.focusFr(), f.focusEn(),
                    f.missionName(), findings.shortForm(f.shape()), findings.shortForm(f.nodeShape()), f.path(),
                    f.valueText(), f.component(), f.messageFr(), f.messageEn()));
        }
        w.flush();
    }

    private static void row(PrintWriter w, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                w.print(',');
            }
            w.print(field(fields.get(i)));
        }
        w.print("\r\n");
    }

    static String field(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
