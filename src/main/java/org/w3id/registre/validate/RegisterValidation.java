package org.w3id.registre.validate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.w3id.registre.core.RegisterFiles;
import org.w3id.registre.core.RegistreException;
import org.w3id.registre.core.Prefixes;
import org.w3id.registre.core.Reg;

/**
 * Validates the register with the project's SHACL shapes. Reused by {@code registre validate} and by {@code serve}.
 *
 * <p>The shapes that compare dates with "today" read it from one triple of the data graph,
 * {@code <https://w3id.org/registre/validation> reg:dateDeValidation "YYYY-MM-DD"^^xsd:date}: it is added here, to a
 * read-only view of the data, so that the caller's model is never changed and a test can fix the date.
 */
public final class RegisterValidation {

    /** The subject of the validation-context triple the date-dependent shapes read. */
    public static final String CONTEXT = Reg.VALIDATION;
    /** The property giving the date of validation. */
    public static final String VALIDATION_DATE = Prefixes.REG + "dateDeValidation";

    private RegisterValidation() {
    }

    /** Validates the data (ontology included) against the shapes, as of {@code today}. */
    public static ValidationReport validate(Model data, Model shapes, LocalDate today) {
        return validate(data.getGraph(), parseShapes(shapes), today);
    }

    /** Same, with shapes already parsed (parse them once when validating several times). */
    public static ValidationReport validate(Graph data, Shapes shapes, LocalDate today) {
        return ShaclValidator.get().validate(shapes, withValidationDate(data, today));
    }

    /** The data joined, read-only, to the one triple that states the validation date. */
    public static Graph withValidationDate(Graph data, LocalDate today) {
        return new DatedGraph(data, Triple.create(NodeFactory.createURI(CONTEXT),
                NodeFactory.createURI(VALIDATION_DATE),
                NodeFactory.createLiteralDT(today.toString(), XSDDatatype.XSDdate)));
    }

    /** Parses a shapes graph; a malformed shape is the user's to fix, so it becomes a {@link RegistreException}. */
    public static Shapes parseShapes(Model shapes) {
        try {
            return Shapes.parse(shapes);
        } catch (RuntimeException e) {
            throw new RegistreException("formes SHACL invalides / invalid SHACL shapes: " + e.getMessage(), e);
        }
    }

    /** The bundled shapes: every Turtle file of {@code shapes/}. */
    public static Model bundledShapes() {
        return RegisterFiles.load(RegisterFiles.turtleIn(RegisterFiles.shapesDir()));
    }

    /** Shapes files given on the command line; a folder stands for the Turtle files inside it. */
    public static Model loadShapes(List<Path> filesOrFolders) {
        List<Path> files = new ArrayList<>();
        for (Path p : filesOrFolders) {
            if (Files.isDirectory(p)) {
                List<Path> inside = RegisterFiles.turtleIn(p);
                if (inside.isEmpty()) {
                    // Validating against no shape at all would pass anything.
                    throw new RegistreException(p + " : aucun fichier .ttl dans ce dossier ; attendu des formes SHACL"
                            + " en Turtle / no .ttl file in this folder; expected SHACL shapes in Turtle");
                }
                files.addAll(inside);
            } else {
                files.add(p);
            }
        }
        // File by file, so that a SERVICE in a shape's query is refused naming its file (before the validation,
        // which for serve runs beside the started server).
        List<Model> perFile = new ArrayList<>();
        Model all = ModelFactory.createDefaultModel();
        for (Path file : files) {
            Model one = RegisterFiles.load(List.of(file));
            perFile.add(one);
            all.add(one);
            all.setNsPrefixes(one.getNsPrefixMap());
        }
        for (int i = 0; i < files.size(); i++) {
            ShapeQueries.refuseService(perFile.get(i), files.get(i), all);
        }
        return all;
    }

    /** Whether some result is at or above the threshold: the verdict CI acts on. */
    public static boolean fails(ValidationReport report, FailOn threshold) {
        return report.getEntries().stream().anyMatch(e -> threshold.isReachedBy(Level.of(e.severity())));
    }
}
