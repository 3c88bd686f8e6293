package org.w3id.registre.validate;

import java.io.Writer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.parser.PropertyShape;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.VLib;
import org.w3id.registre.core.RegistreException;

/**
 * JUnit XML for CI dashboards: one test suite per targeted shape, one test case per shape × focus node (every node the
 * shape targets, so passing checks show too), a failure for each result at or above the threshold; results below it
 * are listed in the case's system-out.
 */
public final class JunitReport {

    private JunitReport() {
    }

    /** {@code data} is the graph that was validated (with its validation date), to list each shape's focus nodes. */
    public static void write(Findings findings, Shapes shapes, Graph data, FailOn threshold, Writer out) {
        Map<Node, Node> topShapeOf = new HashMap<>();
        List<Shape> targeted = new ArrayList<>(shapes.getTargetShapes());
        targeted.sort((a, b) -> a.getShapeNode().toString().compareTo(b.getShapeNode().toString()));
        for (Shape s : targeted) {
            topShapeOf.put(s.getShapeNode(), s.getShapeNode());
            for (PropertyShape p : s.getPropertyShapes()) {
                topShapeOf.putIfAbsent(p.getShapeNode(), s.getShapeNode());
            }
        }
        Map<Node, Map<Node, List<Finding>>> byShapeAndFocus = new HashMap<>();
        for (Finding f : findings.all()) {
            Node top = topShapeOf.getOrDefault(f.shape(), f.nodeShape());
            byShapeAndFocus.computeIfAbsent(top, k -> new HashMap<>())
                    .computeIfAbsent(f.focus(), k -> new ArrayList<>()).add(f);
        }
        try {
            XMLStreamWriter x = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("testsuites");
            x.writeAttribute("name", "registre validate");
            for (Shape s : targeted) {
                Map<Node, List<Finding>> results = byShapeAndFocus.getOrDefault(s.getShapeNode(), Map.of());
                Map<Node, List<Finding>> cases = new LinkedHashMap<>();
                Collection<Node> focusNodes = VLib.focusNodes(data, s);
                focusNodes.stream().sorted((a, b) -> a.toString().compareTo(b.toString()))
                        .forEach(n -> cases.put(n, results.getOrDefault(n, List.of())));
                // A result on a node the target does not list (never expected) still shows.
                results.forEach(cases::putIfAbsent);
                int failures = 0;
                for (List<Finding> fs : cases.values()) {
                    if (fs.stream().anyMatch(f -> threshold.isReachedBy(f.level()))) {
                        failures++;
                    }
                }
                String suite = findings.shortForm(s.getShapeNode());
                x.writeCharacters("\n  ");
                x.writeStartElement("testsuite");
                x.writeAttribute("name", suite);
                x.writeAttribute("tests", Integer.toString(cases.size()));
                x.writeAttribute("failures", Integer.toString(failures));
                x.writeAttribute("errors", "0");
                x.writeAttribute("skipped", "0");
                for (Map.Entry<Node, List<Finding>> c : cases.entrySet()) {
                    testCase(x, findings, suite, c.getKey(), c.getValue(), threshold);
                }
                x.writeCharacters("\n  ");
                x.writeEndElement();
            }
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.flush();
        } catch (XMLStreamException e) {
            throw new RegistreException("écriture JUnit impossible / cannot write JUnit XML: " + e.getMessage(), e);
        }
    }

    private static void testCase(XMLStreamWriter x, Findings findings, String suite, Node focus, List<Finding> fs,
            FailOn threshold) throws XMLStreamException {
        x.writeCharacters("\n    ");
        x.writeStartElement("testcase");
        x.writeAttribute("classname", suite);
        x.writeAttribute("name", Findings.text(focus));
        StringBuilder below = new StringBuilder();
        for (Finding f : fs) {
            String text = f.level().english() + " " + findings.shortForm(f.shape())
                    + (f.path().isEmpty() ? "" : " " + f.path())
                    + (f.valueText().isEmpty() ? "" : " = " + f.valueText())
                    + "\nfr : " + f.messageFr() + "\nen : " + f.messageEn();
            if (threshold.isReachedBy(f.level())) {
                x.writeCharacters("\n      ");
                x.writeStartElement("failure");
                x.writeAttribute("type", f.level().english());
                x.writeAttribute("message", f.messageFr() + " / " + f.messageEn());
                x.writeCharacters(text);
                x.writeEndElement();
            } else {
                below.append(text).append('\n');
            }
        }
        if (below.length() > 0) {
            x.writeCharacters("\n      ");
            x.writeStartElement("system-out");
            x.writeCharacters(below.toString());
            x.writeEndElement();
        }
        x.writeEndElement();
    }
}
