package org.w3id.registre.diff;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.w3id.registre.core.Markup;
import org.w3id.registre.core.Reg;

/**
 * The changes written out: text (one line each, French then English), JSON (records), Turtle (the change-set
 * vocabulary {@code chg:}, README "Éditions"), HTML (the "what changed" page).
 */
public final class DiffReport {

    /** The change-set vocabulary: {@code chg:ChangeSet}, {@code chg:Change}, one class per kind of change. */
    public static final String CHG = Reg.BASE + "changements#";

    private DiffReport() {
    }

    public static String text(String before, String after, List<Change> changes) {
        StringBuilder s = new StringBuilder("Modifications / changes : " + before + " → " + after + " ("
                + changes.size() + ")\n");
        for (Change c : changes) {
            s.append(sign(c)).append(' ').append(c.finalite()).append(" « ").append(c.title()).append(" » — ")
                    .append(c.kind().fr).append(" / ").append(c.kind().en);
            if (c.before() != null && c.after() != null) {
                s.append(" : « ").append(c.before()).append(" » → « ").append(c.after()).append(" »");
            } else if (c.before() != null && !c.before().equals(c.title())) {
                s.append(" : « ").append(c.before()).append(" »");
            } else if (c.after() != null && !c.after().equals(c.title())) {
                s.append(" : « ").append(c.after()).append(" »");
            }
            s.append('\n');
        }
        return s.toString();
    }

    private static char sign(Change c) {
        return c.after() == null ? '-' : c.before() == null ? '+' : '~';
    }

    public static String json(String before, String after, List<Change> changes) {
        StringBuilder s = new StringBuilder("{\"avant\": " + quote(before) + ", \"apres\": " + quote(after)
                + ", \"changements\": [");
        for (int i = 0; i < changes.size(); i++) {
            Change c = changes.get(i);
            s.append(i == 0 ? "\n  " : ",\n  ").append("{\"type\": ").append(quote(c.kind().term))
                    .append(", \"finalite\": ").append(quote(c.finalite()))
                    .append(", \"titre\": ").append(quote(c.title()))
                    .append(", \"avant\": ").append(quote(c.before()))
                    .append(", \"apres\": ").append(quote(c.after())).append('}');
        }
        return s.append("\n]}\n").toString();
    }

    static String quote(String v) {
        if (v == null) {
            return "null";
        }
        StringBuilder s = new StringBuilder("\"");
        for (char ch : v.toCharArray()) {
            switch (ch) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                case '\t' -> s.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        s.append(String.format("\\u%04x", (int) ch));
                    } else {
                        s.append(ch);
                    }
                }
            }
        }
        return s.append('"').toString();
    }

    public static Model turtle(String before, String after, List<Change> changes) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("chg", CHG);
        m.setNsPrefix("dct", DCTerms.NS);
        Property finalite = m.createProperty(CHG + "finalite");
        Property avant = m.createProperty(CHG + "avant");
        Property apres = m.createProperty(CHG + "apres");
        Property change = m.createProperty(CHG + "changement");
        Resource set = m.createResource().addProperty(RDF.type, m.createResource(CHG + "ChangeSet"))
                .addProperty(m.createProperty(CHG + "editionAvant"), before)
                .addProperty(m.createProperty(CHG + "editionApres"), after);
        int n = 0;
        for (Change c : changes) {
            Resource r = m.createResource().addProperty(RDF.type, m.createResource(CHG + "Change"))
                    .addProperty(RDF.type, m.createResource(CHG + c.kind().term))
                    .addProperty(finalite, c.finalite())
                    .addProperty(DCTerms.title, c.title(), "fr")
                    .addLiteral(m.createProperty(CHG + "rang"), m.createTypedLiteral(Integer.toString(++n),
                            XSDDatatype.XSDinteger));
            if (c.before() != null) {
                r.addProperty(avant, c.before());
            }
            if (c.after() != null) {
                r.addProperty(apres, c.after());
            }
            set.addProperty(change, r);
        }
        return m;
    }

    /**
     * The changes of a served edition, as data: the change set {@code setIri} ({@code …/edition/YYYY-MM-DD/changements}),
     * from the edition {@code beforeIri} to {@code afterIri} (IRIs, where the command line's form names files), each
     * change the hash IRI {@code setIri#N} in the order of the list; the edition points to it by
     * {@code chg:changements}.
     */
    public static Model changeSet(String setIri, String beforeIri, String afterIri, List<Change> changes) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("chg", CHG);
        Property rang = m.createProperty(CHG + "rang");
        Resource set = m.createResource(setIri).addProperty(RDF.type, m.createResource(CHG + "ChangeSet"))
                .addProperty(m.createProperty(CHG + "editionAvant"), m.createResource(beforeIri))
                .addProperty(m.createProperty(CHG + "editionApres"), m.createResource(afterIri))
                .addProperty(DCTerms.title, "Ce qui a changé", "fr")
                .addProperty(DCTerms.title, "What changed", "en");
        m.createResource(afterIri).addProperty(m.createProperty(CHG + "changements"), set);
        int n = 0;
        for (Change c : changes) {
            n++;
            Resource r = m.createResource(setIri + "#" + n)
                    .addProperty(RDF.type, m.createResource(CHG + "Change"))
                    .addProperty(RDF.type, m.createResource(CHG + c.kind().term))
                    .addProperty(m.createProperty(CHG + "finalite"), c.finalite())
                    .addProperty(DCTerms.title, c.title(), "fr")
                    .addLiteral(rang, m.createTypedLiteral(Integer.toString(n), XSDDatatype.XSDinteger));
            if (c.before() != null) {
                r.addProperty(m.createProperty(CHG + "avant"), c.before());
            }
            if (c.after() != null) {
                r.addProperty(m.createProperty(CHG + "apres"), c.after());
            }
            set.addProperty(m.createProperty(CHG + "changement"), r);
        }
        return m;
    }

    public static byte[] turtleBytes(String before, String after, List<Change> changes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, turtle(before, after, changes), RDFFormat.TURTLE_PRETTY);
        return out.toByteArray();
    }

    public static String html(String before, String after, List<Change> changes) {
        StringBuilder s = new StringBuilder("<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\">"
                + "<title>Ce qui a changé / What changed</title></head><body>\n<h1>Ce qui a changé <span lang=\"en\">"
                + "/ What changed</span></h1>\n<p>" + Markup.escape(before) + " → " + Markup.escape(after) + " : "
                + changes.size() + " modifications</p>\n<table><thead><tr><th>Finalité</th><th>Modification / change"
                + "</th><th>Avant / before</th><th>Après / after</th></tr></thead><tbody>\n");
        for (Change c : changes) {
            s.append("<tr><th scope=\"row\">").append(Markup.escape(c.finalite())).append(" ").append(Markup.escape(c.title()))
                    .append("</th><td>").append(Markup.escape(c.kind().fr)).append(" / <span lang=\"en\">")
                    .append(Markup.escape(c.kind().en)).append("</span></td><td>").append(Markup.escape(c.before()))
                    .append("</td><td>").append(Markup.escape(c.after())).append("</td></tr>\n");
        }
        return s.append("</tbody></table>\n</body></html>\n").toString();
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
