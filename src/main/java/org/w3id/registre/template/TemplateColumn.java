package org.w3id.registre.template;

/**
 * The columns of the "Activités" sheet: the fields of the CNIL's register template (Art. 30(1) GDPR), one activity
 * per row, plus the lawful basis that public bodies publish. A cell holding a list has one item per line.
 */
public enum TemplateColumn {
    REFERENCE("Référence", "Reference", Kind.TEXT, true),
    NOM("Nom de l'activité", "Activity name", Kind.TEXT, true),
    CODE_MISSION("Code mission", "Mission code", Kind.TEXT, false),
    MISSION("Mission", "Mission", Kind.TEXT, false),
    CREATION("Date de création", "Created", Kind.DATE, false),
    MISE_A_JOUR("Date de mise à jour", "Updated", Kind.DATE, false),
    RESPONSABLE("Responsable du traitement", "Controller", Kind.TEXT, false),
    RESPONSABLES_CONJOINTS("Responsables conjoints", "Joint controllers", Kind.LIST, false),
    FINALITE_PRINCIPALE("Finalité principale", "Main purpose", Kind.TEXT, false),
    SOUS_FINALITES("Sous-finalités", "Sub-purposes", Kind.LIST, false),
    BASES("Bases légales (art. 6-1 RGPD)", "Lawful bases (GDPR Art. 6(1))", Kind.LIST, false),
    FIN_DE_VALIDITE("Fin de validité des bases", "End of the bases' validity", Kind.LIST, false),
    TEXTES("Textes juridiques", "Legal texts", Kind.LIST, false),
    PERSONNES("Catégories de personnes concernées", "Categories of data subjects", Kind.LIST, false),
    DONNEES("Catégories de données (durée de conservation)", "Categories of data (retention)", Kind.LIST, false),
    DONNEES_SENSIBLES("Données sensibles (art. 9)", "Sensitive data (Art. 9)", Kind.LIST, false),
    DONNEES_INFRACTIONS("Données d'infraction (art. 10)", "Offence data (Art. 10)", Kind.LIST, false),
    DESTINATAIRES_INTERNES("Destinataires internes", "Internal recipients", Kind.LIST, false),
    DESTINATAIRES_EXTERNES("Destinataires externes", "External recipients", Kind.LIST, false),
    SOUS_TRAITANTS("Sous-traitants", "Processors", Kind.LIST, false),
    TRANSFERTS("Transferts hors UE (destinataire | pays | garanties)",
            "Transfers outside the EU (recipient | country | safeguards)", Kind.LIST, false),
    MESURES("Mesures de sécurité", "Security measures", Kind.LIST, false);

    /** What a cell of the column holds. */
    public enum Kind { TEXT, DATE, LIST }

    public final String fr;
    public final String en;
    public final Kind kind;
    /** Whether a row must fill it. */
    public final boolean required;

    TemplateColumn(String fr, String en, Kind kind, boolean required) {
        this.fr = fr;
        this.en = en;
        this.kind = kind;
        this.required = required;
    }

    /** The header as the template prints it: French, then English. */
    public String header() {
        return fr + " / " + en;
    }

    /** Whether a header cell names this column (French alone, or French / English, case and spacing aside). */
    public boolean named(String header) {
        String h = normalise(header);
        return h.equals(normalise(fr)) || h.equals(normalise(header()));
    }

    static String normalise(String s) {
        return s.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT).replace('’', '\'');
    }
}
