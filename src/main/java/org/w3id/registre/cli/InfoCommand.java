package org.w3id.registre.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "info", mixinStandardHelpOptions = true,
        description = {"Résumé du registre : finalités par mission, bases de l'article 6(1) du RGPD.",
            "Summary of the register: finalités per mission, GDPR Article 6(1) bases."})
final class InfoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data = new DataOption();

    private static final Map<String, String> BASES = Map.of(
            "a", "consentement / consent",
            "b", "contrat / contract",
            "c", "obligation légale / legal obligation",
            "d", "intérêts vitaux / vital interests",
            "e", "mission d'intérêt public / public task",
            "f", "intérêts légitimes / legitimate interests");

    @Override
    public Integer call() throws IOException {
        Model model = data.load();
        PrintWriter out = spec.commandLine().getOut();
        try (QueryExecution qe = QueryExecution.model(model).query(query("info-registres.rq")).build()) {
            qe.execSelect().forEachRemaining(row -> out.println("Registre — " + row.getLiteral("titre").getString()));
        }
        out.println();
        out.printf("%-4s %-92s %-8s %9s %14s%n", "", "Mission", "Type", "Finalités", "Sous-finalités");
        int finalites = 0;
        int sous = 0;
        try (QueryExecution qe = QueryExecution.model(model).query(query("info-missions.rq")).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution row = rs.next();
                int f = row.getLiteral("finalites").getInt();
                int s = row.getLiteral("sousFinalites").getInt();
                finalites += f;
                sous += s;
                out.printf("%-4s %-92s %-8s %9d %14d%n", row.getLiteral("id").getString(),
                        row.getLiteral("titre").getString(),
                        row.contains("support") ? "support" : row.contains("metier") ? "métier" : "—", f, s);
            }
        }
        out.printf("%-4s %-92s %-8s %9d %14d%n%n", "", "Total", "", finalites, sous);
        out.printf("%-52s %9s %14s%n", "Base RGPD art. 6(1) / GDPR Art. 6(1) basis", "Finalités", "Textes / texts");
        try (QueryExecution qe = QueryExecution.model(model).query(query("info-bases.rq")).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution row = rs.next();
                String letter = row.getResource("article").getURI().replaceAll(".*A6-1-", "");
                out.printf("%-52s %9d %14d%n", "6(1)(" + letter + ") " + BASES.get(letter),
                        row.getLiteral("finalites").getInt(), row.getLiteral("textes").getInt());
            }
        }
        out.flush();
        return 0;
    }

    private static String query(String name) throws IOException {
        try (InputStream in = InfoCommand.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
