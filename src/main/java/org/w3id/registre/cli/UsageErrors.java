package org.w3id.registre.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A command line picocli cannot read (unknown option, misspelt subcommand, missing value, value of the wrong kind):
 * one message, French first with English beside as everywhere else in the CLI, the suggestions picocli finds, the
 * help command to run, and exit code 2. picocli's own messages are English only; they are read here from the
 * exception's parts (unmatched words, missing arguments, the option and its value), not from its text.
 */
final class UsageErrors implements IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("registre : " + message(ex));
        if (ex instanceof UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
            err.println("Vouliez-vous dire / did you mean: " + String.join(", ", unmatched.getSuggestions()) + " ?");
        }
        err.println("Aide / help: " + cmd.getCommandSpec().qualifiedName() + " --help");
        err.flush();
        return cmd.getCommandSpec().exitCodeOnInvalidInput();
    }

    static String message(ParameterException ex) {
        if (ex instanceof UnmatchedArgumentException unmatched) {
            List<String> words = unmatched.getUnmatched();
            String quoted = words.stream().map(w -> "« " + w + " »").collect(Collectors.joining(", "));
            String english = words.stream().map(w -> "'" + w + "'").collect(Collectors.joining(", "));
            boolean options = words.stream().allMatch(w -> w.startsWith("-"));
            return options
                    ? (words.size() == 1 ? "option inconnue " : "options inconnues ") + quoted
                            + (words.size() == 1 ? " / unknown option " : " / unknown options ") + english
                    : (words.size() == 1 ? "argument inattendu " : "arguments inattendus ") + quoted
                            + (words.size() == 1 ? " / unmatched argument " : " / unmatched arguments ") + english;
        }
        if (ex instanceof MissingParameterException missing) {
            String names = missing.getMissing().stream().map(UsageErrors::name).collect(Collectors.joining(", "));
            if (ex.getMessage().startsWith("Missing required parameter for option")) {
                return "valeur manquante pour " + names + " / missing value for " + names;
            }
            boolean option = missing.getMissing().stream().allMatch(ArgSpec::isOption);
            return option ? "option requise manquante : " + names + " / missing required option: " + names
                    : "paramètre requis manquant : " + names + " / missing required parameter: " + names;
        }
        ArgSpec arg = ex.getArgSpec();
        if (arg != null && ex.getValue() != null && isConversion(ex)) {
            String refused = "valeur refusée pour " + name(arg) + " : « " + ex.getValue() + " » / invalid value for "
                    + name(arg) + ": '" + ex.getValue() + "'";
            Class<?> type = arg.type();
            if (type.isEnum()) {
                String choices = Arrays.stream(type.getEnumConstants())
                        .map(c -> c.toString().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
                return refused + " ; attendu l'une de / expected one of: " + choices;
            }
            if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
                return refused + " ; attendu un nombre entier / expected a whole number";
            }
            if (ex.getCause() instanceof TypeConversionException own && own.getMessage() != null) {
                return refused + " ; " + own.getMessage();
            }
            return refused;
        }
        return "ligne de commande invalide / invalid command line: " + ex.getMessage();
    }

    /** picocli reports a value its converter refused as "Invalid value for option '--x': …". */
    private static boolean isConversion(ParameterException ex) {
        return ex.getCause() instanceof TypeConversionException
                || ex.getMessage() != null && ex.getMessage().startsWith("Invalid value for");
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }
}
