package org.w3id.registre.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ResourceBundle;

import org.apache.jena.query.QueryDeniedException;
import org.w3id.registre.core.NoNetwork;
import org.w3id.registre.core.RegistreException;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The single executable: {@code java -jar target/registre.jar <subcommand>}. */
@Command(name = "registre",
        mixinStandardHelpOptions = true,
        version = Registre.VERSION,
        description = {
            "Registre : le registre des traitements de la Cnam en graphe de connaissances aligné DPV.",
            "Registre: the Cnam register of processing as a DPV-aligned knowledge graph."},
        subcommands = {
            CommandLine.HelpCommand.class,
            ImportCommand.class,
            InfoCommand.class,
            ValidateCommand.class,
            org.w3id.registre.cli.ServeCommand.class,
            org.w3id.registre.cli.QueryCommand.class,
            org.w3id.registre.cli.ExportCommand.class,
            org.w3id.registre.cli.SearchCommand.class,
            DiffCommand.class,
        })
public final class Registre implements Runnable {

    /** What {@code --version} prints, on the command and on every subcommand. */
    public static final String VERSION = "registre 0.1.0";

    /** Exit code for usage, I/O and parse errors (picocli's own usage code is 2 as well). */
    public static final int EXIT_ERROR = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static CommandLine commandLine() {
        return commandLine(CommandLine.defaultFactory());
    }

    /**
     * The command line, its subcommands made by {@code factory}: a test gives {@code query} an already loaded
     * register this way. Commands write through {@link CommandLine#getOut()} and {@link CommandLine#getErr()}, in
     * UTF-8 whatever the platform's charset; a test replaces them with {@link CommandLine#setOut}.
     */
    public static CommandLine commandLine(CommandLine.IFactory factory) {
        // Before any subcommand reads a file or runs a query: nothing it reads may make it call another host.
        NoNetwork.enforce();
        CommandLine cli = new CommandLine(new Registre(), factory).setCaseInsensitiveEnumValuesAllowed(true);
        cli.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        // picocli's --version on a subcommand prints the subcommand's own version, which none declares.
        cli.getSubcommands().values().forEach(sub -> sub.getCommandSpec().version(VERSION));
        // picocli's words (usage headings, --help and --version descriptions, parse errors) in French and English.
        cli.setResourceBundle(ResourceBundle.getBundle("org.w3id.registre.cli.Usage"));
        cli.setParameterExceptionHandler(new UsageErrors());
        // Bad input is the user's to fix: its message says where and what, a stack trace would only hide it.
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof RegistreException) {
                commandLine.getErr().println("registre : " + e.getMessage());
            } else if (deniedService(e)) {
                commandLine.getErr().println("registre : " + SERVICE_REFUSED);
            } else {
                e.printStackTrace(commandLine.getErr());
            }
            return EXIT_ERROR;
        });
        return cli;
    }

    /** Wherever a SERVICE comes from (a query, a SHACL-SPARQL shape), ARQ refuses it; this says why. */
    static final String SERVICE_REFUSED = "SERVICE refusé : une requête ou une forme SHACL-SPARQL appelle un autre"
            + " hôte ; registre ne fait aucun appel réseau / SERVICE refused: a query or a SHACL-SPARQL shape calls"
            + " another host; registre makes no network call";

    private static boolean deniedService(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof QueryDeniedException) {
                return true;
            }
        }
        return false;
    }

    public static void main(String[] args) {
        ShortRun.ownProcess();
        System.exit(commandLine().execute(args));
    }
}
