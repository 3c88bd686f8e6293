package org.w3id.registre.publish;

import java.util.List;

/** The error pages (404, 406, 400). */
final class ErrorPage {

    private ErrorPage() {
    }

    /** Error pages say it in both languages: the reader may have followed a link from anywhere. */
    static String render(int status, Langue l, SiteLinks links, String detailFr, String detailEn) {
        String title = status == 404 ? "Ressource introuvable / Not found"
                : status == 406 ? "Format non disponible / Not acceptable" : "Requête invalide / Bad request";
        return Layout.page(l, links, title, links.home(l.other()), List.of(), List.of(), h -> {
            h.el("h1", status + " — " + title).newline();
            h.el("p", detailFr).newline();
            h.el("p", detailEn, "lang", "en").newline();
            h.open("p").a(links.home(l), "Retour à l'accueil").text(" / ")
                    .a(links.home(Langue.EN), "Back to the home page", "lang", "en").close("p").newline();
        });
    }
}
