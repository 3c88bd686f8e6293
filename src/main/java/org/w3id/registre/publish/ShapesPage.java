package org.w3id.registre.publish;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.shacl.vocabulary.SHACLM;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.registre.core.Reg;
import org.w3id.registre.publish.Layout.Alternate;
import org.w3id.registre.publish.Layout.Crumb;
import org.w3id.registre.validate.Level;

/**
 * The page of the SHACL shapes the register is validated with, as the ontology has its own: one section per shape,
 * anchored by the fragment of its IRI ({@code shapes#FondementEchu}), with its name, target, severity, French and
 * English messages, and its constraints in words. Every shape named by a validation result links here.
 */
final class ShapesPage {

    /** Where the shapes are published, on every base: {@code <base>shapes}, as {@code Reg.SHAPES_NS} names them. */
    static final String PATH = "shapes";

    /** What a shape states that is not a constraint: shown in its own rows, or not at all. */
    private static final Set<Property> NOT_CONSTRAINTS = Set.of(SHACLM.severity, SHACLM.message, SHACLM.targetClass,
            SHACLM.targetNode, SHACLM.targetSubjectsOf, SHACLM.targetObjectsOf, SHACLM.target, SHACLM.path,
            SHACLM.name, SHACLM.description, SHACLM.prefixes, SHACLM.deactivated, SHACLM.order, SHACLM.group);

    private final RegisterSite site;
    private final PageParts parts;

    ShapesPage(RegisterSite site, PageParts parts) {
        this.site = site;
        this.parts = parts;
    }

    /** The anchor of a shape on the page: its IRI's fragment (or last path segment). */
    static String anchor(String iri) {
        int cut = iri.indexOf('#') >= 0 ? iri.indexOf('#') : iri.lastIndexOf('/');
        return iri.substring(cut + 1);
    }

    /** The named shapes, sorted by IRI (a node shape, then its property shapes {@code Shape-…}). */
    List<Resource> shapes() {
        Model shapes = site.shapes();
        List<Resource> all = new ArrayList<>();
        for (Resource type : List.of(SHACLM.NodeShape, SHACLM.PropertyShape)) {
            shapes.listSubjectsWithProperty(RDF.type, type).filterKeep(Resource::isURIResource).forEach(all::add);
        }
        all.sort(Comparator.comparing(Resource::getURI));
        return all;
    }

    String render(Langue l, SiteLinks links) {
        String title = l.msg("shapes-title");
        List<Crumb> crumbs = List.of(Crumb.of(links.home(l), l.msg("home")), Crumb.of(links.page(PATH, l), title));
        List<Alternate> alternates = new ArrayList<>();
        for (RdfFormat f : RdfFormat.rdf()) {
            alternates.add(new Alternate(f.mediaType, links.document(PATH, f)));
        }
        List<Resource> shapes = shapes();
        return Layout.page(l, links, title, links.page(PATH, l.other()), crumbs, alternates, h -> {
            h.el("h1", title).newline();
            h.open("p").text(l.msg("shapes-intro")).close("p").newline();
            h.open("p").text(l.msg("iri")).el("code", Reg.SHAPES).close("p").newline();
            h.open("nav", "aria-label", l.msg("shapes-contents")).open("ul");
            for (Resource shape : shapes) {
                if (shape.hasProperty(RDF.type, SHACLM.NodeShape)) {
                    Layout.item(h, "#" + anchor(shape.getURI()), name(shape, l));
                }
            }
            h.close("ul").close("nav").newline();
            for (Resource shape : shapes) {
                section(h, shape, l, links);
            }
            h.open("div", "class", "ecran");
            h.el("h2", l.msg("other-formats")).newline();
            h.open("ul");
            for (RdfFormat f : RdfFormat.rdf()) {
                h.open("li").a(links.document(PATH, f), f.label(), "type", f.mediaType).close("li");
            }
            h.close("ul").close("div").newline();
        });
    }

    /** The shape's name in the page's language: its rdfs:label (or sh:name), else its anchor. */
    private String name(Resource shape, Langue l) {
        for (Property p : List.of(RDFS.label, SHACLM.name)) {
            List<Literal> names = literals(shape, p, l.tag);
            if (names.isEmpty()) {
                names = literals(shape, p, "fr");
            }
            if (!names.isEmpty()) {
                return names.get(0).getLexicalForm();
            }
        }
        return anchor(shape.getURI());
    }

    private void section(Html h, Resource shape, Langue l, SiteLinks links) {
        String anchor = anchor(shape.getURI());
        h.open("section", "id", anchor, "aria-label", anchor);
        h.open("h2").text(name(shape, l) + " ").el("code", curie(shape.getURI())).close("h2").newline();
        h.open("dl");
        // The name as the shapes file gives it, French first, English beside.
        List<Literal> french = literals(shape, RDFS.label, "fr");
        List<Literal> english = literals(shape, RDFS.label, "en");
        if (!french.isEmpty()) {
            h.el("dt", l.msg("shape-name-french")).el("dd", french.get(0).getLexicalForm(), "lang", "fr");
        }
        if (!english.isEmpty()) {
            h.el("dt", l.msg("shape-name-english")).el("dd", english.get(0).getLexicalForm(), "lang", "en");
        }
        h.el("dt", l.msg("shape-kind"));
        h.el("dd", shape.hasProperty(RDF.type, SHACLM.PropertyShape) ? l.msg("property-shape") : l.msg("node-shape"));
        targets(h, shape, l, links);
        if (shape.hasProperty(SHACLM.path)) {
            h.el("dt", l.msg("shape-path"));
            h.open("dd").el("code", path(shape.getProperty(SHACLM.path).getObject())).close("dd");
        }
        Level level = level(shape);
        h.el("dt", l.msg("severity"));
        h.el("dd", l.t(level.french(), level.english()), "class", l.t(level.french(), level.english()));
        // French first, English beside: the message a finding carries, in both languages on both pages.
        messages(h, shape, "fr", l.msg("message-french"));
        messages(h, shape, "en", l.msg("message-english"));
        messages(h, shape, "", l.msg("message"));
        List<Statement> constraints = constraints(shape);
        if (!constraints.isEmpty()) {
            h.el("dt", l.msg("constraints"));
            h.open("dd");
            constraintList(h, constraints, l, links);
            h.close("dd");
        }
        h.close("dl").newline();
        h.close("section").newline();
    }

    /** What the shape applies to: its targets, or, for a property shape, the shapes that hold it. */
    private void targets(Html h, Resource shape, Langue l, SiteLinks links) {
        List<Statement> targets = new ArrayList<>();
        for (Property p : List.of(SHACLM.targetClass, SHACLM.targetSubjectsOf, SHACLM.targetObjectsOf,
                SHACLM.targetNode, SHACLM.target)) {
            targets.addAll(sorted(shape.listProperties(p).toList()));
        }
        List<Resource> holders = site.shapes().listSubjectsWithProperty(SHACLM.property, shape)
                .filterKeep(Resource::isURIResource).toList();
        holders.sort(Comparator.comparing(Resource::getURI));
        if (targets.isEmpty() && holders.isEmpty()) {
            return;
        }
        h.el("dt", l.msg("shape-target"));
        h.open("dd").open("ul");
        for (Statement t : targets) {
            h.open("li").text(constraintName(t.getPredicate(), l) + " ");
            value(h, t.getObject(), l, links);
            h.close("li");
        }
        for (Resource holder : holders) {
            h.open("li").text(l.msg("property-of") + " ");
            value(h, holder, l, links);
            h.close("li");
        }
        h.close("ul").close("dd");
    }

    private void messages(Html h, Resource shape, String lang, String title) {
        for (Literal message : literals(shape, SHACLM.message, lang)) {
            h.el("dt", title);
            h.el("dd", message.getLexicalForm(), "lang", lang.isEmpty() ? null : lang);
        }
    }

    /** The constraint parameters of a shape (or of a nested one), in a stable order. */
    private static List<Statement> constraints(Resource shape) {
        return sorted(shape.listProperties().filterKeep(s -> s.getPredicate().getURI().startsWith(SHACLM.NS)
                && !NOT_CONSTRAINTS.contains(s.getPredicate())).toList());
    }

    private static List<Statement> sorted(List<Statement> statements) {
        List<Statement> copy = new ArrayList<>(statements);
        copy.sort(Comparator.comparing((Statement s) -> s.getPredicate().getURI())
                .thenComparing(s -> s.getObject().toString()));
        return copy;
    }

    private void constraintList(Html h, List<Statement> constraints, Langue l, SiteLinks links) {
        h.open("ul");
        for (Statement c : constraints) {
            h.open("li").text(constraintName(c.getPredicate(), l) + " ");
            value(h, c.getObject(), l, links);
            h.close("li");
        }
        h.close("ul");
    }

    /**
     * A value in a shape: a shape is linked to its section, another IRI to where it answers; a list is a list; a nested
     * shape lists its own constraints; a SPARQL constraint or target shows its query.
     */
    private void value(Html h, RDFNode node, Langue l, SiteLinks links) {
        if (node.isLiteral()) {
            h.el("code", node.asLiteral().getLexicalForm());
        } else if (node.isURIResource()) {
            String iri = node.asResource().getURI();
            // A term under the base that no document describes (a class the ontology does not state) is not linked.
            boolean described = site.isShape(iri) || site.base().documentPath(iri)
                    .map(doc -> site.irisOf(doc).contains(iri)).orElse(true);
            if (described) {
                h.a(parts.href(iri, links, l), curie(iri));
            } else {
                h.el("code", curie(iri));
            }
        } else if (node.canAs(RDFList.class) && node.as(RDFList.class).isValid()) {
            h.open("ol");
            for (RDFNode item : node.as(RDFList.class).asJavaList()) {
                h.open("li");
                value(h, item, l, links);
                h.close("li");
            }
            h.close("ol");
        } else {
            Resource nested = node.asResource();
            if (nested.hasProperty(SHACLM.select)) {
                h.el("pre", nested.getProperty(SHACLM.select).getString().stripIndent().strip());
                return;
            }
            List<Statement> inner = new ArrayList<>();
            if (nested.hasProperty(SHACLM.path)) {
                h.text(l.msg("shape-path") + " ").el("code", path(nested.getProperty(SHACLM.path).getObject()));
            }
            inner.addAll(constraints(nested));
            if (!inner.isEmpty()) {
                constraintList(h, inner, l, links);
            }
        }
    }

    /** A SHACL property path in SPARQL's syntax: {@code ^dpv:hasProcess}, {@code dpv:hasLegalBasis/skos:broader}. */
    private String path(RDFNode node) {
        if (node.isURIResource()) {
            return curie(node.asResource().getURI());
        }
        if (node.canAs(RDFList.class) && node.as(RDFList.class).isValid()) {
            return String.join("/", node.as(RDFList.class).asJavaList().stream().map(this::path).toList());
        }
        Resource r = node.asResource();
        if (r.hasProperty(SHACLM.inversePath)) {
            return "^" + path(r.getProperty(SHACLM.inversePath).getObject());
        }
        if (r.hasProperty(SHACLM.alternativePath)) {
            return "(" + String.join("|", r.getProperty(SHACLM.alternativePath).getObject().as(RDFList.class)
                    .asJavaList().stream().map(this::path).toList()) + ")";
        }
        for (Property p : List.of(SHACLM.zeroOrMorePath, SHACLM.oneOrMorePath, SHACLM.zeroOrOnePath)) {
            if (r.hasProperty(p)) {
                String op = p.equals(SHACLM.zeroOrMorePath) ? "*" : p.equals(SHACLM.oneOrMorePath) ? "+" : "?";
                return "(" + path(r.getProperty(p).getObject()) + ")" + op;
            }
        }
        return r.toString();
    }

    /** A constraint parameter in words; a parameter without a name of its own shows its SHACL term. */
    private String constraintName(Property p, Langue l) {
        return switch (p.getLocalName()) {
            case "targetClass" -> l.msg("target-class");
            case "targetSubjectsOf" -> l.msg("target-subjects-of");
            case "targetObjectsOf" -> l.msg("target-objects-of");
            case "targetNode" -> l.msg("target-node");
            case "target" -> l.msg("target-sparql");
            case "minCount" -> l.msg("constraint-min-count");
            case "maxCount" -> l.msg("constraint-max-count");
            case "datatype" -> l.msg("constraint-datatype");
            case "pattern" -> l.msg("constraint-pattern");
            case "flags" -> l.msg("constraint-flags");
            case "class" -> l.msg("constraint-class");
            case "in" -> l.msg("constraint-in");
            case "hasValue" -> l.msg("constraint-has-value");
            case "languageIn" -> l.msg("constraint-language-in");
            case "or" -> l.msg("constraint-or");
            case "and" -> l.msg("constraint-and");
            case "not" -> l.msg("constraint-not");
            case "qualifiedValueShape" -> l.msg("constraint-qualified-shape");
            case "qualifiedMinCount" -> l.msg("constraint-qualified-min");
            case "qualifiedMaxCount" -> l.msg("constraint-qualified-max");
            case "sparql" -> l.msg("constraint-sparql");
            case "property" -> l.msg("constraint-property");
            default -> "sh:" + p.getLocalName();
        } + " :".substring(l == Langue.FR ? 0 : 1);
    }

    /** The severity a shape gives its results: sh:Violation unless it says otherwise (SHACL §2.1.5). */
    private static Level level(Resource shape) {
        Statement severity = shape.getProperty(SHACLM.severity);
        if (severity == null) {
            return Level.VIOLATION;
        }
        RDFNode n = severity.getObject();
        return n.equals(SHACLM.Warning) ? Level.WARNING : n.equals(SHACLM.Info) ? Level.INFO : Level.VIOLATION;
    }

    private static List<Literal> literals(Resource r, Property p, String lang) {
        return r.listProperties(p).toList().stream().map(Statement::getObject).filter(RDFNode::isLiteral)
                .map(RDFNode::asLiteral).filter(lit -> lit.getLanguage().equalsIgnoreCase(lang))
                .sorted(Comparator.comparing(Literal::getLexicalForm)).toList();
    }

    /** The prefixed name the shapes files use ({@code rsh:FondementEchu}, {@code reg:Finalite}), else the IRI. */
    String curie(String iri) {
        String shortForm = site.shapes().shortForm(iri);
        return shortForm == null ? iri : shortForm;
    }
}
