package org.w3id.registre.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shacl.ValidationReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.registre.core.Prefixes;
import org.w3id.registre.core.RegisterFiles;
import org.w3id.registre.validate.RegisterValidation;
import org.w3id.registre.validate.ShapeFixturesTest;

/**
 * A register that states an Art. 9(2) condition: an edited copy of the Cnam document in which 02-04 (certificats
 * médicaux, health data in the project's reading) prints two more fondement bullets in the document's own layout,
 * "Article 9-2-b du RGPD : …" and "Article 9-2-h du RGPD : …", the second followed by a bare citation. Each becomes a
 * basis node modelled like the Article 6(1) ones (skos:broader eu-gdpr:A9-2-x), the bare citation supports the
 * condition cited just before it, and the Art. 9 shape no longer reports 02-04 — nothing else in the report changes.
 */
class Article9ConditionTest {

    static final Path SOURCE = Path.of("data/source/traitements-assurance-maladie.txt");
    static final String F = Prefixes.BASE + "cnam/finalite/02-04";
    static final String BULLET_B = "Article 9-2-b du RGPD : le traitement est nécessaire aux fins de l'exécution des"
            + " obligations et de l'exercice des droits propres au responsable du traitement ou à la personne"
            + " concernée en matière de sécurité sociale";
    static final String BULLET_H = "Article 9-2-h du RGPD : le traitement est nécessaire aux fins de la médecine"
            + " préventive ou de la médecine du travail, de diagnostics médicaux et de la gestion des systèmes de"
            + " soins de santé";

    @TempDir
    static Path tmp;
    static Model model;

    @BeforeAll
    static void importEditedCopy() throws Exception {
        String t = Files.readString(SOURCE);
        String last = "• Articles L. 434-1 à L. 434-21 du Code de la sécurité sociale• Articles L. 43\n";
        int at = t.indexOf(last);
        assertEquals(at, t.lastIndexOf(last), "the 02-04 fondements line, once");
        t = t.substring(0, at) + last.strip() + "• " + BULLET_B + "• " + BULLET_H
                + "• Article L. 1110-4 du Code de la santé publique\n" + t.substring(at + last.length());
        Path edited = tmp.resolve("traitements-9-2.txt");
        Files.writeString(edited, t);
        Path out = Files.createDirectories(tmp.resolve("data"));
        RegisterImport.run(edited, Path.of("data/alignement-dpv.csv"), Path.of("data/traductions-en.csv"),
                Path.of("data/lecture-donnees-personnes.csv"), Path.of("data/lecture-textes.csv")).writeTo(out);
        List<Path> files = new ArrayList<>(RegisterFiles.ontologyFiles());
        files.addAll(List.of(out.resolve(RegisterFiles.REGISTRE), out.resolve(RegisterFiles.DROIT),
                out.resolve(RegisterFiles.ALIGNEMENT)));
        model = RegisterFiles.load(files);
    }

    /** Every statement about a basis node, in a stable text form. */
    private static TreeSet<String> about(String iri) {
        TreeSet<String> lines = new TreeSet<>();
        Resource s = model.createResource(iri);
        model.listStatements(s, null, (org.apache.jena.rdf.model.RDFNode) null).forEachRemaining(st -> lines.add(
                model.shortForm(st.getPredicate().getURI()) + " " + (st.getObject().isURIResource()
                        ? model.shortForm(st.getObject().asResource().getURI()).replace(Prefixes.BASE, "")
                        : st.getObject().isLiteral() ? st.getObject().asLiteral().getLexicalForm() : "(list)")));
        return lines;
    }

    @Test
    void eachConditionIsABasisNodeLikeTheArticle6Ones() {
        model.setNsPrefixes(Prefixes.mapping());
        String f = "cnam/finalite/02-04";
        // The Art. 6(1) basis of 02-04 as before: the bare citations after it still support it.
        assertEquals(new TreeSet<>(List.of(
                "dct:isPartOf " + f, "dpv:hasApplicableLaw droit/css/livre-4",
                "dpv:hasApplicableLaw droit/css/L434-1-a-L434-21", "dpv:hasApplicableLaw droit/css/L43",
                "reg:rang 1", "reg:texteSource Article 6-1-c du RGPD : le traitement est nécessaire au respect"
                        + " d'une obligation légale.",
                "rdf:type dpv:LegalBasis", "rdf:type dpv:LegalObligation", "skos:broader eu-gdpr:A6-1-c")),
                about(F + "/fondement/1"));
        assertEquals(new TreeSet<>(List.of("dct:isPartOf " + f, "reg:rang 2", "reg:texteSource " + BULLET_B,
                "rdf:type dpv:LegalBasis", "skos:broader eu-gdpr:A9-2-b")), about(F + "/fondement/2"));
        // The bare citation after the 9-2-h bullet supports that condition, as it would an Art. 6(1) basis.
        assertEquals(new TreeSet<>(List.of("dct:isPartOf " + f, "reg:rang 3", "reg:texteSource " + BULLET_H,
                "dpv:hasApplicableLaw droit/csp/L1110-4",
                "rdf:type dpv:LegalBasis", "skos:broader eu-gdpr:A9-2-h")), about(F + "/fondement/3"));
        assertTrue(model.contains(model.createResource(F), model.createProperty(Prefixes.DPV + "hasLegalBasis"),
                model.createResource(F + "/fondement/3")));
    }

    /** The pinned report of the published register, less the one Art. 9 warning the conditions answer. */
    @Test
    void theArticle9ShapePassesForIt() throws Exception {
        ValidationReport report = RegisterValidation.validate(model.getGraph(),
                RegisterValidation.parseShapes(RegisterValidation.bundledShapes()), LocalDate.of(2026, 1, 1));
        List<String> expected = new ArrayList<>(ShapeFixturesTest.expected(
                Path.of("src/test/resources/validate/registre-2026-01-01.tsv")));
        assertTrue(expected.remove("cnam/finalite/02-04\tArt9-CategoriesParticulieres\tWarning"));
        assertEquals(expected, ShapeFixturesTest.lines(new ArrayList<>(report.getEntries())));
    }
}
