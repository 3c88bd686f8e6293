package org.w3id.registre.importer;

import org.w3id.registre.importer.TexteJuridique.Type;

/**
 * The articles of a code or a text as the document cites them: one article, a part of one, "et suivants", a range,
 * a truncated citation; each with its path under {@code droit/} and its French label.
 */
final class CitedArticles {

    private CitedArticles() {
    }

    /** One cited article, a part of it ("2°", "V"), "et suivants", or a truncated citation. */
    static TexteJuridique article(TexteJuridique container, String lettre, String numero, String subdivision,
            boolean etSuivants, boolean tronque) {
        TexteJuridique article = articleOf(container, lettre, numero);
        if (subdivision != null && !tronque && !etSuivants) {
            return subdivision(article, subdivision);
        }
        if (tronque) {
            return new TexteJuridique(article.chemin(), "Articles " + article.numero() + " (citation tronquée) "
                    + of(container), Type.ARTICLE_DE_CODE, article.numero(), null, container, null, null, false, true);
        }
        if (!etSuivants) {
            return article;
        }
        return new TexteJuridique(article.chemin() + "-et-suivants", "Articles " + article.numero() + " et suivants "
                + of(container), article.type(), article.numero(), null, container, article, null, true, false);
    }

    /**
     * "L. 215-1 2°", "article 9 V": a part of an article, its own resource, part of the article, so that the article
     * and its part are not the same node and a query on the article still finds what cites its part.
     */
    private static TexteJuridique subdivision(TexteJuridique article, String printed) {
        boolean point = printed.endsWith("°");
        String local = point ? "point-" + printed.substring(0, printed.length() - 1) : "paragraphe-" + printed;
        String label = printed + " de l'" + Character.toLowerCase(article.libelle().charAt(0))
                + article.libelle().substring(1);
        return TexteJuridique.simple(article.chemin() + "/" + local, label, Type.SUBDIVISION_D_ARTICLE,
                article.numero() + " " + printed, null, article);
    }

    /** "L. 434-1 à L. 434-21": the range, a resource of its own linked to its first and last article. */
    static TexteJuridique plage(TexteJuridique container, String fromLettre, String fromNumero, String toLettre,
            String toNumero) {
        TexteJuridique first = articleOf(container, fromLettre, fromNumero);
        TexteJuridique last = articleOf(container, toLettre, toNumero);
        String chemin = first.chemin() + "-a-" + last.chemin().substring(last.chemin().lastIndexOf('/') + 1);
        return new TexteJuridique(chemin, "Articles " + first.numero() + " à " + last.numero() + " " + of(container),
                Type.PLAGE_D_ARTICLES, first.numero() + " à " + last.numero(), null, container, first, last, false,
                false);
    }

    private static TexteJuridique articleOf(TexteJuridique container, String lettre, String numero) {
        String printed = lettre == null ? numero : lettre + ". " + numero;
        String local = lettre == null ? numero : lettre + numero;
        boolean ofCode = container.type() == Type.CODE;
        String chemin = container.chemin() + (ofCode ? "/" + local : "/article-" + local);
        return TexteJuridique.simple(chemin, "Article " + printed + " " + of(container),
                ofCode ? Type.ARTICLE_DE_CODE : Type.ARTICLE_DE_TEXTE, printed, null, container);
    }

    /** "du Code civil", "de la loi n° …", "de l'ordonnance n° …". */
    private static String of(TexteJuridique container) {
        String label = container.libelle();
        String lower = Character.toLowerCase(label.charAt(0)) + label.substring(1);
        return switch (container.type()) {
            case CODE -> "du " + label;
            case ORDONNANCE -> "de l'" + lower;
            case DECRET, ARRETE -> "du " + lower;
            default -> "de la " + lower;
        };
    }
}
