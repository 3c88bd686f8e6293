package org.w3id.registre.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shacl.vocabulary.SHACLM;
import org.topbraid.shacl.validation.ValidationUtil;

/** TopBraid SHACL 1.4.4 on the same Jena graph (no copy), shapes not validated themselves. */
final class TopBraidEngine implements Engine {
    private Model data;
    private Model shapes;

    @Override
    public void prepare(Graph data, Model shapes, LocalDate date) {
        this.data = ModelFactory.createModelForGraph(data);
        this.shapes = shapes;
    }

    @Override
    public List<Result> validate() {
        // TopBraid adds its own (dash/tosh) triples to the shapes model: give it a fresh copy each time.
        Model shapesCopy = ModelFactory.createDefaultModel().add(shapes);
        Resource report = ValidationUtil.validateModel(data, shapesCopy, false);
        List<Result> out = new ArrayList<>();
        report.listProperties(SHACLM.result).forEachRemaining(s -> {
            Resource r = s.getObject().asResource();
            RDFNode shape = r.getPropertyResourceValue(SHACLM.sourceShape);
            RDFNode path = r.hasProperty(SHACLM.resultPath) ? r.getProperty(SHACLM.resultPath).getObject() : null;
            RDFNode value = r.hasProperty(SHACLM.value) ? r.getProperty(SHACLM.value).getObject() : null;
            out.add(new Result(r.getPropertyResourceValue(SHACLM.focusNode) == null
                    ? r.getProperty(SHACLM.focusNode).getObject().asNode().toString()
                    : r.getPropertyResourceValue(SHACLM.focusNode).asNode().toString(),
                    path == null ? "-" : Engine.term(path.asNode()),
                    value == null ? "-" : Engine.term(value.asNode()),
                    shape.isAnon() ? "_:blank" : shape.asNode().toString(),
                    r.getPropertyResourceValue(SHACLM.resultSeverity).getLocalName()));
        });
        return out;
    }
}
