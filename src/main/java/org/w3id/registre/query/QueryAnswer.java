package org.w3id.registre.query;

import java.io.OutputStream;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.system.Txn;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSet;
import org.w3id.registre.core.RegistreException;

/**
 * The answer to one query, held in memory: a table (SELECT), a graph (CONSTRUCT, DESCRIBE) or a boolean (ASK).
 */
public final class QueryAnswer {

    private final Query query;
    private final RowSetRewindable rows;
    private final Model graph;
    private final Boolean bool;

    private QueryAnswer(Query query, RowSetRewindable rows, Model graph, Boolean bool) {
        this.query = query;
        this.rows = rows;
        this.graph = graph;
        this.bool = bool;
    }

    /** Runs a query with its parameters substituted as RDF terms, inside one read transaction. */
    public static QueryAnswer run(DatasetGraph dataset, Query query, Map<Var, Node> parameters) {
        return Txn.calculateRead(dataset, () -> {
            var builder = QueryExec.dataset(dataset).query(query);
            parameters.forEach(builder::substitution);
            try (QueryExec exec = builder.build()) {
                if (query.isSelectType()) {
                    return new QueryAnswer(query, exec.select().rewindable(), null, null);
                }
                if (query.isAskType()) {
                    return new QueryAnswer(query, null, null, exec.ask());
                }
                Model model = ModelFactory.createModelForGraph(
                        query.isConstructType() ? exec.construct() : exec.describe());
                model.setNsPrefixes(query.getPrefixMapping());
                return new QueryAnswer(query, null, model, null);
            }
        });
    }

    public boolean isGraph() {
        return graph != null;
    }

    /** The rows (rewound), for a SELECT query. */
    public RowSetRewindable rows() {
        rows.reset();
        return rows;
    }

    public ResultSet resultSet() {
        return ResultSet.adapt(rows());
    }

    /** The graph, for a CONSTRUCT or DESCRIBE query. */
    public Model graph() {
        return graph;
    }

    /** The format used when none is asked for: a text table for rows, Turtle for a graph. */
    public OutputFormat defaultFormat() {
        return isGraph() ? OutputFormat.TURTLE : OutputFormat.TABLE;
    }

    /** Writes the answer; a format that does not fit the kind of answer is refused before anything is written. */
    public void write(OutputStream out, OutputFormat format) {
        if (isGraph()) {
            switch (format) {
                case TURTLE -> RDFDataMgr.write(out, graph, RDFFormat.TURTLE_PRETTY);
                case JSON -> RDFDataMgr.write(out, graph, RDFFormat.JSONLD_PRETTY);
                default -> throw unfit(format, "turtle, json (JSON-LD)");
            }
            return;
        }
        if (bool != null) {
            switch (format) {
                case TABLE -> ResultSetFormatter.out(out, bool);
                case CSV -> ResultSetMgr.write(out, bool, ResultSetLang.RS_CSV);
                case TSV -> ResultSetMgr.write(out, bool, ResultSetLang.RS_TSV);
                case JSON -> ResultSetMgr.write(out, bool, ResultSetLang.RS_JSON);
                default -> throw unfit(format, "table, csv, tsv, json");
            }
            return;
        }
        switch (format) {
            case TABLE -> ResultSetFormatter.out(out, resultSet(), query.getPrologue());
            case CSV -> ResultSetMgr.write(out, resultSet(), ResultSetLang.RS_CSV);
            case TSV -> ResultSetMgr.write(out, resultSet(), ResultSetLang.RS_TSV);
            case JSON -> ResultSetMgr.write(out, resultSet(), ResultSetLang.RS_JSON);
            default -> throw unfit(format, "table, csv, tsv, json");
        }
    }

    private RegistreException unfit(OutputFormat format, String fitting) {
        String kind = isGraph() ? "un graphe / a graph" : "une table / a table";
        return new RegistreException("--format " + format.label() + " ne convient pas à " + kind
                + " ; formats possibles / does not fit, possible formats: " + fitting);
    }
}
