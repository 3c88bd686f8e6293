package org.w3id.registre.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.path.P_Link;
import org.w3id.registre.validate.RegisterValidation;

/** Jena SHACL through Registre's own API, exactly as {@code registre validate} runs it. */
final class JenaEngine implements Engine {
    private Graph data;
    private Model shapes;
    private LocalDate date;

    @Override
    public void prepare(Graph data, Model shapes, LocalDate date) {
        this.data = data;
        this.shapes = shapes;
        this.date = date;
    }

    @Override
    public List<Result> validate() {
        ValidationReport report = RegisterValidation.validate(data, RegisterValidation.parseShapes(shapes), date);
        List<Result> out = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            String path = e.resultPath() == null ? "-"
                    : e.resultPath() instanceof P_Link link ? link.getNode().getURI() : "_:blank";
            out.add(new Result(e.focusNode().toString(), path, Engine.term(e.value()),
                    e.source().isBlank() ? "_:blank" : e.source().toString(),
                    e.severity().level().getLocalName()));
        }
        return out;
    }
}
