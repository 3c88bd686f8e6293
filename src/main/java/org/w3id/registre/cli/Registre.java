package org.w3id.registre.cli;

import org.apache.jena.query.QueryDeniedException;
import org.w3id.registre.core.NoNetwork;
import org.w3id.registre.core.RegistreException;
import org.w3id.registre.cli.ValidateCommand;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The single executable: {@code java -jar target/registre.jar <subcommand>}. */
@Command(name = "registre",
        mixinStandardHelpOptions = true,
        version = "registre 0.1.0",
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

    /** Exit code for usage, I/O and parse errors (picocli's own usage code is 2 as well). */
    public static final int EXIT_ERROR = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static CommandLine commandLine() {
        // Before any subcommand reads a file or runs a query: nothing it reads may make it call another host.
        NoNetwork.enforce();
        CommandLine cli = new CommandLine(new Registre()).setCaseInsensitiveEnumValuesAllowed(true);
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
        System.exit(commandLine().execute(args));
    }
}
