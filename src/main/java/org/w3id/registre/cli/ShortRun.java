package org.w3id.registre.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.management.JMException;
import javax.management.ObjectName;

/**
 * A command that runs for a few seconds and exits (the static export) never earns back the optimising compiler's
 * work: measured on the export, HotSpot's C2 compiles took about half of the process's CPU time, and the same export
 * with C1 alone took less than half the CPU. A jar started with {@code java -jar} cannot carry JVM options, so the
 * command asks HotSpot itself, through its diagnostic command {@code Compiler.directives_add} (what
 * {@code jcmd PID Compiler.directives_add} does), to leave every method to C1. Only when the command owns its process
 * ({@link #ownProcess()}, from {@code main}): a test JVM or a server that runs the command in-process keeps its JIT.
 * On a JVM without that command (not HotSpot) nothing changes: it is only a matter of speed.
 */
final class ShortRun {

    /** Every method: no C2 compile. C1 still compiles (at its level without profiling once C2 is excluded). */
    private static final String C1_ONLY = "[{ match: \"*.*\", c2: { Exclude: true } }]";

    private static volatile boolean ownProcess;

    private ShortRun() {
    }

    /** Called by {@code main} only: the command about to run is the whole life of this JVM. */
    static void ownProcess() {
        ownProcess = true;
    }

    /** For a short batch command: leaves compilation to C1 when the command owns its process; else nothing. */
    static void leaveCompilationToC1() {
        if (!ownProcess) {
            return;
        }
        Path directives = null;
        try {
            directives = Files.createTempFile("registre-jit", ".json");
            Files.writeString(directives, C1_ONLY, StandardCharsets.UTF_8);
            ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesAdd",
                    new Object[] {new String[] {directives.toString()}}, new String[] {String[].class.getName()});
        } catch (IOException | JMException | RuntimeException e) {
            // Not HotSpot, or no diagnostic command: the export is the same, only slower.
        } finally {
            if (directives != null) {
                try {
                    Files.deleteIfExists(directives);
                } catch (IOException e) {
                    directives.toFile().deleteOnExit();
                }
            }
        }
    }
}
