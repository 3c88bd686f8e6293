package org.w3id.registre.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

class RegistreCommandTest {

    @Test
    void helpListsEverySubcommandAndEachHasItsOwnHelp() {
        CommandLine cli = Registre.commandLine();
        StringWriter out = new StringWriter();
        cli.setOut(new PrintWriter(out));
        assertEquals(0, cli.execute("--help"));
        for (String sub : cli.getSubcommands().keySet()) {
            assertTrue(out.toString().contains("  " + sub), sub + " missing from --help");
            if (!sub.equals("help")) {
                StringWriter subOut = new StringWriter();
                CommandLine fresh = Registre.commandLine();
                fresh.setOut(new PrintWriter(subOut));
                assertEquals(0, fresh.execute(sub, "--help"), sub);
                assertTrue(subOut.toString().startsWith("Utilisation / usage : registre " + sub), subOut.toString());
                // The lines wrap at 80 columns: the French words come first.
                assertTrue(subOut.toString().contains("-h, --help") && subOut.toString().contains(
                        "Affiche cette aide et s'arrête / show this help"), subOut.toString());
                assertTrue(subOut.toString().contains("-V, --version") && subOut.toString().contains(
                        "Affiche la version et s'arrête / print version"), subOut.toString());
            }
        }
    }

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Registre.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return new Run(cli.execute(args), out.toString(), err.toString());
    }

    @Test
    void everyCommandPrintsTheVersion() {
        assertEquals(new Run(0, "registre 0.1.0\n", ""), run("--version"));
        for (String sub : Registre.commandLine().getSubcommands().keySet()) {
            if (!sub.equals("help")) {
                assertEquals(new Run(0, "registre 0.1.0\n", ""), run(sub, "--version"), sub);
            }
        }
    }

    @Test
    void theHelpCommandSpeaksFrenchFirst() {
        Run help = run("help", "--help");
        assertEquals(0, help.code());
        assertTrue(help.out().startsWith("Affiche l'aide d'une commande / display help information about the"),
                help.out());
        assertFalse(help.out().contains("Display help"), help.out());
        String main = run("--help").out();
        assertTrue(main.contains("Commandes / commands :\n  help      Affiche l'aide d'une commande / display help"), main);
    }

    /** picocli's parse errors, in French first with English beside, with no Java class name, exit code 2. */
    @Test
    void badCommandLinesAreExplainedInFrenchAndEnglish() {
        assertEquals(new Run(2, "", """
                registre : argument inattendu « srve » / unmatched argument 'srve'
                Vouliez-vous dire / did you mean: serve ?
                Aide / help: registre --help
                """), run("srve"));
        assertEquals(new Run(2, "", """
                registre : option inconnue « --portt » / unknown option '--portt'
                Vouliez-vous dire / did you mean: --port ?
                Aide / help: registre serve --help
                """), run("serve", "--portt"));
        assertEquals(new Run(2, "", """
                registre : arguments inattendus « --prot », « 8080 » / unmatched arguments '--prot', '8080'
                Aide / help: registre serve --help
                """), run("serve", "--prot", "8080"));
        assertEquals(new Run(2, "", """
                registre : valeur manquante pour --port / missing value for --port
                Aide / help: registre serve --help
                """), run("serve", "--port"));
        assertEquals(new Run(2, "", """
                registre : valeur refusée pour --port : « huit » / invalid value for --port: 'huit' ; attendu un \
                nombre entier / expected a whole number
                Aide / help: registre serve --help
                """), run("serve", "--port", "huit"));
        assertEquals(new Run(2, "", """
                registre : valeur refusée pour --format : « pdf » / invalid value for --format: 'pdf' ; attendu \
                l'une de / expected one of: text, turtle, html, csv, json, junit
                Aide / help: registre validate --help
                """), run("validate", "--format", "pdf"));
    }

    @Test
    void anImpossibleValidationDateIsRefusedClearly() {
        for (String date : new String[] {"2023-13-40", "2023-02-31", "31/01/2023"}) {
            assertEquals(new Run(2, "", "registre : valeur refusée pour --date : « " + date + " » / invalid value for"
                    + " --date: '" + date + "' ; attendu une date qui existe, AAAA-MM-JJ / expected a date that"
                    + " exists, YYYY-MM-DD\nAide / help: registre validate --help\n"), run("validate", "--date", date));
        }
    }

    @Test
    void infoSummarisesMissionsAndBases() {
        Run info = run("info");
        String out = info.out();
        assertEquals(0, info.code(), info.err());
        assertTrue(out.lines().anyMatch(l -> l.matches("01 +Gestion des droits +métier +9 +53")), out);
        assertTrue(out.lines().anyMatch(l -> l.matches("16 +Moyens généraux +support +6 +36")), out);
        assertTrue(out.lines().anyMatch(l -> l.matches(" +Total +83 +531")), out);
        assertTrue(out.lines().anyMatch(l -> l.matches("6\\(1\\)\\(c\\) obligation légale / legal obligation +52 +91")),
                out);
        assertTrue(out.lines().anyMatch(l -> l.matches("6\\(1\\)\\(f\\) intérêts légitimes / legitimate interests +21 +0")),
                out);
    }

    /**
     * A CNIL-template register: its missions (a grouping column) are of no kind, and an activity with no sous-finalité
     * (COM-02) still counts — before, the table listed only core or support missions, and the fictitious register's
     * total read 0 finalités.
     */
    @Test
    void infoCountsATemplateRegistersMissionsOfNoKind() {
        Run info = run("info", "--data", "data/exemples/ville-fictive.ods");
        String out = info.out();
        assertEquals(0, info.code(), info.err());
        assertTrue(out.lines().anyMatch(l -> l.matches("COM +Communication +— +2 +2")), out);
        assertTrue(out.lines().anyMatch(l -> l.matches("RH +Ressources humaines +— +2 +5")), out);
        assertTrue(out.lines().anyMatch(l -> l.matches(" +Total +10 +19")), out);
        assertEquals(6, out.lines().filter(l -> l.matches("[A-Z]+ .* — +\\d+ +\\d+")).count(), out);
    }
}
