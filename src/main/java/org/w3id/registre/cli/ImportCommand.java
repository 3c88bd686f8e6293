package org.w3id.registre.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.w3id.registre.importer.RegisterImport;
import org.w3id.registre.store.RegisterFiles;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {
            "Construit le graphe du registre depuis le document texte de la Cnam.",
            "Builds the register graph from the Cnam's text document.",
            "Écrit / writes registre.ttl, droit.ttl, alignement.ttl ; rien n'est écrit en cas d'erreur"
                + " / nothing is written on error."})
final class ImportCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "SOURCE",
            description = "Document source (défaut / default: ${DEFAULT-VALUE})",
            defaultValue = "data/source/traitements-assurance-maladie.txt")
    Path source;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "data",
            description = "Dossier de sortie / output folder (défaut / default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--alignement", paramLabel = "CSV", defaultValue = "data/alignement-dpv.csv",
            description = "Finalités DPV de chaque finalité / DPV purposes per finalité (${DEFAULT-VALUE})")
    Path purposes;

    @Option(names = "--traductions", paramLabel = "CSV", defaultValue = "data/traductions-en.csv",
            description = "Libellés anglais / English labels (${DEFAULT-VALUE})")
    Path translations;

    @Option(names = "--lecture", paramLabel = "CSV", defaultValue = "data/lecture-donnees-personnes.csv",
            description = "Lecture du projet : données, personnes, opérations de chaque finalité / the project's"
                    + " reading: data, data subjects, operations per finalité (${DEFAULT-VALUE})")
    Path readings;

    @Option(names = "--lecture-textes", paramLabel = "CSV", defaultValue = "data/lecture-textes.csv",
            description = "Lecture du projet : fin d'application de textes cités / the project's reading: end of"
                    + " application of cited texts (${DEFAULT-VALUE})")
    Path texts;

    @Override
    public Integer call() throws IOException {
        RegisterImport result = RegisterImport.run(source, purposes, translations, readings, texts);
        result.writeTo(out);
        System.out.printf("%d missions, %d finalités, %d sous-finalités, %d fondements, %d textes juridiques → %s%n",
                result.missions().size(), result.finaliteCount(), result.sousFinaliteCount(), result.baseCount(),
                result.texteCount(), out.resolve(RegisterFiles.REGISTRE).getParent());
        return 0;
    }

}
