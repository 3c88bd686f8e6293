package org.w3id.registre.publish;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.shacl.vocabulary.SHACLM;
import org.w3id.registre.core.Reg;
import org.w3id.registre.core.RegisterIdentifier;
import org.w3id.registre.core.RegistreException;
import org.w3id.registre.store.RegisterGraphs;
import org.w3id.registre.validate.RegisterValidation;

/**
 * The published register: the whole graph (ontology, register, legal texts), the base it is published under, the
 * validation findings, and the index of the documents that answer under the base.
 */
public final class RegisterSite {

    /** Paths the site itself uses for its own pages; no register document may take them. */
    private static final Set<String> RESERVED = RegisterIdentifier.sitePathsAnd("", "index.html", ".well-known");

    private final Model graph;
    private final BaseUri base;
    private final ValidationFindings findings;
    private final ContactPoint contact;
    /**
     * The SHACL shapes the findings come from, published on their own page ({@link ShapesPage}): vocabulary, never
     * part of {@link #graph}, so that they stay out of the dumps and the SPARQL dataset.
     */
    private final Model shapes;
    /** Document path → the IRIs it describes (itself and its hash IRIs), both sorted for stable output. */
    private final SortedMap<String, SortedSet<String>> documents;
    /** Each register's own graph, split from the whole graph on first use (see {@link #registerDump}). */
    private volatile Map<String, Graph> registerGraphs;
    /** Each edition's own statements (the named graph of its IRI), by edition IRI under the base; may be empty. */
    private final Map<String, Model> editions;

    /** With the bundled shapes, the contact point the home page. */
    public RegisterSite(Model graph, BaseUri base, ValidationFindings findings) {
        this(graph, base, findings, ContactPoint.homePage(), RegisterValidation.bundledShapes());
    }

    /** With the bundled shapes. */
    public RegisterSite(Model graph, BaseUri base, ValidationFindings findings, ContactPoint contact) {
        this(graph, base, findings, contact, RegisterValidation.bundledShapes());
    }

    /**
     * @param contact whom to write to about the published graph ({@code --contact}), for the dataset description
     * @param shapes the SHACL shapes the register is validated with, published at {@code /shapes}
     */
    public RegisterSite(Model graph, BaseUri base, ValidationFindings findings, ContactPoint contact, Model shapes) {
        this(graph, base, findings, contact, shapes, Map.of());
    }

    /**
     * @param editions each edition's own statements by edition IRI under the base ({@code ORG/registre/edition/…},
     *                 the named graphs {@code serve} keeps), so that an edition's page lists what it held
     */
    public RegisterSite(Model graph, BaseUri base, ValidationFindings findings, ContactPoint contact, Model shapes,
                        Map<String, Model> editions) {
        this.editions = Map.copyOf(editions);
        this.graph = graph;
        this.base = base;
        this.findings = findings;
        this.contact = contact;
        // Refused where its file is read already; checked again for a graph read another way (a --tdb store).
        RegisterIdentifier.refusal(graph, base.value()).ifPresent(why -> {
            throw new RegistreException(why);
        });
        this.shapes = shapes;
        this.documents = Collections.unmodifiableSortedMap(index(graph, base));
    }

    private static SortedMap<String, SortedSet<String>> index(Model graph, BaseUri base) {
        SortedMap<String, SortedSet<String>> docs = new TreeMap<>();
        graph.getGraph().find().forEach(t -> {
            for (Node n : List.of(t.getSubject(), t.getPredicate(), t.getObject())) {
                if (n.isURI()) {
                    base.documentPath(n.getURI()).filter(p -> !reserved(p))
                            .ifPresent(p -> docs.computeIfAbsent(p, k -> new TreeSet<>()).add(n.getURI()));
                }
            }
        });
        return docs;
    }

    private static boolean reserved(String path) {
        String first = path.contains("/") ? path.substring(0, path.indexOf('/')) : path;
        return RESERVED.contains(path) || RESERVED.contains(first);
    }

    public Model graph() {
        return graph;
    }

    public BaseUri base() {
        return base;
    }

    public ValidationFindings findings() {
        return findings;
    }

    public ContactPoint contact() {
        return contact;
    }

    /** The shapes, as their files state them (with their prefixes): the RDF of the {@code /shapes} document. */
    public Model shapes() {
        return shapes;
    }

    /** True for the IRI of a shape of {@link #shapes()}: it is linked to its section of the shapes page. */
    boolean isShape(String iri) {
        Resource shape = shapes.createResource(iri);
        return shapes.contains(shape, RDF.type, SHACLM.NodeShape) || shapes.contains(shape, RDF.type,
                SHACLM.PropertyShape);
    }

    /** Every document path that answers (sorted). */
    public Set<String> documentPaths() {
        return documents.keySet();
    }

    public boolean exists(String path) {
        return documents.containsKey(path);
    }

    /** True when the IRI is under the base and its document answers: such IRIs are linked in the pages. */
    public boolean answers(String iri) {
        return base.documentPath(iri).map(documents::containsKey).orElse(false);
    }

    /** The IRIs a document describes: the IRI of the path itself and/or its hash IRIs. */
    public SortedSet<String> irisOf(String path) {
        return documents.getOrDefault(path, Collections.emptySortedSet());
    }

    /** The RDF answer for a document: the description of each IRI it holds, with the graph's prefixes. */
    public Model describe(String path) {
        Model out = ModelFactory.createDefaultModel();
        out.setNsPrefixes(graph.getNsPrefixMap());
        for (String iri : irisOf(path)) {
            out.add(SiteQueries.construct("describe.rq", graph, bind("resource", iri)));
            if (!iri.contains("#")) {
                Resource resource = out.createResource(iri);
                for (QuerySolution row : SiteQueries.select("describe-incoming.rq", graph,
                        bind("resource", iri))) {
                    out.add(row.getResource("s"), out.createProperty(row.getResource("q").getURI()), resource);
                }
            }
        }
        return out;
    }

    /** An edition's own statements, when the site was given them. */
    public Optional<Model> edition(String iri) {
        return Optional.ofNullable(editions.get(iri));
    }

    /** The registers the graph holds, {@code ORG/registre} IRIs under the base, sorted. */
    public List<String> registers() {
        return RegisterGraphs.registers(graph.getGraph(), base.value());
    }

    /**
     * One register's own graph, as {@code serve} stores it in the named graph of the register's IRI (its IRI space
     * {@code ORG/…}, without the shared legal texts and the ontology), with the graph's prefixes; empty when the IRI
     * is not a register of the graph. Split once, on first use: the graph does not change while it is published.
     */
    public Optional<Model> registerDump(String register) {
        Map<String, Graph> graphs = registerGraphs;
        if (graphs == null) {
            synchronized (this) {
                if (registerGraphs == null) {
                    registerGraphs = Map.copyOf(RegisterGraphs.split(graph.getGraph(), base.value()));
                }
                graphs = registerGraphs;
            }
        }
        if (!registers().contains(register)) {
            return Optional.empty();
        }
        Model dump = ModelFactory.createModelForGraph(graphs.get(register));
        dump.setNsPrefixes(graph.getNsPrefixMap());
        return Optional.of(dump);
    }

    /**
     * Where a register's dump is published: {@code download/ORG/registre.EXT} for the register {@code ORG/registre},
     * beside the dumps of the whole graph.
     */
    public String registerDumpPath(String register, RdfFormat format) {
        return "download/" + base.path(register).orElseThrow() + "." + format.extension;
    }

    /** The register whose dump a path names ({@code download/ORG/registre} without its extension), if any. */
    public Optional<String> registerOfDump(String stem) {
        if (!stem.startsWith("download/") || !stem.endsWith("/registre")) {
            return Optional.empty();
        }
        String register = base.iri(stem.substring("download/".length()));
        return registers().contains(register) ? Optional.of(register) : Optional.empty();
    }

    /**
     * Where a register's own validation page is: {@code validation/ORG} for the register {@code ORG/registre}, beside
     * the page of the whole graph's validation ({@code validation}).
     */
    public String registerValidationPath(String register) {
        String path = base.path(register).orElseThrow();
        return "validation/" + path.substring(0, path.length() - "/registre".length());
    }

    /** The register whose validation page a path names ({@code validation/ORG}, without extension), if any. */
    public Optional<String> registerOfValidation(String path) {
        if (!path.startsWith("validation/")) {
            return Optional.empty();
        }
        return registers().stream().filter(r -> registerValidationPath(r).equals(path)).findFirst();
    }

    /** A term of the project's ontology: vocabulary, the same IRI under every base. */
    public String reg(String local) {
        return Reg.NS + local;
    }

    public Resource resource(String iri) {
        return graph.createResource(iri);
    }

    /** Runs a page query. */
    List<QuerySolution> select(String file, Map<String, RDFNode> bindings) {
        return SiteQueries.select(file, graph, bindings);
    }

    List<QuerySolution> select(String file) {
        return select(file, Map.of());
    }

    /** The text of a query with its parameters bound, as the query UI will show it. */
    String queryText(String file, Map<String, RDFNode> bindings) {
        return SiteQueries.boundText(file, bindings);
    }

    /** One parameter, an IRI, bound as an RDF term. */
    static Map<String, RDFNode> bind(String variable, String iri) {
        return Map.of(variable, ResourceFactory.createResource(iri));
    }

    boolean hasType(Resource r, String typeIri) {
        return graph.contains(r, RDF.type, graph.createResource(typeIri));
    }

    /** A label in a page's language: the text, its language tag, and whether it is the project's translation. */
    public record Label(String text, String lang, boolean projectTranslation) {
    }

    /**
     * The label to show: skos:prefLabel, else dct:title, rdfs:label, else the IRI's last part. In English, an @en
     * label of a register resource that also has a French one is the project's translation and is marked so.
     */
    public Label label(Resource r, Langue langue) {
        for (Property p : List.of(SKOS.prefLabel, DCTerms.title, RDFS.label)) {
            Optional<Literal> fr = literal(r, p, "fr");
            Optional<Literal> en = literal(r, p, "en");
            Optional<Literal> plain = literal(r, p, "");
            if (langue == Langue.EN && en.isPresent()) {
                boolean translation = fr.isPresent() && r.isURIResource() && base.path(r.getURI()).isPresent();
                return new Label(en.get().getLexicalForm(), "en", translation);
            }
            if (fr.isPresent()) {
                return new Label(fr.get().getLexicalForm(), "fr", false);
            }
            if (plain.isPresent()) {
                return new Label(plain.get().getLexicalForm(), null, false);
            }
            if (en.isPresent()) {
                return new Label(en.get().getLexicalForm(), "en", false);
            }
        }
        return fallbackLabel(r, langue);
    }

    /** Legal-basis nodes carry no label in the document: name them by rank and finalité. */
    private Label fallbackLabel(Resource r, Langue langue) {
        Optional<Literal> rank = graph.listObjectsOfProperty(r, graph.createProperty(reg("rang"))).toList().stream()
                .filter(RDFNode::isLiteral).map(RDFNode::asLiteral).findFirst();
        if (rank.isPresent() && hasType(r, "https://w3id.org/dpv#LegalBasis")) {
            Optional<String> of = graph.listObjectsOfProperty(r, DCTerms.isPartOf).toList().stream()
                    .filter(RDFNode::isURIResource).findFirst()
                    .flatMap(parent -> graph.listObjectsOfProperty(parent.asResource(), DCTerms.identifier).toList()
                            .stream().filter(RDFNode::isLiteral).map(n -> n.asLiteral().getLexicalForm()).findFirst());
            String text = langue.msg("legal-basis-rank") + rank.get().getLexicalForm()
                    + of.map(id -> langue.msg("of-purpose") + id).orElse("");
            return new Label(text, null, false);
        }
        return new Label(shortName(r), null, false);
    }

    /** A literal of a property in a language ("" for untagged), the smallest one for stable output. */
    Optional<Literal> literal(Resource r, Property p, String lang) {
        return graph.listObjectsOfProperty(r, p).toList().stream()
                .filter(RDFNode::isLiteral).map(RDFNode::asLiteral)
                .filter(l -> lang.isEmpty() ? l.getLanguage().isEmpty() && isText(l)
                        : l.getLanguage().toLowerCase().startsWith(lang))
                .min((a, b) -> a.getLexicalForm().compareTo(b.getLexicalForm()));
    }

    private static boolean isText(Literal l) {
        return l.getDatatypeURI() == null || l.getDatatypeURI().endsWith("#string");
    }

    /** The last part of an IRI, for resources with no label. */
    String shortName(Resource r) {
        if (!r.isURIResource()) {
            return "_:" + r.getId().getLabelString();
        }
        String iri = r.getURI();
        Optional<String> path = base.path(iri);
        if (path.isPresent() && !path.get().isEmpty()) {
            return path.get();
        }
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
    }

    /** The chain of containers (dct:isPartOf, eli:is_part_of), outermost first. */
    List<Resource> ancestors(Resource r) {
        java.util.LinkedList<Resource> chain = new java.util.LinkedList<>();
        Property eliPart = graph.createProperty("http://data.europa.eu/eli/ontology#is_part_of");
        Resource current = r;
        Set<Resource> seen = new java.util.HashSet<>();
        while (seen.add(current)) {
            Optional<Resource> parent = graph.listObjectsOfProperty(current, DCTerms.isPartOf).toList().stream()
                    .filter(RDFNode::isURIResource).map(RDFNode::asResource).min(java.util.Comparator.comparing(
                            Resource::getURI));
            if (parent.isEmpty()) {
                parent = graph.listObjectsOfProperty(current, eliPart).toList().stream()
                        .filter(RDFNode::isURIResource).map(RDFNode::asResource)
                        .min(java.util.Comparator.comparing(Resource::getURI));
            }
            if (parent.isEmpty() || seen.contains(parent.get())) {
                break;
            }
            chain.addFirst(parent.get());
            current = parent.get();
        }
        return chain;
    }

    /** All statements about a resource, sorted by property then value, for the "all statements" table. */
    List<Statement> statements(Resource r) {
        List<Statement> all = new java.util.ArrayList<>(graph.listStatements(r, null, (RDFNode) null).toList());
        all.sort(java.util.Comparator.comparing((Statement s) -> s.getPredicate().getURI())
                .thenComparing(s -> s.getObject().toString()));
        return all;
    }

    /** Statements pointing to a resource. */
    List<Statement> incoming(Resource r) {
        List<Statement> all = new java.util.ArrayList<>(graph.listStatements(null, null, r).toList());
        all.sort(java.util.Comparator.comparing((Statement s) -> s.getPredicate().getURI())
                .thenComparing(s -> s.getSubject().toString()));
        return all;
    }

    /** Prefixed name of an IRI when the graph has a prefix for it, else the IRI. */
    String curie(String iri) {
        String shortForm = graph.shortForm(iri);
        return shortForm == null ? iri : shortForm;
    }
}
