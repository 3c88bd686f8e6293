package org.w3id.registre.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.registre.importer.TexteJuridique.Type;

/**
 * Finds the French legal texts cited in one fondement bullet. Named texts (codes, parts of codes, lois, décrets, arrêtés, ordonnances, délibérations, référentiels) are found
 * first and masked; then runs of articles ("L. 114-9, L. 224-14 et L. 611-4", "L. 434-1 à L. 434-21",
 * "L. 162-5 et suivants") are attached to a text: the first text named after the run in the same clause, else the
 * code whose parenthesis holds the run ("Code … (notamment les articles …)"), else the nearest code named before it,
 * else — for L./R. articles — the Code de la sécurité sociale, the register's own code. A named text that no run
 * attaches to is cited as a whole ("Le code du travail").
 */
public final class LegalCitationParser {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String APOS = "['’]";
    private static final String MONTHS =
            "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre";
    private static final String DATE = "(\\d{1,2}(?:er)?\\s+(?:" + MONTHS + ")\\s+\\d{4}|\\d{2}/\\d{2}/\\d{4})";

    /** A code the register cites: path segment, label, and how the document writes its name. */
    private record Code(String key, String libelle, Pattern nom) {
        Code(String key, String libelle, String nom) {
            this(key, libelle, Pattern.compile(nom, FLAGS));
        }
    }

    private static final List<Code> CODES = List.of(
            new Code("css", "Code de la sécurité sociale", "code\\s+(?:de\\s+)?la\\s+sécurité\\s+sociale"),
            new Code("csp", "Code de la santé publique", "code\\s+de\\s+la\\s+santé\\s+publique"),
            new Code("ct", "Code du travail", "code\\s+du\\s+travail"),
            new Code("cc", "Code civil", "code\\s+civil"),
            new Code("crpa", "Code des relations entre le public et l'administration",
                "code\\s+des\\s+relations\\s+entre\\s+le\\s+public\\s+et\\s+l" + APOS + "administration|\\bCRPA\\b"),
            new Code("casf", "Code de l'action sociale et des familles",
                "code\\s+de\\s+l" + APOS + "action\\s+sociale\\s+et\\s+des\\s+familles"),
            new Code("crpm", "Code rural et de la pêche maritime",
                "code\\s+rural\\s+et\\s+de\\s+la\\s+pêche\\s+maritime"));

    private static final Pattern SECTION = Pattern.compile("section\\s+(\\d+)(\\s+bis)?\\s+du\\s+chapitre\\s+(\\d+)"
            + "\\s+du\\s+titre\\s+(\\d+)\\s+du\\s+livre\\s+(\\d+)\\s+du\\s+code\\s+de\\s+la\\s+sécurité\\s+sociale", FLAGS);
    private static final Pattern LIVRE = Pattern.compile("(?:le\\s+)?livre\\s+([IVX]+|\\d+)\\s+"
            + "(?:du\\s+code\\s+(?:de\\s+)?la|de\\s+la)\\s+sécurité\\s+sociale", FLAGS);
    private static final Pattern LOI_NUMEROTEE =
            Pattern.compile("loi\\s+(?:n°\\s*)?(\\d{2,4}-\\d+)(?:\\s+du\\s+" + DATE + ")?", FLAGS);
    private static final Pattern LFSS =
            Pattern.compile("loi\\s+de\\s+financement\\s+de\\s+la\\s+sécurité\\s+sociale\\s+(?:de|pour)\\s+(\\d{4})", FLAGS);
    private static final Pattern LOI_NOMMEE = Pattern.compile("loi\\s+(Essoc)\\s+du\\s+" + DATE, FLAGS);
    /** A loi cited by its date alone ("la loi du 5 août 2021"): the document gives no number, the graph adds none. */
    private static final Pattern LOI_DATEE = Pattern.compile("loi\\s+du\\s+" + DATE, FLAGS);
    /** "la même loi": the loi named last before it. */
    private static final Pattern MEME_LOI = Pattern.compile("la\\s+même\\s+loi", FLAGS);
    /**
     * What the document prints after a text's number and date: "modifié(e)", then its title ("relatif au DMP",
     * "portant modification de …", "prorogeant …", "autorisant …") up to the end of the clause, or a gloss in
     * parentheses ("(Compte Épargne Temps)") or "d'autorisation de traitement", which describe it without being its
     * title. " par exemple" after a title is the document's aside, not part of the title.
     */
    private static final Pattern TITLE_AFTER = Pattern.compile("^\\s+(modifiée?\\s*)?(?:"
            + "((?:relati(?:f|ve)|portant|prorogeant|autorisant)\\s.*?)(?=\\s+par\\s+exemple\\b|\\s*[;.]\\s|\\s*\\.?$)"
            + "|\\(([^()]+)\\)|(d" + APOS + "autorisation\\s+de\\s+traitement)\\s*\\.?$)", FLAGS);
    /** A title that says the text amends another one named inside it. */
    private static final Pattern AMENDS = Pattern.compile("^portant\\s+modification\\s+d", FLAGS);

    /** References that identify no text: kept with their words as unresolved citations, never as a dpv:Law. */
    private record Generic(String slug, Pattern words) {
        Generic(String slug, String words) {
            this(slug, Pattern.compile(words, FLAGS));
        }
    }

    private static final List<Generic> GENERIC = List.of(
            new Generic("textes-conventionnels", "textes\\s+conventionnels\\s+conclus\\s+avec\\s+les\\s+"
                    + "représentants\\s+des\\s+professionnels\\s+de\\s+santé"),
            new Generic("dispositions-specifiques-prestation", "toutes\\s+dispositions\\s+spécifiques\\s+attachées\\s+"
                    + "à\\s+la\\s+prestation\\s+visée(?:\\s*\\([^()]*\\))?"),
            new Generic("decret-situations-urgence-sanitaire", "les\\s+situations\\s+d" + APOS + "urgence\\s+sanitaire"
                    + "\\s+sont\\s+fixées\\s+par\\s+décret"),
            new Generic("contrat-de-soins", "contrat\\s+de\\s+soins"),
            new Generic("reglement-vote-electronique", "(?:le\\s+)?règlement\\s+concernant\\s+le\\s+vote\\s+"
                    + "électronique"));
    private static final Pattern DECRET =
            Pattern.compile("décret\\s+n°\\s*(\\d{2,4}-\\d+)(?:\\s+du\\s+" + DATE + ")?", FLAGS);
    private static final Pattern ARRETE = Pattern.compile("arrêté\\s+du\\s+" + DATE, FLAGS);
    private static final Pattern ORDONNANCE =
            Pattern.compile("ordonnance\\s+n°\\s*(\\d{4}-\\d+)(?:\\s+du\\s+" + DATE + ")?", FLAGS);
    private static final Pattern DELIBERATION =
            Pattern.compile("délibération\\s+n°\\s*(\\d{4}-\\d+)(?:\\s+du\\s+" + DATE + ")?", FLAGS);
    private static final Pattern RGS =
            Pattern.compile("référentiel\\s+général\\s+de\\s+sécurité(?:\\s*\\(RGS\\))?", FLAGS);
    private static final Pattern PSSI = Pattern.compile("politique\\s+de\\s+sécurité\\s+des\\s+systèmes\\s+"
            + "d" + APOS + "information\\s+PSSI-MCAS", FLAGS);

    /** Where a run of articles starts: a coded reference, or a number right after the word "article(s)". */
    private static final Pattern RUN_START = Pattern.compile(
            "(?<![\\p{L}\\d-])([LR])\\.?\\s?(\\d+(?:-\\d+)*)(?![\\d-])"
                    + "|\\b(articles?)\\s+(\\d+(?:-\\d+)*)(?![\\d-])", FLAGS);
    /** The next reference of a run, after its separator: ", ", " et ", " à " (a range), "article" may repeat. */
    private static final Pattern CODED_NEXT = Pattern.compile(
            "\\G(\\s*,\\s*(?:articles?\\s+)?|\\s+et\\s+(?:articles?\\s+)?|\\s+à\\s+)([LR])\\.?\\s?(\\d+(?:-\\d+)*)(?![\\d-])",
            FLAGS);
    private static final Pattern NUMERIC_NEXT = Pattern.compile(
            "\\G(\\s*,\\s*(?:articles?\\s+)?|\\s+et\\s+(?:articles?\\s+)?|\\s+à\\s+)()(\\d+(?:-\\d+)*)(?![\\d-])",
            FLAGS);
    /** What may follow a reference inside a run: "et suivants", an alinéa ("2°") or a roman paragraph ("V"). */
    private static final Pattern SUFFIX = Pattern.compile("\\G(\\s+et\\s+suivants|\\s+\\d+°|\\s+(?-i:[IVX]+)\\b)", FLAGS);
    /** A paragraph printed before its article: "au I de l'article 12", "au II de l'article 13". */
    private static final Pattern SUBDIVISION_BEFORE = Pattern.compile("\\b(?:au|du|le)\\s+((?-i:[IVX]+))\\s+de\\s+l"
            + APOS + "$", FLAGS);
    /** The GDPR's own articles are not French texts: masked before anything else. */
    private static final Pattern RGPD = Pattern.compile("article\\s+6-1-[a-z]\\s+du\\s+RGPD", FLAGS);
    /** A clause ends at a semicolon, a closing parenthesis or a full stop followed by a new sentence. */
    private static final Pattern CLAUSE_END = Pattern.compile("[;)]|\\.\\s+\\p{Lu}");

    private record Mention(int start, int end, TexteJuridique texte) {
        boolean isCode() {
            return texte.type() == Type.CODE;
        }
    }

    /** {@code subdivision} is the printed part of the article it cites ("2°", "V"), or null. */
    private record Reference(int start, int end, String lettre, String numero, boolean etSuivants,
                             boolean debutDePlage, String subdivision) {
    }

    private record Run(int start, int end, List<Reference> references, boolean pluriel) {
    }

    /** The texts cited in this bullet, in order of appearance, each once. */
    public List<TexteJuridique> parse(String bullet) {
        StringBuilder masked = new StringBuilder(bullet);
        Matcher rgpd = RGPD.matcher(bullet);
        while (rgpd.find()) {
            for (int i = rgpd.start(); i < rgpd.end(); i++) {
                masked.setCharAt(i, ' ');
            }
        }
        List<Mention> mentions = new ArrayList<>();
        findNamedTexts(masked, mentions);
        mentions.sort(Comparator.comparingInt(Mention::start));
        titles(bullet, mentions);

        List<Run> runs = findRuns(masked.toString());
        Map<Integer, TexteJuridique> cited = new java.util.TreeMap<>();
        List<Mention> targets = new ArrayList<>();
        for (Run run : runs) {
            Mention target = targetOf(run, mentions, bullet);
            boolean coded = run.references().get(0).lettre() != null;
            TexteJuridique container;
            if (target != null) {
                targets.add(target);
                container = target.texte();
            } else if (coded) {
                container = code("css");
            } else {
                continue; // a bare number after "article" with no text to belong to is no citation
            }
            // "Articles L. 43" ending the bullet: a plural announcing a list that the extraction cut off.
            boolean tronque = target == null && run.pluriel() && run.references().size() == 1
                    && bullet.substring(run.end()).isBlank();
            List<Reference> refs = run.references();
            for (int i = 0; i < refs.size(); i++) {
                Reference ref = refs.get(i);
                if (ref.debutDePlage() && i + 1 < refs.size()) {
                    Reference last = refs.get(++i);
                    cited.put(ref.start(), CitedArticles.plage(container, ref.lettre(), ref.numero(), last.lettre(),
                            last.numero()));
                } else {
                    cited.put(ref.start(), CitedArticles.article(container, ref.lettre(), ref.numero(),
                            ref.subdivision(), ref.etSuivants(), tronque));
                }
            }
        }
        for (Mention mention : mentions) {
            if (!targets.contains(mention)) {
                cited.put(mention.start(), mention.texte());
            }
        }
        Map<String, TexteJuridique> unique = new LinkedHashMap<>();
        for (TexteJuridique texte : cited.values()) {
            unique.putIfAbsent(texte.chemin(), texte);
        }
        return List.copyOf(unique.values());
    }

    /** Gives each named text the title or gloss printed after it, and the text its title says it amends. */
    private static void titles(String bullet, List<Mention> mentions) {
        for (int i = 0; i < mentions.size(); i++) {
            Mention mention = mentions.get(i);
            Type type = mention.texte().type();
            if (type != Type.LOI && type != Type.DECRET && type != Type.ARRETE && type != Type.ORDONNANCE
                    && type != Type.DELIBERATION_CNIL) {
                continue;
            }
            Matcher t = TITLE_AFTER.matcher(bullet.substring(mention.end()));
            if (!t.find()) {
                continue;
            }
            String titre = t.group(2) == null ? null : t.group(2).strip();
            String description = t.group(3) != null ? t.group(3).strip() : t.group(4);
            TexteJuridique titled = mention.texte().withTitre(titre, description, t.group(1) != null);
            if (titre != null && AMENDS.matcher(titre).find()) {
                int titleStart = mention.end() + t.start(2);
                int titleEnd = mention.end() + t.end(2);
                for (Mention inner : mentions) {
                    if (inner.start() >= titleStart && inner.start() < titleEnd) {
                        titled = titled.amending(inner.texte());
                        break;
                    }
                }
            }
            mentions.set(i, new Mention(mention.start(), mention.end(), titled));
        }
    }

    private void findNamedTexts(StringBuilder text, List<Mention> mentions) {
        find(text, SECTION, mentions, m -> {
            String bis = m.group(2) != null ? " bis" : "";
            String chemin = "droit/css/livre-" + m.group(5) + "-titre-" + m.group(4) + "-chapitre-" + m.group(3)
                    + "-section-" + m.group(1) + (bis.isEmpty() ? "" : "-bis");
            String libelle = "Section " + m.group(1) + bis + " du chapitre " + m.group(3) + " du titre " + m.group(4)
                    + " du livre " + m.group(5) + " du Code de la sécurité sociale";
            return TexteJuridique.simple(chemin, libelle, Type.PARTIE_DE_CODE, null, null, code("css"));
        });
        find(text, LIVRE, mentions, m -> {
            int livre = FrenchForms.arabic(m.group(1));
            return TexteJuridique.simple("droit/css/livre-" + livre, "Livre " + FrenchForms.roman(livre)
                    + " du Code de la sécurité sociale", Type.PARTIE_DE_CODE, null, null, code("css"));
        });
        for (Code c : CODES) {
            find(text, c.nom(), mentions, m -> code(c.key()));
        }
        find(text, LFSS, mentions, m -> TexteJuridique.simple("droit/loi/lfss-" + m.group(1),
                "Loi de financement de la sécurité sociale de " + m.group(1), Type.LOI, null, null, null));
        find(text, LOI_NOMMEE, mentions, m -> {
            LocalDate date = FrenchForms.date(m.group(2));
            return TexteJuridique.simple("droit/loi/" + m.group(1).toLowerCase(Locale.ROOT),
                    "Loi " + m.group(1) + " du " + FrenchForms.longDate(date), Type.LOI, null, date, null);
        });
        find(text, LOI_NUMEROTEE, mentions, m -> numbered("loi", "Loi", Type.LOI, m));
        find(text, LOI_DATEE, mentions, m -> {
            LocalDate date = FrenchForms.date(m.group(1));
            return TexteJuridique.simple("droit/loi/" + date, "Loi du " + FrenchForms.longDate(date), Type.LOI, null, date, null);
        });
        find(text, DECRET, mentions, m -> numbered("decret", "Décret", Type.DECRET, m));
        find(text, ORDONNANCE, mentions, m -> numbered("ordonnance", "Ordonnance", Type.ORDONNANCE, m));
        find(text, DELIBERATION, mentions,
                m -> numbered("deliberation-cnil", "Délibération", Type.DELIBERATION_CNIL, m));
        find(text, ARRETE, mentions, m -> {
            LocalDate date = FrenchForms.date(m.group(1));
            return TexteJuridique.simple("droit/arrete/" + date, "Arrêté du " + FrenchForms.longDate(date), Type.ARRETE,
                    null, date, null);
        });
        find(text, RGS, mentions, m -> TexteJuridique.simple("droit/referentiel/rgs",
                "Référentiel général de sécurité (RGS)", Type.REFERENTIEL, null, null, null));
        find(text, PSSI, mentions, m -> TexteJuridique.simple("droit/referentiel/pssi-mcas",
                "Politique de sécurité des systèmes d'information PSSI-MCAS", Type.REFERENTIEL, null, null, null));
        for (Generic g : GENERIC) {
            find(text, g.words(), mentions, m -> TexteJuridique.simple("cnam/citation/" + g.slug(),
                    m.group().replaceAll("\\s+", " "), Type.NON_RESOLU, null, null, null));
        }
        List<Mention> found = new ArrayList<>(mentions);
        found.sort(Comparator.comparingInt(Mention::start));
        find(text, MEME_LOI, mentions, m -> {
            TexteJuridique last = null;
            for (Mention earlier : found) {
                if (earlier.end() <= m.start() && earlier.texte().type() == Type.LOI) {
                    last = earlier.texte();
                }
            }
            return last;
        });
        mentions.removeIf(mention -> mention.texte() == null);
    }

    private static void find(StringBuilder text, Pattern pattern, List<Mention> mentions,
                             java.util.function.Function<Matcher, TexteJuridique> make) {
        Matcher m = pattern.matcher(text);
        List<Mention> found = new ArrayList<>();
        while (m.find()) {
            found.add(new Mention(m.start(), m.end(), make.apply(m)));
        }
        // Masked spans keep their length, so positions stay those of the bullet, and no later pattern sees them.
        for (Mention mention : found) {
            for (int i = mention.start(); i < mention.end(); i++) {
                text.setCharAt(i, ' ');
            }
        }
        mentions.addAll(found);
    }

    private static TexteJuridique numbered(String segment, String nom, Type type, Matcher m) {
        String numero = m.group(1);
        LocalDate date = m.group(2) == null ? null : FrenchForms.date(m.group(2));
        String libelle = nom + " n° " + numero + (date == null ? "" : " du " + FrenchForms.longDate(date));
        return TexteJuridique.simple("droit/" + segment + "/" + numero, libelle, type, numero, date, null);
    }

    static TexteJuridique code(String key) {
        for (Code c : CODES) {
            if (c.key().equals(key)) {
                return TexteJuridique.simple("droit/" + c.key(), c.libelle(), Type.CODE, null, null, null);
            }
        }
        throw new IllegalArgumentException(key);
    }

    private static List<Run> findRuns(String text) {
        List<Run> runs = new ArrayList<>();
        Matcher m = RUN_START.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            boolean coded = m.group(1) != null;
            List<Reference> refs = new ArrayList<>();
            String lettre = coded ? m.group(1).toUpperCase(Locale.ROOT) : null;
            int end = addReference(text, refs, m.start(coded ? 1 : 4), m.end(), lettre, coded ? m.group(2) : m.group(4),
                    false);
            Matcher next = (coded ? CODED_NEXT : NUMERIC_NEXT).matcher(text);
            while (next.find(end) && next.start() == end) {
                boolean range = next.group(1).trim().equals("à");
                end = addReference(text, refs, next.start(3), next.end(), coded ? next.group(2).toUpperCase(Locale.ROOT)
                        : null, next.group(3), range);
            }
            Matcher prefix = SUBDIVISION_BEFORE.matcher(text.substring(0, m.start()));
            if (prefix.find() && refs.get(0).subdivision() == null) {
                Reference r = refs.remove(0);
                refs.add(0, new Reference(r.start(), r.end(), r.lettre(), r.numero(), r.etSuivants(), r.debutDePlage(),
                        prefix.group(1)));
            }
            String before = text.substring(0, m.start()).stripTrailing().toLowerCase(Locale.ROOT);
            boolean pluriel = coded ? before.endsWith("articles") : m.group(3).toLowerCase(Locale.ROOT).equals("articles");
            runs.add(new Run(m.start(), end, List.copyOf(refs), pluriel));
            from = end;
        }
        return runs;
    }

    /** Adds a reference and its suffixes; a range's first reference is marked when its end is read. */
    private static int addReference(String text, List<Reference> refs, int start, int end, String lettre,
                                    String numero, boolean closesRange) {
        boolean etSuivants = false;
        String subdivision = null;
        Matcher suffix = SUFFIX.matcher(text);
        while (suffix.find(end) && suffix.start() == end) {
            String s = suffix.group(1).strip();
            if (s.toLowerCase(Locale.ROOT).startsWith("et suivants")) {
                etSuivants = true;
            } else {
                subdivision = s;
            }
            end = suffix.end();
        }
        if (closesRange && !refs.isEmpty()) {
            Reference first = refs.remove(refs.size() - 1);
            refs.add(new Reference(first.start(), first.end(), first.lettre(), first.numero(), first.etSuivants(), true,
                    first.subdivision()));
        }
        refs.add(new Reference(start, end, lettre, numero, etSuivants, false, subdivision));
        return end;
    }

    private static Mention targetOf(Run run, List<Mention> mentions, String bullet) {
        for (Mention mention : mentions) {
            if (mention.start() >= run.end()) {
                String gap = bullet.substring(run.end(), mention.start());
                if (!CLAUSE_END.matcher(gap).find() && (mention.isCode() || run.references().get(0).lettre() == null)) {
                    return mention;
                }
                break;
            }
        }
        int open = bullet.lastIndexOf('(', run.start());
        if (open >= 0 && bullet.indexOf(')', open) >= run.end()) {
            for (Mention mention : mentions) {
                if (mention.end() <= open && bullet.substring(mention.end(), open).isBlank()) {
                    return mention;
                }
            }
        }
        Mention before = null;
        for (Mention mention : mentions) {
            if (mention.end() <= run.start() && mention.isCode()) {
                before = mention;
            }
        }
        return before;
    }
}
