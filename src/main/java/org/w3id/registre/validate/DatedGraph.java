package org.w3id.registre.validate;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.WrappedGraph;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.NullIterator;
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
        return base.find(m).andThen(extra(m.getSubject(), m.getPredicate(), m.getObject()));
    }

    @Override
    public ExtendedIterator<Triple> find(Node s, Node p, Node o) {
        return base.find(s, p, o).andThen(extra(s, p, o));
    }

    @Override
    public boolean contains(Triple t) {
        return base.contains(t) || (added && t.matches(date));
    }

    @Override
    public boolean contains(Node s, Node p, Node o) {
        return base.contains(s, p, o) || (added && Triple.createMatch(s, p, o).matches(date));
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

    private ExtendedIterator<Triple> extra(Node s, Node p, Node o) {
        // The pattern (possibly with wildcards) must match the date triple, not the other way round.
        if (added && Triple.createMatch(s, p, o).matches(date)) {
            return new SingletonIterator<>(date);
        }
        return NullIterator.instance();
    }
}
