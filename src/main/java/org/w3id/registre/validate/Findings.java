package org.w3id.registre.validate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.rdf.model.StmtIterator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.path.PathWriter;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.registre.core.Prefixes;
import org.w3id.registre.core.Reg;
import org.w3id.registre.core.RegistreException;

/**
 * A validation report read for people — the one model of validation results, used by {@code validate}'s reports and
 * by the published pages: every result as a {@link Finding}, sorted by severity, shape and focus node, with the counts
 * the summaries show. Labels, missions and shape names come from the {@code labels} model: pass the data (and the
 * shapes, for the names of node shapes) — the report alone holds only IRIs. An untagged {@code sh:message} serves
 * both languages; a severity other than SHACL's three counts as a violation ({@link Level#of}).
 */
public final class Findings {

    static final String REG = Prefixes.REG;
    static final String DPV = Prefixes.DPV;
    static final String OUTSIDE_MISSIONS = "Hors mission (textes juridiques, registre) / Outside missions (legal texts, register)";

    private final List<Finding> all;
    private final LocalDate date;
    private final PrefixMapping prefixes;
    /** (shape, "fr" or "en") → its rdfs:label or null: read with the findings, see {@link #of}. */
    private final Map<List<Object>, String> shapeLabels;

    private Findings(List<Finding> all, LocalDate date, PrefixMapping prefixes, Map<List<Object>, String> shapeLabels) {
        this.all = List.copyOf(all);
        this.date = date;
        this.prefixes = prefixes;
        this.shapeLabels = shapeLabels;
    }

    /** Reads the report; {@code date} is the validation date shown in headers (may be null). */
    public static Findings of(ValidationReport report, Model labels, LocalDate date) {
        PrefixMapping prefixes = prefixesFor();
        Reader reader = new Reader(labels, prefixes);
        List<Finding> list = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            list.add(reader.finding(e));
        }
        list.sort(Comparator.comparing(Finding::level)
                .thenComparing(f -> f.nodeShape().toString())
                .thenComparing(f -> f.shape().toString())
                .thenComparing(f -> f.focus().toString())
                .thenComparing(Finding::valueText));
        // The shapes' names are read now: a Findings keeps nothing of the model it was read from, which may be a store
        // open only for the transaction of the validation.
        Map<List<Object>, String> shapeLabels = new java.util.HashMap<>();
        list.forEach(f -> java.util.stream.Stream.of(f.nodeShape(), f.shape()).filter(java.util.Objects::nonNull)
                .forEach(s -> List.of("fr", "en").forEach(lang -> shapeLabels.put(List.of(s, lang),
                        Reader.literal(labels.wrapAsResource(s), RDFS.label, lang)))));
        return new Findings(list, date, prefixes, shapeLabels);
    }

    /**
     * Reads a report written by any SHACL engine (the standard {@code sh:ValidationReport} vocabulary), with Jena's
     * own reader; a graph with no report is refused.
     */
    public static Findings read(Model report, Model labels, LocalDate date) {
        if (!report.contains(null, RDF.type, report.wrapAsResource(SHACL.ValidationReport))) {
            throw new RegistreException("rapport de validation : aucun sh:ValidationReport / validation report: no"
                    + " sh:ValidationReport");
        }
        Graph graph = report.getGraph();
        // Every result names its constraint component (SHACL § 3.6.2); Jena's reader fails without one, so a
        // hand-made report without it is refused here with what is missing, not with a NullPointerException.
        graph.find(Node.ANY, SHACL.result, Node.ANY).mapWith(Triple::getObject).forEachRemaining(r -> {
            if (!graph.contains(r, SHACL.sourceConstraintComponent, Node.ANY)) {
                throw new RegistreException("rapport de validation : un sh:result sans sh:sourceConstraintComponent"
                        + " (focus " + graph.find(r, SHACL.focusNode, Node.ANY).nextOptional()
                        .map(t -> t.getObject().toString()).orElse("?") + ") / validation report: a sh:result"
                        + " without sh:sourceConstraintComponent");
            }
        });
        ValidationReport parsed = ValidationReport.fromGraph(graph);
        // Jena's reader keeps one sh:resultMessage per result, and a report states one per language: the others
        // are added back from the result they belong to (same focus node, shape, severity, value).
        for (ReportEntry e : parsed.getEntries()) {
            graph.find(Node.ANY, SHACL.focusNode, e.focusNode()).mapWith(Triple::getSubject)
                    .filterKeep(r -> (e.source() == null || graph.contains(r, SHACL.sourceShape, e.source()))
                            && graph.contains(r, SHACL.resultSeverity, e.severity().level())
                            && (e.value() == null || graph.contains(r, SHACL.value, e.value())))
                    .forEach(r -> graph.find(r, SHACL.resultMessage, Node.ANY).mapWith(Triple::getObject)
                            .filterDrop(e.messages()::contains).toList().forEach(e::message));
        }
        return of(parsed, labels, date);
    }

    public List<Finding> all() {
        return all;
    }

    public LocalDate date() {
        return date;
    }

    public int size() {
        return all.size();
    }

    /** Counts by level, every level present (zero included), most serious first. */
    public Map<Level, Integer> countByLevel() {
        Map<Level, Integer> counts = new EnumMap<>(Level.class);
        for (Level l : Level.values()) {
            counts.put(l, 0);
        }
        all.forEach(f -> counts.merge(f.level(), 1, Integer::sum));
        return counts;
    }

    /** The one-line summary, as {@code serve} logs it: "Violation 0, Avertissement / Warning 50, Information / Info 627". */
    public String summary() {
        StringBuilder line = new StringBuilder();
        countByLevel().forEach((level, n) -> line.append(line.isEmpty() ? "" : ", ").append(level.bilingual())
                .append(' ').append(n));
        return line.toString();
    }

    /** The results whose focus node is this IRI, in report order. */
    public List<Finding> about(String iri) {
        return all.stream().filter(f -> f.focus().isURI() && f.focus().getURI().equals(iri)).toList();
    }

    /** Results grouped by the shape that produced them, in report order. */
    public Map<Node, List<Finding>> byShape() {
        Map<Node, List<Finding>> groups = new LinkedHashMap<>();
        all.forEach(f -> groups.computeIfAbsent(f.shape(), k -> new ArrayList<>()).add(f));
        return groups;
    }

    /** Results grouped by mission, missions in their order, results outside any mission last. */
    public Map<String, List<Finding>> byMission() {
        Map<String, List<Finding>> groups = new java.util.TreeMap<>(Comparator
                .comparing((String k) -> k.equals(OUTSIDE_MISSIONS))
                .thenComparing(Comparator.naturalOrder()));
        all.forEach(f -> groups.computeIfAbsent(f.missionName(), k -> new ArrayList<>()).add(f));
        return groups;
    }

    /** An IRI in its short form when a prefix is known ("rsh:Finalite-titre"), else in full. */
    public String shortForm(Node node) {
        if (node == null) {
            return "";
        }
        if (node.isURI()) {
            return prefixes.shortForm(node.getURI());
        }
        return Reader.text(node);
    }

    /** The French and English labels of a shape node (rdfs:label), or its short IRI. */
    public String shapeLabel(Node shape, String lang) {
        String label = shape == null ? null : shapeLabels.get(List.of(shape, lang));
        return label != null ? label : shortForm(shape);
    }

    /** The project's prefix map, with the two a report needs besides: SHACL's and the shapes'. */
    private static PrefixMapping prefixesFor() {
        PrefixMapping pm = PrefixMapping.Factory.create();
        pm.setNsPrefixes(PrefixMapping.Standard);
        pm.setNsPrefixes(Prefixes.mapping());
        pm.setNsPrefix("sh", SHACL.getURI());
        pm.setNsPrefix("rsh", Reg.SHAPES_NS);
        return pm;
    }

    /** Turns report entries into findings, with the labels and the mission of each focus node. */
    private static final class Reader {
        private final Model labels;
        private final PrefixMapping prefixes;
        private final Map<Node, Node> parentShape = new LinkedHashMap<>();
        private final Map<Node, Node> missionCache = new LinkedHashMap<>();
        private final Resource mission;
        private final Prologue prologue;

        Reader(Model labels, PrefixMapping prefixes) {
            this.labels = labels;
            this.prefixes = prefixes;
            this.prologue = new Prologue(prefixes);
            this.mission = labels.createResource(REG + "Mission");
            labels.listStatements(null, labels.createProperty(SHACL.property.getURI()), (RDFNode) null)
                    .forEachRemaining(s -> parentShape.put(s.getObject().asNode(), s.getSubject().asNode()));
        }

        Finding finding(ReportEntry e) {
            Resource focus = labels.wrapAsResource(e.focusNode());
            String fr = label(focus, "fr");
            String en = label(focus, "en");
            Node m = missionOf(e.focusNode());
            String missionName = OUTSIDE_MISSIONS;
            if (m != null) {
                Resource mr = labels.wrapAsResource(m);
                String id = literal(mr, DCTerms.identifier, null);
                String title = label(mr, "fr");
                missionName = (id != null ? id + " — " : "") + (title != null ? title : m.getURI());
            }
            Node shape = e.source();
            Node nodeShape = parentShape.getOrDefault(shape, shape);
            String path = e.resultPath() == null ? "" : PathWriter.asString(e.resultPath(), prologue);
            Node value = e.value();
            String[] messages = messages(e);
            return new Finding(Level.of(e.severity()), e.focusNode(), fr != null ? fr : text(e.focusNode()),
                    en != null ? en : "", m, missionName, shape, nodeShape, path, value,
                    // A node-level constraint reports the focus node as its value: saying it twice helps no one.
                    value == null || value.equals(e.focusNode()) ? ""
                            : (value.isURI() ? prefixes.shortForm(value.getURI()) : text(value)),
                    e.sourceConstraintComponent() == null ? ""
                            : prefixes.shortForm(e.sourceConstraintComponent().getURI()),
                    messages[0], messages[1]);
        }

        /** The French and the English message: by language tag; an untagged message serves both. */
        private static String[] messages(ReportEntry e) {
            String fr = null;
            String en = null;
            String plain = null;
            for (Node n : e.messages()) {
                if (!n.isLiteral()) {
                    continue;
                }
                String lang = n.getLiteralLanguage();
                if (lang.startsWith("fr") && fr == null) {
                    fr = n.getLiteralLexicalForm();
                } else if (lang.startsWith("en") && en == null) {
                    en = n.getLiteralLexicalForm();
                } else if (plain == null) {
                    plain = n.getLiteralLexicalForm();
                }
            }
            if (plain == null) {
                plain = "";
            }
            return new String[] {fr != null ? fr : plain, en != null ? en : plain};
        }

        /** The mission a node belongs to: itself, or up dct:isPartOf / the inverse of dpv:hasProcess, hasLegalBasis. */
        private Node missionOf(Node node) {
            if (missionCache.containsKey(node)) {
                return missionCache.get(node);
            }
            Node found = null;
            Set<Node> seen = new HashSet<>();
            Node current = node;
            while (current != null && current.isURI() && seen.add(current)) {
                Resource r = labels.wrapAsResource(current);
                if (isMission(r)) {
                    found = current;
                    break;
                }
                current = parent(r);
            }
            missionCache.put(node, found);
            return found;
        }

        private Node parent(Resource r) {
            Statement up = r.getProperty(DCTerms.isPartOf);
            if (up != null && up.getObject().isURIResource()) {
                return up.getObject().asNode();
            }
            for (String p : List.of(DPV + "hasProcess", DPV + "hasLegalBasis")) {
                StmtIterator it = labels.listStatements(null, labels.createProperty(p), r);
                try {
                    if (it.hasNext()) {
                        return it.next().getSubject().asNode();
                    }
                } finally {
                    it.close();
                }
            }
            return null;
        }

        private boolean isMission(Resource r) {
            StmtIterator types = r.listProperties(RDF.type);
            try {
                while (types.hasNext()) {
                    RDFNode t = types.next().getObject();
                    if (t.isResource() && isSubClassOfMission(t.asResource(), new HashSet<>())) {
                        return true;
                    }
                }
                return false;
            } finally {
                types.close();
            }
        }

        private boolean isSubClassOfMission(Resource type, Set<Resource> seen) {
            if (type.equals(mission)) {
                return true;
            }
            if (!seen.add(type)) {
                return false;
            }
            StmtIterator supers = type.listProperties(RDFS.subClassOf);
            try {
                while (supers.hasNext()) {
                    RDFNode s = supers.next().getObject();
                    if (s.isResource() && isSubClassOfMission(s.asResource(), seen)) {
                        return true;
                    }
                }
                return false;
            } finally {
                supers.close();
            }
        }

        /** skos:prefLabel, else rdfs:label, else (legal-basis nodes have no label) the source text as printed. */
        private String label(Resource r, String lang) {
            String l = literal(r, SKOS.prefLabel, lang);
            if (l == null) {
                l = literal(r, RDFS.label, lang);
            }
            if (l == null && "fr".equals(lang)) {
                l = literal(r, labels.createProperty(REG + "texteSource"), lang);
            }
            return l;
        }

        static String literal(Resource r, org.apache.jena.rdf.model.Property p, String lang) {
            StmtIterator it = r.listProperties(p);
            try {
                String fallback = null;
                while (it.hasNext()) {
                    RDFNode o = it.next().getObject();
                    if (!o.isLiteral()) {
                        continue;
                    }
                    String l = o.asLiteral().getLanguage();
                    if (lang == null || l.equalsIgnoreCase(lang)) {
                        return o.asLiteral().getLexicalForm();
                    }
                    if (fallback == null && l.isEmpty()) {
                        fallback = o.asLiteral().getLexicalForm();
                    }
                }
                return lang != null && lang.equals("fr") ? fallback : null;
            } finally {
                it.close();
            }
        }

        /** A node as plain text: the IRI, or a literal with its language tag or datatype. */
        static String text(Node n) {
            if (n == null) {
                return "";
            }
            if (n.isURI()) {
                return n.getURI();
            }
            if (n.isLiteral()) {
                String lang = n.getLiteralLanguage();
                if (!lang.isEmpty()) {
                    return n.getLiteralLexicalForm() + " @" + lang;
                }
                return n.getLiteralLexicalForm();
            }
            return "_:" + n.getBlankNodeLabel();
        }
    }

    /** For writers: a node as plain text. */
    public static String text(Node n) {
        return Reader.text(n);
    }
}
