package org.w3id.registre.template;

/** The rows of the "Organisme" sheet: who keeps the register (Art. 30(1)(a) GDPR). */
public enum OrganisationField {
    IDENTIFIANT("Identifiant", "Identifier", true),
    NOM("Nom de l'organisme", "Organisation name", true),
    TITRE("Titre du registre", "Register title", true),
    REPRESENTANT("Représentant", "Representative", false),
    DPO("Délégué à la protection des données", "Data protection officer", false);

    public final String fr;
    public final String en;
    public final boolean required;

    OrganisationField(String fr, String en, boolean required) {
        this.fr = fr;
        this.en = en;
        this.required = required;
    }

    public String header() {
        return fr + " / " + en;
    }

    public boolean named(String label) {
        String h = TemplateColumn.normalise(label);
        return h.equals(TemplateColumn.normalise(fr)) || h.equals(TemplateColumn.normalise(header()));
    }
}
