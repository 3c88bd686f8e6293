package org.w3id.registre.validate;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.WrappedGraph;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.SingletonIterator;

/**
 * The data graph, read-only, plus the one triple that states the validation date. Jena's general {@code Union}
 * records every triple of the left graph in a hash set to drop duplicates, which at a million triples costs more than
 * the validation itself; with a single added triple, checking that one triple is enough.
 */
final class DatedGraph extends WrappedGraph {

    private final Triple date;
    private final boolean added;

    DatedGraph(Graph data, Triple date) {
        super(data);
        this.date = date;
        this.added = !data.contains(date);
    }

    @Override
    public ExtendedIterator<Triple> find(Triple m) {
        return find(m.getSubject(), m.getPredicate(), m.getObject());
    }

    @Override
    public ExtendedIterator<Triple> find(Node s, Node p, Node o) {
        // Nearly every find of a validation names a predicate other than the date's: it goes to the data as it is,
        // with no iterator chained after it (the chaining cost a tenth of the validation's time at 10x).
        if (!matchesDate(s, p, o)) {
            return base.find(s, p, o);
        }
        return base.find(s, p, o).andThen(new SingletonIterator<>(date));
    }

    @Override
    public java.util.stream.Stream<Triple> stream(Node s, Node p, Node o) {
        java.util.stream.Stream<Triple> data = base.stream(s, p, o);
        return matchesDate(s, p, o) ? java.util.stream.Stream.concat(data, java.util.stream.Stream.of(date)) : data;
    }

    @Override
    public boolean contains(Triple t) {
        return contains(t.getSubject(), t.getPredicate(), t.getObject());
    }

    @Override
    public boolean contains(Node s, Node p, Node o) {
        return base.contains(s, p, o) || matchesDate(s, p, o);
    }

    @Override
    public int size() {
        return base.size() + (added ? 1 : 0);
    }

    @Override
    public boolean isEmpty() {
        return false;
    }

    @Override
    public void add(Triple t) {
        throw new UnsupportedOperationException("données en lecture seule / read-only data");
    }

    @Override
    public void delete(Triple t) {
        throw new UnsupportedOperationException("données en lecture seule / read-only data");
    }

    /** Whether the added date triple answers the pattern (a null or ANY node is a wildcard). */
    private boolean matchesDate(Node s, Node p, Node o) {
        return added && matches(p, date.getPredicate()) && matches(s, date.getSubject()) && matches(o, date.getObject());
    }

    private static boolean matches(Node pattern, Node node) {
        return pattern == null || pattern == Node.ANY || pattern.matches(node);
    }
}
