package org.w3id.registre.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.w3id.registre.core.Editions;
import org.w3id.registre.core.FileCommit;
import org.w3id.registre.core.Reg;
import org.w3id.registre.core.RegisterFiles;
import org.w3id.registre.core.RegistreException;
import org.w3id.registre.diff.EditionIdentity;
import org.w3id.registre.importer.RegisterImport;
import org.w3id.registre.store.RegisterGraphs;
import org.w3id.registre.template.SpreadsheetFormat;
import org.w3id.registre.template.TemplateReader;

/**
 * {@code registre import SOURCE --edition YYYY-MM-DD --out DIR}: the source read as the register of that day, with
 * the IRIs the previous edition in {@code DIR} gave to what did not change ({@link EditionIdentity}), written whole
 * into {@code DIR/editions/YYYY-MM-DD/} or not at all. Editions only move forward: a date already recorded, or one
 * before the latest, is refused before anything is read.
 */
final class EditionImport {

    private EditionImport() {
    }

    static int run(Path source, LocalDate date, Path dir, Path corrections) {
        long start = System.nanoTime();
        List<Editions.Edition> editions = Editions.of(dir);
        if (!editions.isEmpty()) {
            LocalDate latest = editions.get(editions.size() - 1).date();
            if (latest.equals(date)) {
                throw new RegistreException(dir.resolve(Editions.FOLDER).resolve(date.toString()) + " : l'édition du "
                        + date + " existe déjà ; une édition ne se réécrit pas, attendu une date après " + latest
                        + " / the edition of " + date + " already exists; an edition is not rewritten, expected a"
                        + " date after " + latest);
            }
            if (latest.isAfter(date)) {
                throw new RegistreException("--edition " + date + " : plus ancienne que la dernière édition de " + dir
                        + " (" + latest + ") ; attendu une date après " + latest + " / older than the latest edition ("
                        + latest + "); expected a date after it");
            }
        }
        if (!Files.isRegularFile(source)) {
            throw new RegistreException(source + " : fichier introuvable / file not found");
        }
        boolean spreadsheet = SpreadsheetFormat.of(source) != null;
        Model register;
        String droit = null;
        if (spreadsheet) {
            register = TemplateReader.read(source);
        } else {
            RegisterImport imported = RegisterImport.stated(source, corrections);
            register = parse(imported.files().get(RegisterFiles.REGISTRE));
            droit = imported.files().get(RegisterFiles.DROIT);
        }
        List<String> registers = RegisterGraphs.registers(register.getGraph(), Reg.BASE);
        if (registers.size() != 1) {
            throw new RegistreException(source + " : " + registers.size() + " registres lus, attendu un seul / "
                    + registers.size() + " registers read, expected one");
        }
        Map<String, String> renamed = Map.of();
        if (!editions.isEmpty()) {
            Editions.Edition previous = editions.get(editions.size() - 1);
            Model before = RegisterFiles.load(previous.files());
            List<String> was = RegisterGraphs.registers(before.getGraph(), Reg.BASE);
            if (!was.equals(registers)) {
                throw new RegistreException(source + " : registre " + registers.get(0) + ", mais " + dir
                        + " tient les éditions de " + was + " ; attendu un dossier par registre / register "
                        + registers.get(0) + ", but this folder holds the editions of " + was
                        + "; expected one folder per register");
            }
            Set<String> used = new TreeSet<>();
            Set<String> usedSous = new TreeSet<>();
            for (Editions.Edition older : editions.subList(0, editions.size() - 1)) {
                Model olderModel = RegisterFiles.load(older.files());
                used.addAll(identifiers(olderModel));
                olderModel.listResourcesWithProperty(RDF.type, Reg.SousFinalite)
                        .forEachRemaining(s -> usedSous.add(s.getURI()));
            }
            EditionIdentity.Kept kept = EditionIdentity.keep(before, register, used, usedSous);
            register = kept.model();
            renamed = kept.renamed();
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        String slug = registers.get(0).substring(Reg.BASE.length(), registers.get(0).length() - "/registre".length());
        files.put(spreadsheet ? slug + ".ttl" : RegisterFiles.REGISTRE, turtle(register));
        if (droit != null) {
            files.put(RegisterFiles.DROIT, droit.getBytes(StandardCharsets.UTF_8));
        }
        Path target = dir.resolve(Editions.FOLDER).resolve(date.toString());
        FileCommit.replaceFolder(target, folder -> {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                Files.write(folder.resolve(f.getKey()), f.getValue());
            }
            return null;
        });
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.printf("Édition / edition %s de / of %s : %d finalités, %,d triplets / triples, %d IRI de la source"
                        + " renommées pour garder celles de l'édition précédente / source IRIs renamed to keep the"
                        + " previous edition's (%s) → %s (%d ms)%n", date, registers.get(0),
                register.listResourcesWithProperty(RDF.type, Reg.Finalite).toList().size(), register.size(),
                renamed.size(), editions.isEmpty() ? "première édition / first edition"
                        : "précédente / previous " + editions.get(editions.size() - 1).date(),
                target, (System.nanoTime() - start) / 1_000_000);
        return 0;
    }

    /** The finalité identifiers an edition gave. */
    static Set<String> identifiers(Model edition) {
        Set<String> ids = new TreeSet<>();
        edition.listResourcesWithProperty(RDF.type, Reg.Finalite).forEachRemaining(f -> {
            if (f.hasProperty(DCTerms.identifier)) {
                ids.add(f.getProperty(DCTerms.identifier).getString());
            }
        });
        return ids;
    }

    private static Model parse(String turtle) {
        Model m = ModelFactory.createDefaultModel();
        RDFDataMgr.read(m, new StringReader(turtle), null, Lang.TURTLE);
        return m;
    }

    private static byte[] turtle(Model m) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RDFDataMgr.write(bytes, m, RDFFormat.TURTLE_PRETTY);
        return bytes.toByteArray();
    }
}
