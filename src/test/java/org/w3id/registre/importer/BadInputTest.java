package org.w3id.registre.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.registre.cli.Registre;

import picocli.CommandLine;

/**
 * Each kind of bad input stops {@code registre import} with exit code 2, a message naming the file, the line and what
 * was expected, and leaves the output folder exactly as it was.
 */
class BadInputTest {

    private static final Path SOURCE = Path.of("data/source/traitements-assurance-maladie.txt");

    @TempDir
    Path tmp;

    private record Case(String name, String expectedLine, String expectedText, Mutation mutation) {
    }

    private interface Mutation {
        byte[] apply(List<String> lines) throws IOException;
    }

    private static byte[] join(List<String> lines) {
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    /** The line number of the first line starting with this text, 1-based. */
    private static int lineOf(List<String> lines, String start) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line starts with " + start);
    }

    @TestFactory
    Stream<DynamicTest> badInputStopsWithExitTwoAndWritesNothing() throws IOException {
        List<String> lines = Files.readAllLines(SOURCE, StandardCharsets.UTF_8);
        int firstUl = lineOf(lines, "<ul");
        int dmpTitle = lineOf(lines, "Gérer les immatriculations et les affiliations");
        int missionList = lineOf(lines, "LES MISSIONS DE L'ASSURANCE MALADIE");
        int overview01 = lineOf(lines, "01 | GESTION DES DROITS");
        int covid = lineOf(lines, "<ul style=\"list-style-type: none\">• L'identification des personnes infectées");
        return Stream.of(
                new Case("fichier vide / empty file", ":1 :", "fichier vide", l -> new byte[0]),
                new Case("octets non UTF-8 / not UTF-8", ":" + firstUl + " :", "non UTF-8", l -> {
                    byte[] good = join(l);
                    String text = new String(good, StandardCharsets.UTF_8);
                    int at = text.indexOf("Acquérir");
                    byte[] bad = text.replaceFirst("Acquérir", "Acqu\u0000rir").getBytes(StandardCharsets.UTF_8);
                    int pos = new String(text.substring(0, at)).getBytes(StandardCharsets.UTF_8).length + 4;
                    bad[pos] = (byte) 0xE9; // "é" in Latin-1: not UTF-8
                    return bad;
                }),
                new Case("section sans titre / section with no title", ":" + dmpTitle + " :",
                        "section sans intitulé", l -> {
                    List<String> m = new java.util.ArrayList<>(l);
                    m.remove(dmpTitle - 1);
                    m.remove(dmpTitle - 1); // the blank line after the title
                    return join(m);
                }),
                new Case("colonne des fondements manquante / missing fondements column", ":" + firstUl + " :",
                        "colonne « Fondements juridiques » manquante", l -> {
                    List<String> m = new java.util.ArrayList<>(l);
                    m.set(firstUl - 1, m.get(firstUl - 1).substring(0, m.get(firstUl - 1).indexOf('\t')));
                    return join(m);
                }),
                new Case("lettre d'article 6 inconnue / Article 6 letter other than a–f", ":" + firstUl + " :",
                        "article 6-1-g du RGPD inconnu : attendu une lettre de a à f", l -> {
                    List<String> m = new java.util.ArrayList<>(l);
                    m.set(firstUl - 1, m.get(firstUl - 1).replace("Article 6-1-c du RGPD", "Article 6-1-g du RGPD"));
                    return join(m);
                }),
                new Case("liste des missions introuvable / no mission list", ":1 :",
                        "liste « LES MISSIONS DE L'ASSURANCE MALADIE » introuvable", l -> {
                    List<String> m = new java.util.ArrayList<>(l);
                    m.set(missionList - 1, "LES MISSIONS");
                    return join(m);
                }),
                new Case("numéro de mission attendu / mission number expected", ":" + (missionList + 2) + " :",
                        "attendu un numéro de mission (« 01 ») suivi de son intitulé", l -> {
                    List<String> m = new java.util.ArrayList<>(l);
                    m.set(missionList + 1, "Un");
                    return join(m);
                }),
                new Case("ligne des colonnes manquante / no column line", ":" + (firstUl - 1) + " :",
                        "attendu la ligne « Sous-finalités<TAB>Fondements juridiques »", l -> {
                    List<String> m = new java.util.ArrayList<>(l);
                    m.set(firstUl - 2, changed(m.get(firstUl - 2), "Sous-finalités\t", "Sous finalités\t"));
                    return join(m);
                }),
                new Case("aucune sous-finalité / no sous-finalité", ":" + firstUl + " :",
                        "aucune sous-finalité : attendu une liste à puces « • »", l -> {
                    List<String> m = new java.util.ArrayList<>(l);
                    String line = m.get(firstUl - 1);
                    m.set(firstUl - 1, line.substring(0, line.indexOf('>') + 1) + "rien" + line.substring(
                            line.indexOf('\t')));
                    return join(m);
                }),
                new Case("colonne des fondements vide / empty fondements column", ":" + firstUl + " :",
                        "colonne « Fondements juridiques » vide : attendu une liste à puces « • »", l -> {
                    List<String> m = new java.util.ArrayList<>(l);
                    String line = m.get(firstUl - 1);
                    m.set(firstUl - 1, line.substring(0, line.indexOf('\t')) + "\t<ul>rien</ul>");
                    return join(m);
                }),
                new Case("liste des finalités incomplète / overview list short of one", ":" + overview01 + " :",
                        "la liste « Finalités » de la mission 01 compte 8 libellés mais 9 sections de détail", l -> {
                    List<String> m = new java.util.ArrayList<>(l);
                    int card = l.indexOf("Gérer les droits en carte");
                    m.subList(card, card + 4).clear();
                    return join(m);
                }),
                new Case("date impossible dans une citation / impossible date in a citation", ":" + covid + " :",
                        "date impossible « 31 février 2020 »", l -> {
                    List<String> m = new java.util.ArrayList<>(l);
                    m.set(covid - 1, changed(m.get(covid - 1), "loi n° 2020-546 du 11 mai 2020",
                            "loi n° 2020-546 du 31 février 2020"));
                    return join(m);
                }),
                new Case("fin d'obligation à une date impossible / impossible end date", ":" + covid + " :",
                        "date impossible « 31/13/2023 »", l -> {
                    List<String> m = new java.util.ArrayList<>(l);
                    m.set(covid - 1, changed(m.get(covid - 1), "a pris fin au 31/01/2023", "a pris fin au 31/13/2023"));
                    return join(m);
                }))
                .map(c -> DynamicTest.dynamicTest(c.name(), () -> {
                    Path dir = Files.createTempDirectory(tmp, "case");
                    Path source = dir.resolve("registre.txt");
                    Files.write(source, c.mutation().apply(lines));
                    Path out = dir.resolve("out");
                    Files.createDirectories(out);
                    Files.writeString(out.resolve("registre.ttl"), "previous content");

                    StringWriter err = new StringWriter();
                    CommandLine cli = Registre.commandLine();
                    cli.setErr(new PrintWriter(err));
                    int code = cli.execute("import", source.toString(), "--out", out.toString());

                    assertEquals(2, code, err.toString());
                    String message = err.toString();
                    assertTrue(message.contains(source + c.expectedLine()), "file and line in: " + message);
                    assertTrue(message.contains(c.expectedText()), "what was expected in: " + message);
                    try (Stream<Path> files = Files.list(out)) {
                        assertEquals(List.of(out.resolve("registre.ttl")), files.toList(), "nothing else written");
                    }
                    assertEquals("previous content", Files.readString(out.resolve("registre.ttl")));
                }));
    }

    private static final Path CORRECTIONS = Path.of("data/corrections-lecture.csv");

    /** A reading correction that does not quote the document, or rewords it, stops the import at its CSV line. */
    @TestFactory
    Stream<DynamicTest> badReadingCorrectionStopsWithExitTwoAndWritesNothing() throws IOException {
        List<String> rows = Files.readAllLines(CORRECTIONS, StandardCharsets.UTF_8);
        int split = 0;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).startsWith("11-01,5,scission,")) {
                split = i;
            }
        }
        int line = split + 1;
        String row = rows.get(split);
        return Stream.of(
                new Case("texte imprimé inexact / printed text not as printed", ":" + line + " :",
                        "texte imprimé différent du document",
                        l -> with(l, line, row.replaceFirst("Employeurs Gestion", "employeurs Gestion"))),
                new Case("éléments reformulés / reworded items", ":" + line + " :",
                        "qui redonnent le texte imprimé",
                        l -> with(l, line, row.replace("| Pilotage de l'activité\"", "| Pilotage des activités\""))),
                new Case("un seul élément / a single item", ":" + line + " :", "au moins deux éléments",
                        l -> with(l, line, row.replace(" | Gestion des instances", " Gestion des instances")
                                .replace(" | Pilotage", " Pilotage"))),
                new Case("puce hors de la liste / bullet out of range", ":" + line + " :",
                        "attendu un rang de 1 à 10", l -> with(l, line, row.replaceFirst("^11-01,5,", "11-01,11,"))),
                new Case("correction inconnue / unknown kind", ":" + line + " :", "attendu « scission » ou « note »",
                        l -> with(l, line, row.replaceFirst(",scission,", ",fusion,"))),
                new Case("finalité inconnue / unknown finalité", ":" + line + " :", "finalité « 11-09 » inconnue",
                        l -> with(l, line, row.replaceFirst("^11-01,", "11-09,"))),
                new Case("puce corrigée deux fois / bullet corrected twice", ":" + (rows.size() + 1) + " :",
                        "déjà corrigée", l -> {
                    List<String> m = new java.util.ArrayList<>(l);
                    m.add(row);
                    return join(m);
                }))
                .map(c -> DynamicTest.dynamicTest(c.name(), () -> {
                    Path dir = Files.createTempDirectory(tmp, "case");
                    Path csv = dir.resolve("corrections.csv");
                    Files.write(csv, c.mutation().apply(rows));
                    Path out = dir.resolve("out");
                    Files.createDirectories(out);
                    Files.writeString(out.resolve("registre.ttl"), "previous content");

                    StringWriter err = new StringWriter();
                    CommandLine cli = Registre.commandLine();
                    cli.setErr(new PrintWriter(err));
                    int code = cli.execute("import", SOURCE.toString(), "--out", out.toString(), "--corrections",
                            csv.toString());

                    assertEquals(2, code, err.toString());
                    String message = err.toString();
                    assertTrue(message.contains(csv + c.expectedLine()), "file and line in: " + message);
                    assertTrue(message.contains(c.expectedText()), "what was expected in: " + message);
                    try (Stream<Path> files = Files.list(out)) {
                        assertEquals(List.of(out.resolve("registre.ttl")), files.toList(), "nothing else written");
                    }
                    assertEquals("previous content", Files.readString(out.resolve("registre.ttl")));
                }));
    }

    private static String changed(String line, String from, String to) {
        if (!line.contains(from)) {
            throw new AssertionError("the mutation changed nothing: no « " + from + " »");
        }
        return line.replace(from, to);
    }

    private static byte[] with(List<String> lines, int line, String replacement) {
        List<String> m = new java.util.ArrayList<>(lines);
        if (m.get(line - 1).equals(replacement)) {
            throw new AssertionError("the mutation changed nothing");
        }
        m.set(line - 1, replacement);
        return join(m);
    }

    private static final String SUB_HEAD = "sous_finalite,texte_fr,label_en\n";

    /** The bundled sous-finalité translations less one line (1-based, the header being line 1). */
    private static String subTranslationsWithout(int line) throws IOException {
        List<String> rows = new java.util.ArrayList<>(Files.readAllLines(
                Path.of("data/traductions-sous-finalites-en.csv"), StandardCharsets.UTF_8));
        rows.remove(line - 1);
        return String.join("\n", rows) + "\n";
    }

    private record CsvCase(String name, String option, String file, String content, String expectedLine,
                           String expectedText) {
    }

    /**
     * Each error of the alignment loader (the DPV purposes and the English labels): file and line named, exit code 2,
     * nothing written. The cases start from the real files, changed in one place.
     */
    @TestFactory
    Stream<DynamicTest> badAlignmentStopsTheImport() throws IOException {
        String purposes = Files.readString(Path.of("data/alignement-dpv.csv"), StandardCharsets.UTF_8);
        List<String> rows = purposes.lines().toList();
        String first = rows.get(1);
        String withoutFirst = rows.get(0) + "\n" + String.join("\n", rows.subList(2, rows.size())) + "\n";
        return Stream.of(
                new CsvCase("finalité inconnue / unknown finalité", "--alignement", "alignement.csv",
                        purposes.replaceFirst("\n01-01,", "\n01-99,"), ":2 :",
                        "finalité « 01-99 » inconnue du registre, attendu un identifiant MM-PP existant"),
                new CsvCase("finalité alignée deux fois / finalité mapped twice", "--alignement", "alignement.csv",
                        purposes + first + "\n", ":" + (rows.size() + 1) + " :",
                        "finalité « 01-01 » déjà alignée plus haut / finalité mapped twice"),
                new CsvCase("préfixe inconnu / unknown prefix", "--alignement", "alignement.csv",
                        purposes.replaceFirst("dpv:ServiceRegistration", "dvp:ServiceRegistration"), ":2 :",
                        "« dvp:ServiceRegistration » : attendu un nom préfixé parmi"),
                new CsvCase("finalité sans ligne / finalité with no row", "--alignement", "alignement.csv",
                        withoutFirst, " :", "aucune finalité DPV pour « 01-01 », attendu une ligne par finalité"),
                new CsvCase("en-tête inattendu / unexpected header", "--alignement", "alignement.csv",
                        purposes.replaceFirst("finalite,purposes,", "finalite,purpose,"), ":1 :",
                        "en-tête [finalite, purpose, justification], attendu [finalite, purposes, justification]"),
                new CsvCase("colonne en trop / one column too many", "--alignement", "alignement.csv",
                        purposes.replace(first, first + ",de trop"), ":2 :", "4 colonnes, attendu 3"),
                new CsvCase("traduction d'un identifiant inconnu / translation of an unknown id", "--traductions",
                        "traductions.csv", "id,label_en\n01,Entitlement management\n99,Nowhere\n", ":3 :",
                        "identifiant « 99 » inconnu, attendu une mission (NN) ou une finalité (MM-PP)"),
                new CsvCase("libellé anglais vide / empty English label", "--traductions", "traductions.csv",
                        "id,label_en\n01, \n", ":2 :", "libellé anglais vide / empty English label"))
                .map(BadInputTest::runCsvCase);
    }

    private static DynamicTest runCsvCase(CsvCase c) {
        return DynamicTest.dynamicTest(c.name(), () -> {
            Path dir = Files.createTempDirectory("registre-csv-");
            try {
                Path csv = dir.resolve(c.file());
                Files.writeString(csv, c.content());
                Path out = dir.resolve("out");
                StringWriter err = new StringWriter();
                CommandLine cli = Registre.commandLine();
                cli.setErr(new PrintWriter(err));
                int code = cli.execute("import", SOURCE.toString(), "--out", out.toString(), c.option(),
                        csv.toString());
                assertEquals(2, code, err.toString());
                assertTrue(err.toString().contains(csv + c.expectedLine()), "file and line in: " + err);
                assertTrue(err.toString().contains(c.expectedText()), "what was expected in: " + err);
                assertTrue(Files.notExists(out), "nothing written");
            } finally {
                org.w3id.registre.core.FileCommit.deleteTree(dir);
            }
        });
    }

    /** A bad row in the project's reading: file and line named, exit code 2, nothing written. */
    @TestFactory
    Stream<DynamicTest> badReadingRowStopsTheImport() throws IOException {
        String head = "finalite,lien,concept,mots\n01-01,personnes,reg:Assure,bénéficiaires\n";
        String textHead = "finalite,texte,fin,mots,note\n";
        return Stream.of(
                new CsvCase("mots absents de la finalité / words not printed", "--lecture", "lecture.csv",
                        head + "02-04,donnees,pd:Health,certificats de décès\n", ":3 :",
                        "« certificats de décès » ne figure pas dans le texte de la finalité 02-04"),
                new CsvCase("lien inconnu / unknown link", "--lecture", "lecture.csv",
                        head + "02-04,destinataires,pd:Health,certificats médicaux\n", ":3 :",
                        "lien « destinataires », attendu l'un de [donnees, operation, personnes]"),
                new CsvCase("préfixe inconnu / unknown prefix", "--lecture", "lecture.csv",
                        head + "02-04,donnees,sante:Health,certificats médicaux\n", ":3 :",
                        "« sante:Health » : attendu un nom préfixé parmi [dpv, pd, reg]"),
                new CsvCase("ligne en double / same reading twice", "--lecture", "lecture.csv",
                        head + "01-01,personnes,reg:Assure,bénéficiaires\n", ":3 :",
                        "« reg:Assure » déjà lu pour la finalité 01-01"),
                new CsvCase("texte non cité / text not cited", "--lecture-textes", "textes.csv",
                        textHead + "15-05,droit/css/L111-2-2,2019-12-31,mandats en cours,note\n", ":2 :",
                        "texte « droit/css/L111-2-2 » non cité par les fondements de la finalité 15-05"),
                new CsvCase("sous-finalité inconnue / unknown sous-finalité", "--traductions-sous-finalites",
                        "traductions.csv", SUB_HEAD + "01-01/6,Gérer tout le reste,Manage everything else\n", ":2 :",
                        "sous-finalité « 01-01/6 » inconnue du registre"),
                new CsvCase("texte français différent / French text differs", "--traductions-sous-finalites",
                        "traductions.csv", SUB_HEAD + "11-01/5,Gestion des actions des Employeurs Gestion des"
                        + " instances,Management of actions by employers\n", ":2 :",
                        "texte français de « 11-01/5 » différent du registre : « Gestion des actions des Employeurs"
                        + " Gestion des instances », attendu « Gestion des actions des Employeurs »"),
                new CsvCase("traduction manquante / missing translation", "--traductions-sous-finalites",
                        "traductions.csv", subTranslationsWithout(3), ":3 :",
                        "aucune traduction de la sous-finalité « 01-01/2 » (« Gérer les cas d'affiliations et"
                        + " immatriculations particulières (étudiants, travailleurs étrangers, etc.) ainsi que l'Aide"
                        + " médicale d'État (AME) »), attendu une ligne « 01-01/2,texte français,libellé anglais »"
                        + " avant cette ligne"),
                new CsvCase("dernière traduction manquante / last translation missing", "--traductions-sous-finalites",
                        "traductions.csv", subTranslationsWithout(532), ":532 :",
                        "aucune traduction de la sous-finalité « 16-06/7 » (« Constituer des groupes sur des critères"
                        + " pertinents »), attendu une ligne « 16-06/7,texte français,libellé anglais » en fin de"
                        + " fichier"),
                new CsvCase("date illisible / bad date", "--lecture-textes", "textes.csv",
                        textHead + "15-05,droit/ordonnance/2017-1386/article-9/paragraphe-V,31/12/2019,mandats en cours,note\n",
                        ":2 :", "date « 31/12/2019 », attendu AAAA-MM-JJ"))
                .map(c -> DynamicTest.dynamicTest(c.name(), () -> {
                    Path dir = Files.createTempDirectory(tmp, "csv");
                    Path csv = dir.resolve(c.file());
                    Files.writeString(csv, c.content());
                    Path out = dir.resolve("out");
                    StringWriter err = new StringWriter();
                    CommandLine cli = Registre.commandLine();
                    cli.setErr(new PrintWriter(err));
                    int code = cli.execute("import", SOURCE.toString(), "--out", out.toString(), c.option(),
                            csv.toString());
                    assertEquals(2, code, err.toString());
                    assertTrue(err.toString().contains(csv + c.expectedLine()), "file and line in: " + err);
                    assertTrue(err.toString().contains(c.expectedText()), "what was expected in: " + err);
                    assertTrue(Files.notExists(out), "nothing written");
                }));
    }
}
