package org.w3id.registre.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.w3id.registre.core.FileCommit;
import org.w3id.registre.core.RegistreException;

/**
 * The static copy of the site: every page (French and English), every resource document in the four RDF syntaxes,
 * the dumps and the dataset description, laid out so that the folder served at the base URI answers the same
 * document URLs as the server ({@code cnam/mission/03.html}, {@code cnam/mission/03.ttl}, ...). Links between pages
 * are relative, so the copy also works from the file system.
 */
public final class StaticSite {

    /** Marks a folder as written by this export, so that a later export may replace it. */
    static final String MARKER = ".registre-export";

    private final RegisterSite site;
    private final Pages pages;

    public StaticSite(RegisterSite site) {
        this.site = site;
        this.pages = new Pages(site);
    }

    /** What was written. */
    public record Result(int pages, int rdfDocuments) {
    }

    /**
     * Writes the site into a new folder next to {@code target}, then moves it into place: a failed export leaves the
     * previous one untouched. An existing {@code target} is replaced only if it is empty or a previous export.
     */
    public Result write(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        try {
            if (Files.exists(absolute) && !replaceable(absolute)) {
                throw new RegistreException(target + " : dossier non vide qui n'est pas un export du registre ; "
                        + "rien n'a été écrit / folder is not empty and is not a register export; nothing written");
            }
        } catch (IOException e) {
            throw new RegistreException(target + " : lecture impossible / cannot read: " + e.getMessage(), e);
        }
        return FileCommit.replaceFolder(absolute, dir -> writeInto(dir, absolute));
    }

    private static boolean replaceable(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        if (Files.exists(dir.resolve(MARKER))) {
            return true;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    private Result writeInto(Path dir, Path finalDir) throws IOException {
        int pageCount = 0;
        int rdfCount = 0;
        for (Langue l : Langue.values()) {
            String prefix = l == Langue.EN ? "en/" : "";
            text(dir, prefix + "index.html", pages.home(l, SiteLinks.staticFrom(prefix + "index.html")));
            text(dir, prefix + "validation.html",
                    pages.validation(l, SiteLinks.staticFrom(prefix + "validation.html")));
            pageCount += 2;
            for (String path : site.documentPaths()) {
                String file = prefix + path + ".html";
                text(dir, file, pages.resource(path, l, SiteLinks.staticFrom(file)));
                pageCount++;
            }
        }
        Optional<String> report = site.findings().htmlReport();
        if (report.isPresent()) {
            text(dir, "validation/rapport.html", report.get());
            pageCount++;
        }
        for (String path : site.documentPaths()) {
            Model description = site.describe(path);
            for (RdfFormat f : RdfFormat.rdf()) {
                rdf(dir, path + "." + f.extension, description, f);
                rdfCount++;
            }
        }
        Model voidDescription = DatasetDescription.build(site, Optional.empty());
        text(dir, DatasetDescription.PATH + ".html", pages.datasetDescription(voidDescription, Langue.FR,
                SiteLinks.staticFrom(DatasetDescription.PATH + ".html")));
        pageCount++;
        // The well-known location itself, without extension: Turtle, as the VoID guide expects.
        rdf(dir, DatasetDescription.PATH, voidDescription, RdfFormat.TURTLE);
        for (RdfFormat f : RdfFormat.rdf()) {
            rdf(dir, DatasetDescription.PATH + "." + f.extension, voidDescription, f);
            rdf(dir, "download/registre." + f.extension, site.dump(), f);
        }
        // The web-server configuration that makes the folder a full linked-data site (nginx, with conneg).
        new WebServerConfig(pages).write(dir, finalDir);
        text(dir, MARKER, "registre export --site " + site.base().value() + "\n");
        return new Result(pageCount, rdfCount);
    }

    private static void text(Path dir, String file, String content) throws IOException {
        Path out = dir.resolve(file);
        Files.createDirectories(out.getParent());
        Files.writeString(out, content, StandardCharsets.UTF_8);
    }

    private static void rdf(Path dir, String file, Model model, RdfFormat format) throws IOException {
        Path out = dir.resolve(file);
        Files.createDirectories(out.getParent());
        try (OutputStream stream = Files.newOutputStream(out)) {
            RDFDataMgr.write(stream, model, format.jena);
        }
    }
}
