package org.w3id.registre.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the register's structure from the extracted text: the list of missions, then for each mission an overview
 * ("Finalités") and one detail section per finalité — header "NN | MISSION", title, the line
 * "Sous-finalités TAB Fondements juridiques", and one line holding both bullet lists separated by a TAB.
 */
public final class RegisterParser {

    private static final Pattern HEADER =
            Pattern.compile("^\\**(\\d{2})\\s+\\|?\\s*\\**(\\p{Lu}[^\\p{Ll}]*?)\\**$");
    private static final Pattern MISSION_NUMBER = Pattern.compile("^\\d{2}$");
    private static final String COLUMNS = "Sous-finalités\tFondements juridiques";
    private static final Pattern LIST_TAG = Pattern.compile("<ul[^>]*>");
    /**
     * A GDPR Article 6(1) basis or Article 9(2) condition, however the bullet words it ("Article 6-1-c du RGPD",
     * "l'article 6-1-f du RGPD", "Article 9-2-h du RGPD"): group 1 the paragraph, group 2 the point.
     */
    private static final Pattern ARTICLE_RGPD = Pattern.compile("article\\s+(6-1|9-2)-(\\p{L})\\s+du\\s+RGPD",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** The mark of a nested item: an en dash, or a hyphen followed by a space and a capital (never "PSSI-MCAS"). */
    private static final Pattern NESTED_ITEM = Pattern.compile("\\s*–\\s*|\\s*(?<![\\p{L}\\d])-\\s+(?=\\p{Lu})");
    private static final Pattern ENDED = Pattern.compile("a\\s+pris\\s+fin\\s+(?:au|le)\\s+(\\d{2}/\\d{2}/\\d{4})");

    private final SourceDocument doc;
    private final LegalCitationParser citations = new LegalCitationParser();

    /** A run of non-blank lines, with the number of its first line. */
    private record Paragraph(int line, List<String> lines) {
        String joined() {
            return String.join(" ", lines.stream().map(String::strip).toList()).replace("**", "").strip();
        }

        String first() {
            return lines.get(0);
        }
    }

    public RegisterParser(SourceDocument doc) {
        this.doc = doc;
    }

    public static List<Mission> parse(SourceDocument doc) {
        return new RegisterParser(doc).missions();
    }

    private List<Mission> missions() {
        List<Paragraph> paragraphs = paragraphs();
        int i = 0;
        while (i < paragraphs.size() && !paragraphs.get(i).joined().equals("LES MISSIONS DE L'ASSURANCE MALADIE")) {
            i++;
        }
        if (i == paragraphs.size()) {
            throw doc.error(1, "liste « LES MISSIONS DE L'ASSURANCE MALADIE » introuvable, attendue en tête du registre"
                    + " / mission list not found, expected at the top of the register");
        }
        i++;
        Map<String, Paragraph> titles = new LinkedHashMap<>();
        Set<String> support = new java.util.HashSet<>();
        boolean inSupport = false;
        for (; i < paragraphs.size() && !HEADER.matcher(paragraphs.get(i).first()).matches(); i++) {
            Paragraph p = paragraphs.get(i);
            if (p.joined().equals("LES MISSIONS SUPPORTS")) {
                inSupport = true;
            } else if (MISSION_NUMBER.matcher(p.first().strip()).matches() && p.lines().size() > 1) {
                String id = p.first().strip();
                titles.put(id, new Paragraph(p.line(), p.lines().subList(1, p.lines().size())));
                if (inSupport) {
                    support.add(id);
                }
            } else {
                throw doc.error(p.line(), "attendu un numéro de mission (« 01 ») suivi de son intitulé"
                        + " / expected a mission number (\"01\") followed by its title");
            }
        }

        Map<String, List<Finalite>> finalites = new LinkedHashMap<>();
        Map<String, List<String>> overviews = new LinkedHashMap<>();
        Map<String, Integer> overviewLines = new LinkedHashMap<>();
        while (i < paragraphs.size()) {
            Paragraph header = paragraphs.get(i);
            Matcher h = HEADER.matcher(header.first());
            if (!h.matches() || header.lines().size() > 1) {
                throw doc.error(header.line(), "attendu un en-tête de section « NN | MISSION »"
                        + " / expected a section header \"NN | MISSION\"");
            }
            String mission = h.group(1);
            if (!titles.containsKey(mission)) {
                throw doc.error(header.line(), "mission « " + mission + " » absente de la liste des missions"
                        + " / mission not in the list of missions");
            }
            i++;
            if (i == paragraphs.size()) {
                throw doc.error(header.line(), "section vide, attendu un intitulé de finalité"
                        + " / empty section, expected a finalité title");
            }
            Paragraph next = paragraphs.get(i);
            if (next.joined().equals("Finalités")) {
                List<String> labels = new ArrayList<>();
                for (i++; i < paragraphs.size() && !HEADER.matcher(paragraphs.get(i).first()).matches(); i++) {
                    labels.add(paragraphs.get(i).joined());
                }
                overviews.put(mission, labels);
                overviewLines.put(mission, header.line());
                continue;
            }
            if (next.first().startsWith("Sous-finalités")) {
                throw doc.error(next.line(), "section sans intitulé : attendu le titre de la finalité avant"
                        + " « Sous-finalités » / section with no title: expected the finalité title before it");
            }
            i++;
            if (i == paragraphs.size() || !paragraphs.get(i).first().startsWith("Sous-finalités")) {
                int line = i == paragraphs.size() ? next.line() : paragraphs.get(i).line();
                throw doc.error(line, "attendu la ligne « Sous-finalités<TAB>Fondements juridiques »"
                        + " / expected the line \"Sous-finalités<TAB>Fondements juridiques\"");
            }
            Paragraph table = paragraphs.get(i);
            if (!table.first().equals(COLUMNS)) {
                throw doc.error(table.line(), "colonne « Fondements juridiques » manquante : attendu « " + COLUMNS
                        .replace("\t", "<TAB>") + " » / missing fondements column");
            }
            if (table.lines().size() != 2) {
                throw doc.error(table.line(), "attendu une seule ligne de listes à puces après l'en-tête de colonnes"
                        + " / expected one line of bullet lists after the column header");
            }
            List<Finalite> ofMission = finalites.computeIfAbsent(mission, k -> new ArrayList<>());
            int rang = ofMission.size() + 1;
            ofMission.add(finalite(mission, rang, next, table.line() + 1, table.lines().get(1)));
            i++;
        }

        List<Mission> missions = new ArrayList<>();
        for (Map.Entry<String, Paragraph> t : titles.entrySet()) {
            String id = t.getKey();
            List<Finalite> list = finalites.getOrDefault(id, List.of());
            List<String> overview = overviews.get(id);
            if (overview == null) {
                throw doc.error(t.getValue().line(), "mission " + id + " sans liste « Finalités »"
                        + " / mission with no \"Finalités\" overview");
            }
            if (overview.size() != list.size()) {
                throw doc.error(overviewLines.get(id), "la liste « Finalités » de la mission " + id + " compte "
                        + overview.size() + " libellés mais " + list.size() + " sections de détail / the overview lists "
                        + overview.size() + " finalités but there are " + list.size() + " detail sections");
            }
            missions.add(new Mission(id, t.getValue().joined(), support.contains(id), t.getValue().line(),
                    OverviewMatcher.withOverviewLabels(list, overview)));
        }
        return missions;
    }

    private Finalite finalite(String mission, int rang, Paragraph title, int line, String columns) {
        String[] parts = columns.split("\t", -1);
        if (parts.length != 2) {
            throw doc.error(line, "colonne « Fondements juridiques » manquante : attendu deux listes séparées par une"
                    + " tabulation / missing fondements column: expected two lists separated by a TAB");
        }
        List<SousFinalite> sousFinalites = new ArrayList<>();
        for (String bullet : bullets(parts[0])) {
            List<String> items = new ArrayList<>();
            String text = bullet.strip();
            // Only a nested list tag makes "–" items; a dash in ordinary prose stays text.
            if (LIST_TAG.matcher(bullet).find()) {
                String[] nested = LIST_TAG.matcher(bullet).replaceAll("").split("–");
                StringBuilder joined = new StringBuilder(nested[0].strip());
                for (int k = 1; k < nested.length; k++) {
                    items.add(nested[k].strip());
                    joined.append(" – ").append(nested[k].strip());
                }
                text = joined.toString();
            }
            sousFinalites.add(new SousFinalite(sousFinalites.size() + 1, text, List.copyOf(items),
                    cited(line, text), null));
        }
        if (sousFinalites.isEmpty()) {
            throw doc.error(line, "aucune sous-finalité : attendu une liste à puces « • » / no sous-finalité:"
                    + " expected a bullet list");
        }
        // A nested list inside a fondement bullet ("Recours amiable :– Article L. 142-4 …", 14-04's "- Référentiel
        // général de sécurité (RGS)- Politique …") is kept as the sous-finalités' are: its items apart, and the
        // bullet's text with " – " between them rather than glued.
        Map<String, List<String>> nestedItems = new LinkedHashMap<>();
        List<String> fondements = new ArrayList<>();
        for (String b : bullets(parts[1])) {
            if (!LIST_TAG.matcher(b).find()) {
                fondements.add(b.strip());
                continue;
            }
            String[] nested = NESTED_ITEM.split(LIST_TAG.matcher(b).replaceAll(""));
            StringBuilder joined = new StringBuilder(nested[0].strip());
            List<String> items = new ArrayList<>();
            for (int k = 1; k < nested.length; k++) {
                items.add(nested[k].strip());
                joined.append(" – ").append(nested[k].strip());
            }
            fondements.add(joined.toString());
            nestedItems.put(joined.toString(), List.copyOf(items));
        }
        if (fondements.isEmpty()) {
            throw doc.error(line, "colonne « Fondements juridiques » vide : attendu une liste à puces « • »"
                    + " / empty fondements column: expected a bullet list");
        }
        String id = mission + "-" + String.format(Locale.ROOT, "%02d", rang);
        return new Finalite(id, rang, title.joined(), null, title.line(), List.copyOf(sousFinalites),
                bases(line, fondements, nestedItems), fondements, List.of());
    }

    /** The texts a bullet cites; a date no calendar has is an error of the document at this line. */
    private List<TexteJuridique> cited(int line, String bullet) {
        try {
            return citations.parse(bullet);
        } catch (ImpossibleDate e) {
            throw doc.error(line, e.getMessage());
        }
    }

    private LocalDate date(int line, String printed) {
        try {
            return FrenchForms.date(printed);
        } catch (ImpossibleDate e) {
            throw doc.error(line, e.getMessage());
        }
    }

    private static List<String> bullets(String column) {
        String[] parts = column.split("•", -1);
        List<String> bullets = new ArrayList<>();
        for (int k = 1; k < parts.length; k++) {
            if (!parts[k].isBlank()) {
                bullets.add(parts[k].strip());
            }
        }
        return bullets;
    }

    /**
     * One basis per Article 6(1) letter or Article 9(2) point cited. A French text supports the basis its bullet names
     * ("l'obligation légale", "la mission d'intérêt public", "intérêts légitimes"), else the nearest basis cited
     * before it, else all.
     */
    private List<BaseLegale> bases(int line, List<String> fondements, Map<String, List<String>> nestedItems) {
        // Keyed by the printed paragraph and point, "6-1-c" or "9-2-h", in the order of first citation.
        Map<String, List<String>> textes = new LinkedHashMap<>();
        for (String bullet : fondements) {
            Matcher m = ARTICLE_RGPD.matcher(bullet);
            while (m.find()) {
                String key = key(line, m);
                textes.computeIfAbsent(key, k -> new ArrayList<>());
                if (!textes.get(key).contains(bullet)) {
                    textes.get(key).add(bullet);
                }
            }
        }
        Map<String, LinkedHashMap<String, TexteJuridique>> supports = new LinkedHashMap<>();
        Map<String, LocalDate> ended = new LinkedHashMap<>();
        textes.keySet().forEach(l -> supports.put(l, new LinkedHashMap<>()));
        // The bases the texts of a bare citation bullet support: those cited last, or those a bullet named in words
        // last ("L'obligation comme la mission d'intérêt public sont notamment fondés sur …" names both).
        Set<String> nearest = new java.util.LinkedHashSet<>();
        for (String bullet : fondements) {
            Matcher m = ARTICLE_RGPD.matcher(bullet);
            Set<String> targets = new java.util.LinkedHashSet<>();
            String cited = null;
            while (m.find()) {
                cited = key(line, m);
                targets.add(cited);
            }
            if (cited == null) {
                for (Character named : named(bullet)) {
                    if (textes.containsKey(BaseLegale.ARTICLE_6_1 + "-" + named)) {
                        targets.add(BaseLegale.ARTICLE_6_1 + "-" + named);
                    }
                }
                if (targets.isEmpty()) {
                    targets.addAll(nearest.isEmpty() ? textes.keySet() : nearest);
                } else {
                    nearest = new java.util.LinkedHashSet<>(targets);
                }
            } else {
                nearest = java.util.Set.of(cited);
            }
            List<TexteJuridique> found = cited(line, bullet);
            for (String target : targets) {
                found.forEach(t -> supports.get(target).putIfAbsent(t.chemin(), t));
            }
            Matcher end = ENDED.matcher(bullet);
            if (end.find()) {
                LocalDate date = date(line, end.group(1));
                targets.forEach(t -> ended.put(t, date));
            }
        }
        List<BaseLegale> bases = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : textes.entrySet()) {
            String article = e.getKey().substring(0, 3);
            char lettre = e.getKey().charAt(4);
            Character described = null;
            List<String> nested = List.of();
            for (String bullet : e.getValue()) {
                described = described != null || !article.equals(BaseLegale.ARTICLE_6_1) ? described
                        : describedLetter(lettre, bullet);
                nested = nested.isEmpty() ? nestedItems.getOrDefault(bullet, List.of()) : nested;
            }
            bases.add(new BaseLegale(bases.size() + 1, article, lettre, List.copyOf(e.getValue()),
                    List.copyOf(supports.get(e.getKey()).values()), ended.get(e.getKey()), described, nested));
        }
        return bases;
    }

    /** "6-1-c" or "9-2-h" for a citation; a letter outside the paragraph's points stops the import. */
    private String key(int line, Matcher m) {
        String article = m.group(1);
        String point = m.group(2).toLowerCase(Locale.ROOT);
        char last = article.equals(BaseLegale.ARTICLE_6_1) ? 'f' : 'j';
        if (point.charAt(0) < 'a' || point.charAt(0) > last) {
            throw doc.error(line, "article " + article + "-" + m.group(2) + " du RGPD inconnu : attendu une lettre de a à "
                    + last + " / unknown Article " + (article.equals(BaseLegale.ARTICLE_6_1) ? "6(1)" : "9(2)")
                    + " letter: expected a to " + last);
        }
        return article + "-" + point;
    }

    /**
     * The Article 6(1) letter the words after "du RGPD :" describe, when they describe exactly one basis and it is not
     * the printed one (04-06: "Article 6-1-c du RGPD : … au respect d'une mission d'intérêt public"); else null.
     */
    private static Character describedLetter(char printed, String bullet) {
        Matcher m = ARTICLE_RGPD.matcher(bullet);
        if (!m.find() || !m.group(1).equals(BaseLegale.ARTICLE_6_1)
                || Character.toLowerCase(m.group(2).charAt(0)) != printed) {
            return null;
        }
        Set<Character> words = named(bullet.substring(m.end()));
        return words.size() == 1 && !words.contains(printed) ? words.iterator().next() : null;
    }

    /** The Article 6(1) bases a bullet names in words. */
    private static Set<Character> named(String bullet) {
        String t = bullet.toLowerCase(Locale.ROOT);
        Set<Character> named = new java.util.TreeSet<>();
        if (t.contains("obligation")) {
            named.add('c');
        }
        if (t.contains("mission")) {
            named.add('e');
        }
        if (t.contains("intérêts légitimes") || t.contains("intérêt légitime")) {
            named.add('f');
        }
        return named;
    }

    private List<Paragraph> paragraphs() {
        List<Paragraph> paragraphs = new ArrayList<>();
        List<String> current = new ArrayList<>();
        int start = 0;
        for (int n = 1; n <= doc.size(); n++) {
            String line = doc.line(n);
            if (line.isBlank()) {
                if (!current.isEmpty()) {
                    paragraphs.add(new Paragraph(start, List.copyOf(current)));
                    current.clear();
                }
            } else {
                if (current.isEmpty()) {
                    start = n;
                }
                current.add(line);
            }
        }
        if (!current.isEmpty()) {
            paragraphs.add(new Paragraph(start, List.copyOf(current)));
        }
        return paragraphs;
    }
}
