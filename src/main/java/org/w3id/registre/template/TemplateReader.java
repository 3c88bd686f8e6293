package org.w3id.registre.template;

import static org.w3id.registre.template.TemplateTerms.*;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.w3id.registre.core.Prefixes;
import org.w3id.registre.core.RegistreException;

/**
 * Reads a register kept in the CNIL template (sheets "Organisme" and "Activités", or the CSV form: the organisation's
 * columns then the activities') into the register's graph (DESIGN.md § 2b): each activity a {@code reg:Finalite}
 * under {@code ORG/finalite/REF}, each field mapped to DPV, free text kept as printed. The first bad cell stops the
 * reading with the file, the sheet, the cell and what was expected; nothing is built half-way.
 */
public final class TemplateReader {

    public static final String ORGANISME = "Organisme";
    public static final String ACTIVITES = "Activités";

    private static final Pattern REF = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    /**
     * A basis line: an Art. 6(1) letter ("c", "6-1-c") or an Art. 9(2) condition, always with its paragraph ("9-2-h"),
     * then optionally ": the text as printed". Group 1 the paragraph (none: 6-1), 2 the letter, 3 the text.
     */
    private static final Pattern BASE_LINE = Pattern.compile("(?:(6-1|9-2)-)?(\\p{L})\\s*(?::\\s*(.*))?",
            Pattern.DOTALL);
    /** A line about one of the row's bases: "c : …", "6-1-c : …", "9-2-h : …" (groups as in BASE_LINE). */
    private static final Pattern LETTER_LINE = Pattern.compile("(?:(6-1|9-2)-)?(\\p{L})\\s*:\\s*(.+)", Pattern.DOTALL);
    /** A text or a controller followed by the path of its IRI under the base: {@code droit/…}, {@code cnam/…}. */
    private static final Pattern LAW_PATH = Pattern.compile("(.*?)\\s*<([a-z0-9][a-z0-9-]*/[A-Za-z0-9._/-]+)>");
    private static final Pattern CATEGORY_LINE = Pattern.compile("(.+?)(?:\\s+:\\s+(.+))?");

    private final Workbook book;
    private final TemplateLayout layout;
    private final Model model = ModelFactory.createDefaultModel();
    private final Map<String, Resource> laws = new LinkedHashMap<>();

    private TemplateReader(Workbook book) {
        this.book = book;
        this.layout = new TemplateLayout(book);
        Prefixes.prefixes().forEach(model::setNsPrefix);
        model.setNsPrefix("pd", DataCategory.PD);
    }

    /** Reads a spreadsheet file (ODS, XLSX or CSV, by its extension). */
    public static Model read(Path file) {
        SpreadsheetFormat format = SpreadsheetFormat.of(file);
        if (format == null) {
            throw new RegistreException(file + " : format inconnu ; attendu .ods, .xlsx ou .csv / unknown format;"
                    + " expected .ods, .xlsx or .csv");
        }
        return read(format.read(file));
    }

    public static Model read(Workbook book) {
        return new TemplateReader(book).build();
    }

    private RegistreException error(Table t, int row, int col, String what) {
        return layout.error(t, row, col, what);
    }

    private RegistreException error(String what) {
        return layout.error(what);
    }

    private Model build() {
        Table activities;
        Map<OrganisationField, String> org;
        Map<TemplateColumn, Integer> columns;
        if (book.sheets().size() == 1 && book.sheets().get(0).csv()) {
            activities = book.sheets().get(0);
            Map<OrganisationField, Integer> orgColumns = new EnumMap<>(OrganisationField.class);
            columns = layout.header(activities, orgColumns);
            org = layout.organisationFromColumns(activities, orgColumns);
        } else {
            Table orgSheet = book.sheet(ORGANISME).orElseThrow(() -> error("feuille « " + ORGANISME + " » introuvable ;"
                    + " attendu les feuilles « " + ORGANISME + " » et « " + ACTIVITES + " » du modèle / sheet not"
                    + " found; expected the template's sheets"));
            activities = book.sheet(ACTIVITES).orElseThrow(() -> error("feuille « " + ACTIVITES + " » introuvable ;"
                    + " attendu les feuilles « " + ORGANISME + " » et « " + ACTIVITES + " » du modèle / sheet not"
                    + " found; expected the template's sheets"));
            layout.noMergedCells(orgSheet, 0);
            org = layout.organisationFromSheet(orgSheet);
            columns = layout.header(activities, null);
        }
        layout.noMergedCells(activities, 1);
        String slug = org.get(OrganisationField.IDENTIFIANT);
        String base = Prefixes.BASE + slug + "/";
        Resource register = model.createResource(base + "registre")
                .addProperty(TYPE, ROPA).addProperty(TYPE, DATASET)
                .addProperty(TITLE, org.get(OrganisationField.TITRE), "fr");
        Resource organisation = model.createResource(base + "organisation/" + slug)
                .addProperty(TYPE, DATA_CONTROLLER)
                .addProperty(PREF_LABEL, org.get(OrganisationField.NOM), "fr");
        register.addProperty(PUBLISHER, organisation).addProperty(HAS_DATA_CONTROLLER, organisation);
        if (org.get(OrganisationField.REPRESENTANT) != null) {
            organisation.addProperty(HAS_REPRESENTATIVE, model.createResource(organisation.getURI() + "/representant")
                    .addProperty(TYPE, REPRESENTATIVE)
                    .addProperty(PREF_LABEL, org.get(OrganisationField.REPRESENTANT), "fr"));
        }
        if (org.get(OrganisationField.DPO) != null) {
            organisation.addProperty(HAS_DPO, model.createResource(organisation.getURI() + "/dpo")
                    .addProperty(TYPE, DPO)
                    .addProperty(PREF_LABEL, org.get(OrganisationField.DPO), "fr"));
        }

        Set<String> refs = new HashSet<>();
        Map<String, String> missionLabels = new LinkedHashMap<>();
        for (int row = 1; row < activities.rows().size(); row++) {
            final int r = row;
            if (columns.values().stream().allMatch(c -> activities.value(r, c) == null)) {
                continue;
            }
            activity(activities, row, columns, base, register, organisation, refs, missionLabels);
        }
        if (refs.isEmpty()) {
            throw error(activities, 1, 0, "aucune activité ; attendu une activité par ligne sous l'en-tête"
                    + " / no activity; expected one activity per row below the header");
        }
        return model;
    }

    private final Map<String, Integer> ranks = new LinkedHashMap<>();

    private void activity(Table t, int row, Map<TemplateColumn, Integer> cols, String base, Resource register,
                          Resource organisation, Set<String> refs, Map<String, String> missionLabels) {
        String ref = t.text(row, cols.get(TemplateColumn.REFERENCE));
        if (ref == null || !REF.matcher(ref).matches()) {
            throw error(t, row, cols.get(TemplateColumn.REFERENCE), (ref == null ? "référence vide"
                    : "référence « " + ref + " »") + " ; attendu lettres, chiffres, « . », « _ » ou « - » (elle forme"
                    + " l'IRI de l'activité) / expected letters, digits, '.', '_' or '-'");
        }
        if (!refs.add(ref)) {
            throw error(t, row, cols.get(TemplateColumn.REFERENCE), "référence « " + ref + " » en double ; attendu"
                    + " une référence par activité / duplicate reference");
        }
        String name = t.text(row, cols.get(TemplateColumn.NOM));
        if (name == null) {
            throw error(t, row, cols.get(TemplateColumn.NOM), "nom de l'activité vide ; attendu un nom"
                    + " / empty activity name; expected a name");
        }
        String iri = base + "finalite/" + ref;
        Resource f = model.createResource(iri).addProperty(TYPE, FINALITE)
                .addProperty(IDENTIFIER, ref)
                .addProperty(PREF_LABEL, name, "fr");
        String code = t.text(row, cols.get(TemplateColumn.CODE_MISSION));
        String missionLabel = t.text(row, cols.get(TemplateColumn.MISSION));
        if (code != null || missionLabel != null) {
            if (code == null || missionLabel == null || !REF.matcher(code).matches()) {
                int col = cols.get(code == null || !REF.matcher(code).matches() ? TemplateColumn.CODE_MISSION
                        : TemplateColumn.MISSION);
                throw error(t, row, col, "mission incomplète : attendu un code (lettres, chiffres, tirets) et un"
                        + " intitulé / incomplete mission: expected a code and a title");
            }
            String known = missionLabels.putIfAbsent(code, missionLabel);
            if (known != null && !known.equals(missionLabel)) {
                throw error(t, row, cols.get(TemplateColumn.MISSION), "mission " + code + " « " + missionLabel
                        + " » : attendu le même intitulé qu'avant, « " + known + " » / expected the same title as"
                        + " before");
            }
            Resource mission = model.createResource(base + "mission/" + code);
            if (known == null) {
                // Missions in the order they first appear, as the Cnam numbers its own.
                mission.addLiteral(RANG, model.createTypedLiteral(Integer.toString(missionLabels.size()),
                        XSDDatatype.XSDinteger));
            }
            mission.addProperty(TYPE, MISSION)
                    .addProperty(IDENTIFIER, code)
                    .addProperty(PREF_LABEL, missionLabel, "fr")
                    .addProperty(IS_PART_OF, register)
                    .addProperty(HAS_PROCESS, f);
            register.addProperty(HAS_PART, mission);
            f.addProperty(IS_PART_OF, mission);
        } else {
            register.addProperty(HAS_PART, f);
        }
        // The order of the rows, within the mission (as the Cnam numbers its finalités), kept for the export.
        int rank = ranks.merge(code == null ? "" : code, 1, Integer::sum);
        f.addLiteral(RANG, model.createTypedLiteral(Integer.toString(rank), XSDDatatype.XSDinteger));
        date(t, row, cols.get(TemplateColumn.CREATION), f, CREATED);
        date(t, row, cols.get(TemplateColumn.MISE_A_JOUR), f, MODIFIED);
        for (String controller : t.lines(row, cols.get(TemplateColumn.RESPONSABLE))) {
            Matcher named = LAW_PATH.matcher(controller);
            if (controller.equals(organisation.getProperty(PREF_LABEL).getString())) {
                f.addProperty(HAS_DATA_CONTROLLER, organisation);
            } else if (named.matches()) {
                // A controller the register names with an IRI of its own (the Cnam's "organismes d'assurance maladie").
                f.addProperty(HAS_DATA_CONTROLLER, model.createResource(Prefixes.BASE + named.group(2))
                        .addProperty(TYPE, DATA_CONTROLLER).addProperty(PREF_LABEL, named.group(1), "fr"));
            } else {
                f.addProperty(HAS_DATA_CONTROLLER, model.createResource(iri + "/responsable")
                        .addProperty(TYPE, DATA_CONTROLLER).addProperty(PREF_LABEL, controller, "fr"));
            }
        }
        List<String> joint = t.lines(row, cols.get(TemplateColumn.RESPONSABLES_CONJOINTS));
        if (!joint.isEmpty()) {
            Resource group = model.createResource(iri + "/responsables-conjoints").addProperty(TYPE,
                    JOINT_DATA_CONTROLLERS);
            f.addProperty(HAS_JOINT_DATA_CONTROLLERS, group);
            for (int i = 0; i < joint.size(); i++) {
                group.addProperty(HAS_DATA_CONTROLLER, model.createResource(iri + "/responsable-conjoint/" + (i + 1))
                        .addProperty(TYPE, DATA_CONTROLLER).addProperty(PREF_LABEL, joint.get(i), "fr"));
            }
        }
        String purpose = t.text(row, cols.get(TemplateColumn.FINALITE_PRINCIPALE));
        if (purpose != null) {
            f.addProperty(DESCRIPTION, purpose, "fr");
        }
        List<String> sous = t.lines(row, cols.get(TemplateColumn.SOUS_FINALITES));
        for (int i = 0; i < sous.size(); i++) {
            f.addProperty(HAS_PROCESS, model.createResource(iri + "/sous-finalite/" + (i + 1))
                    .addProperty(TYPE, SOUS_FINALITE)
                    .addProperty(PREF_LABEL, sous.get(i), "fr")
                    .addLiteral(RANG, model.createTypedLiteral(Integer.toString(i + 1), XSDDatatype.XSDinteger))
                    .addProperty(IS_PART_OF, f));
        }
        bases(t, row, cols, f, iri);
        personsAndData(t, row, cols, f, iri);
        recipients(t, row, cols, f, iri);
        TransfersCell.read(model, layout, t, row, cols.get(TemplateColumn.TRANSFERTS), f, iri);
        List<String> measures = t.lines(row, cols.get(TemplateColumn.MESURES));
        for (int i = 0; i < measures.size(); i++) {
            f.addProperty(HAS_TOM, model.createResource(iri + "/mesure/" + (i + 1)).addProperty(TYPE, TOM)
                    .addProperty(PREF_LABEL, measures.get(i), "fr"));
        }
    }

    private void date(Table t, int row, int col, Resource f, org.apache.jena.rdf.model.Property p) {
        layout.date(t, row, col).ifPresent(d -> f.addProperty(p, model.createTypedLiteral(d.toString(),
                XSDDatatype.XSDdate)));
    }

    /** "6-1-c" or "9-2-h": the paragraph as written (none is 6-1) and the letter, lower case. */
    private static String key(Matcher m) {
        return (m.group(1) == null ? "6-1" : m.group(1)) + "-" + Character.toLowerCase(m.group(2).charAt(0));
    }

    private Map<String, Resource> bases(Table t, int row, Map<TemplateColumn, Integer> cols, Resource f,
                                        String iri) {
        int col = cols.get(TemplateColumn.BASES);
        Map<String, Resource> bases = new LinkedHashMap<>();
        for (String line : t.lines(row, col)) {
            Matcher m = BASE_LINE.matcher(line);
            if (!m.matches()) {
                throw error(t, row, col, "« " + line + " » : attendu une base par ligne, « c », « 6-1-c : texte tel"
                        + " qu'imprimé » ou « 9-2-h : texte » / expected one basis per line, \"c\", \"6-1-c : text as"
                        + " printed\" or \"9-2-h : text\"");
            }
            String key = key(m);
            char letter = key.charAt(4);
            boolean article9 = key.startsWith("9-2");
            if (article9 && (letter < 'a' || letter > 'j')) {
                throw error(t, row, col, "lettre « " + m.group(2) + " » hors de a–j ; attendu une condition de"
                        + " l'article 9(2) du RGPD, a à j / letter outside a–j; expected a GDPR Art. 9(2) condition,"
                        + " a to j");
            }
            if (!article9 && (letter < 'a' || letter > 'f')) {
                throw error(t, row, col, "lettre « " + m.group(2) + " » hors de a–f ; attendu une base de l'article"
                        + " 6(1) du RGPD, a à f / letter outside a–f; expected a GDPR Art. 6(1) basis, a to f");
            }
            Resource basis = bases.computeIfAbsent(key, k -> {
                Resource b = model.createResource(iri + "/fondement/" + (bases.size() + 1))
                        .addProperty(TYPE, LEGAL_BASIS);
                // An Art. 9(2) condition is modelled as the Cnam register models it: a dpv:LegalBasis under its DPV
                // concept, with no Art. 6(1) kind.
                if (!article9) {
                    b.addProperty(TYPE, KINDS.get(letter));
                }
                b.addProperty(BROADER, gdpr(k))
                        .addLiteral(RANG, model.createTypedLiteral(Integer.toString(bases.size() + 1),
                                XSDDatatype.XSDinteger))
                        .addProperty(IS_PART_OF, f);
                f.addProperty(HAS_LEGAL_BASIS, b);
                return b;
            });
            if (m.group(3) != null && !m.group(3).isBlank()) {
                basis.addProperty(TEXTE_SOURCE, m.group(3).strip(), "fr");
            }
        }
        int endCol = cols.get(TemplateColumn.FIN_DE_VALIDITE);
        for (String line : t.lines(row, endCol)) {
            Matcher m = LETTER_LINE.matcher(line);
            if (!m.matches() || !bases.containsKey(key(m))) {
                throw error(t, row, endCol, "« " + line + " » : attendu « c : AAAA-MM-JJ », la lettre d'une base de"
                        + " la ligne / expected \"c : YYYY-MM-DD\", the letter of one of the row's bases");
            }
            LocalDate end = layout.parseDate(t, row, endCol, m.group(3).strip());
            bases.get(key(m)).addProperty(FIN_DE_VALIDITE,
                    model.createTypedLiteral(end.toString(), XSDDatatype.XSDdate));
        }
        int lawCol = cols.get(TemplateColumn.TEXTES);
        for (String line : t.lines(row, lawCol)) {
            Matcher m = LETTER_LINE.matcher(line);
            if (!m.matches() || !bases.containsKey(key(m))) {
                throw error(t, row, lawCol, "« " + line + " » : attendu « c : texte » (la lettre d'une base de la"
                        + " ligne), suivi s'il le faut de son IRI « <droit/…> » / expected \"c : text\" (the letter of"
                        + " one of the row's bases), optionally followed by its IRI \"<droit/…>\"");
            }
            Resource basis = bases.get(key(m));
            String text = m.group(3).strip();
            Matcher path = LAW_PATH.matcher(text);
            if (path.matches()) {
                basis.addProperty(HAS_APPLICABLE_LAW, law(path.group(2), path.group(1)));
                continue;
            }
            // No IRI: kept as printed on the basis it supports. The Cnam's citation reader is not used here: it
            // assumes the Code de la sécurité sociale for a bare "L. …" article, which another register may not mean.
            basis.addProperty(TEXTE_SOURCE, text, "fr");
        }
        return bases;
    }

    private Resource law(String path, String label) {
        return laws.computeIfAbsent(path, p -> model.createResource(Prefixes.BASE + p)
                .addProperty(TYPE, LAW).addProperty(TYPE, LEGAL_RESOURCE)
                .addProperty(PREF_LABEL, label, "fr"));
    }

    private void personsAndData(Table t, int row, Map<TemplateColumn, Integer> cols, Resource f, String iri) {
        List<String> persons = t.lines(row, cols.get(TemplateColumn.PERSONNES));
        for (int i = 0; i < persons.size(); i++) {
            f.addProperty(HAS_DATA_SUBJECT, model.createResource(iri + "/personnes/" + (i + 1))
                    .addProperty(TYPE, DATA_SUBJECT).addProperty(PREF_LABEL, persons.get(i), "fr"));
        }
        for (TemplateColumn column : List.of(TemplateColumn.DONNEES, TemplateColumn.DONNEES_SENSIBLES,
                TemplateColumn.DONNEES_INFRACTIONS)) {
            DataCategory.Genre genre = column == TemplateColumn.DONNEES ? DataCategory.Genre.COURANTE
                    : column == TemplateColumn.DONNEES_SENSIBLES ? DataCategory.Genre.SENSIBLE
                    : DataCategory.Genre.INFRACTION;
            int col = cols.get(column);
            for (String line : t.lines(row, col)) {
                Matcher m = CATEGORY_LINE.matcher(line);
                m.matches();
                DataCategory category = DataCategory.named(m.group(1)).filter(c -> c.genre() == genre)
                        .orElseThrow(() -> error(t, row, col, "catégorie « " + m.group(1) + " » inconnue dans"
                                + " cette colonne ; attendu l'une de : " + DataCategory.names(genre) + " (suivie"
                                + " s'il le faut de « : durée de conservation ») / unknown category in this column"));
                Resource pd = model.createResource(category.iri());
                f.addProperty(HAS_PERSONAL_DATA, pd);
                if (m.group(2) != null) {
                    // Named after its category, not its line: reordering the lines changes nothing.
                    f.addProperty(HAS_STORAGE_CONDITION, model.createResource(iri + "/conservation/" + category.pd())
                            .addProperty(TYPE, STORAGE_DURATION)
                            .addProperty(HAS_PERSONAL_DATA, pd)
                            .addProperty(VALUE, m.group(2).strip(), "fr"));
                }
            }
        }
    }

    private void recipients(Table t, int row, Map<TemplateColumn, Integer> cols, Resource f, String iri) {
        int n = 0;
        for (String name : t.lines(row, cols.get(TemplateColumn.DESTINATAIRES_INTERNES))) {
            f.addProperty(HAS_RECIPIENT, model.createResource(iri + "/destinataire/" + (++n))
                    .addProperty(TYPE, RECIPIENT).addProperty(TYPE, INTERNAL_RECIPIENT)
                    .addProperty(PREF_LABEL, name, "fr"));
        }
        for (String name : t.lines(row, cols.get(TemplateColumn.DESTINATAIRES_EXTERNES))) {
            f.addProperty(HAS_RECIPIENT, model.createResource(iri + "/destinataire/" + (++n))
                    .addProperty(TYPE, RECIPIENT).addProperty(TYPE, THIRD_PARTY)
                    .addProperty(PREF_LABEL, name, "fr"));
        }
        List<String> processors = t.lines(row, cols.get(TemplateColumn.SOUS_TRAITANTS));
        for (int i = 0; i < processors.size(); i++) {
            f.addProperty(HAS_DATA_PROCESSOR, model.createResource(iri + "/sous-traitant/" + (i + 1))
                    .addProperty(TYPE, DATA_PROCESSOR).addProperty(PREF_LABEL, processors.get(i), "fr"));
        }
    }
}
