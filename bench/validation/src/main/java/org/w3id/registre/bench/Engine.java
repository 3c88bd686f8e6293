package org.w3id.registre.bench;

import java.time.LocalDate;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;

/** A SHACL engine under test: load once (not timed), then validate (timed: shapes parsing and validation). */
interface Engine {

    /** One result reduced to what the engines must agree on. Blank-node shapes are named "_:blank". */
    record Result(String focus, String shape, String severity) {
    }

    void prepare(Graph data, Model shapes, LocalDate date) throws Exception;

    List<Result> validate() throws Exception;
}
