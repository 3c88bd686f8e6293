package org.w3id.registre.template;

import static org.w3id.registre.template.TemplateTerms.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.w3id.registre.core.Prefixes;
import org.w3id.registre.core.RegistreException;

/**
 * Writes one register of a graph in the CNIL template: the organisation, then one row per finalité (an activity),
 * missions as a grouping column. What the template has no column for (English labels, DPV purposes, the source
 * document's line numbers) stays out; everything it holds comes back unchanged through {@link TemplateReader}.
 */
public final class TemplateWriter {

    private static final Pattern REGISTER = Pattern.compile(Pattern.quote(Prefixes.BASE)
            + "([a-z0-9][a-z0-9-]*)/registre");
    private static final Pattern TRAILING_NUMBER = Pattern.compile("/(\\d+)$");

    private final Model model;
    private final Resource register;
    private final String slug;

    private TemplateWriter(Model model, Resource register, String slug) {
        this.model = model;
        this.register = register;
        this.slug = slug;
    }

    /** The registers a graph holds, by their organisation's identifier ("cnam"). */
    public static List<String> registers(Model model) {
        List<String> slugs = new ArrayList<>();
        model.listResourcesWithProperty(TYPE, ROPA).forEachRemaining(r -> {
            Matcher m = REGISTER.matcher(r.isURIResource() ? r.getURI() : "");
            if (m.matches()) {
                slugs.add(m.group(1));
            }
        });
        slugs.sort(null);
        return slugs;
    }

    /** The register {@code slug} (or the only one when null) as a workbook; {@code csv} gives the one-table form. */
    public static Workbook write(Model model, String slug, boolean csv, String file) {
        List<String> all = registers(model);
        if (slug == null) {
            if (all.size() != 1) {
                throw new RegistreException((all.isEmpty() ? "aucun registre (dpv:ROPA) dans les données"
                        : "plusieurs registres " + all + " ; choisissez-en un avec --registre")
                        + " / " + (all.isEmpty() ? "no register in the data" : "several registers; pick one with"
                        + " --registre"));
            }
            slug = all.get(0);
        } else if (!all.contains(slug)) {
            throw new RegistreException("--registre " + slug + " : absent des données ; attendu l'un de " + all
                    + " / not in the data; expected one of " + all);
        }
        Resource register = model.getResource(Prefixes.BASE + slug + "/registre");
        return new TemplateWriter(model, register, slug).workbook(csv, file);
    }

    private Workbook workbook(boolean csv, String file) {
        Resource org = register.getPropertyResourceValue(PUBLISHER);
        if (org == null) {
            org = register.getPropertyResourceValue(HAS_DATA_CONTROLLER);
        }
        Map<OrganisationField, String> orgValues = new java.util.EnumMap<>(OrganisationField.class);
        orgValues.put(OrganisationField.IDENTIFIANT, slug);
        orgValues.put(OrganisationField.NOM, org == null ? null : label(org));
        orgValues.put(OrganisationField.TITRE, text(register, TITLE));
        orgValues.put(OrganisationField.REPRESENTANT, org == null ? null : labelOf(org, HAS_REPRESENTATIVE));
        orgValues.put(OrganisationField.DPO, org == null ? null : labelOf(org, HAS_DPO));

        Table activities = Table.empty(csv ? "registre" : TemplateReader.ACTIVITES);
        List<Object> header = new ArrayList<>();
        if (csv) {
            for (OrganisationField f : OrganisationField.values()) {
                header.add(f.header());
            }
        }
        for (TemplateColumn c : TemplateColumn.values()) {
            header.add(c.header());
        }
        activities.add(header);
        for (Resource f : finalites()) {
            List<Object> row = new ArrayList<>();
            if (csv) {
                for (OrganisationField field : OrganisationField.values()) {
                    row.add(orgValues.get(field));
                }
            }
            row.addAll(activity(f, org));
            activities.add(row);
        }
        if (csv) {
            return new Workbook(file, List.of(activities));
        }
        Table organisation = Table.empty(TemplateReader.ORGANISME);
        for (OrganisationField field : OrganisationField.values()) {
            if (orgValues.get(field) != null) {
                organisation.add(List.of(field.header(), orgValues.get(field)));
            }
        }
        return new Workbook(file, List.of(organisation, activities));
    }

    /** The register's finalités: by mission (its rank, then code), then rank, then reference. */
    private List<Resource> finalites() {
        String prefix = Prefixes.BASE + slug + "/finalite/";
        List<Resource> list = new ArrayList<>();
        model.listResourcesWithProperty(TYPE, FINALITE).forEachRemaining(f -> {
            if (f.isURIResource() && f.getURI().startsWith(prefix)) {
                list.add(f);
            }
        });
        list.sort(Comparator.comparing((Resource f) -> {
            Resource m = f.getPropertyResourceValue(IS_PART_OF);
            return m != null && m.hasProperty(RANG) ? m.getProperty(RANG).getInt() : 0;
        }).thenComparing((Resource f) -> {
            Resource m = f.getPropertyResourceValue(IS_PART_OF);
            return m != null && m.hasProperty(IDENTIFIER) ? text(m, IDENTIFIER) : "";
        }).thenComparing(f -> f.hasProperty(RANG) ? f.getProperty(RANG).getInt() : Integer.MAX_VALUE)
                .thenComparing(f -> text(f, IDENTIFIER)));
        return list;
    }

    private List<Object> activity(Resource f, Resource org) {
        Object[] cells = new Object[TemplateColumn.values().length];
        cells[TemplateColumn.REFERENCE.ordinal()] = text(f, IDENTIFIER);
        cells[TemplateColumn.NOM.ordinal()] = text(f, PREF_LABEL);
        Resource mission = f.getPropertyResourceValue(IS_PART_OF);
        if (mission != null && mission.hasProperty(IDENTIFIER)) {
            cells[TemplateColumn.CODE_MISSION.ordinal()] = text(mission, IDENTIFIER);
            cells[TemplateColumn.MISSION.ordinal()] = text(mission, PREF_LABEL);
        }
        cells[TemplateColumn.CREATION.ordinal()] = date(f, CREATED);
        cells[TemplateColumn.MISE_A_JOUR.ordinal()] = date(f, MODIFIED);
        List<Resource> controllers = f.listProperties(HAS_DATA_CONTROLLER).mapWith(s -> s.getResource())
                .toList().stream().sorted(java.util.Comparator.comparing(Resource::getURI)).toList();
        cells[TemplateColumn.RESPONSABLE.ordinal()] = controllers.isEmpty() ? null
                : lines(controllers, c -> controllerCell(f, org, c));
        Resource joint = f.getPropertyResourceValue(HAS_JOINT_DATA_CONTROLLERS);
        cells[TemplateColumn.RESPONSABLES_CONJOINTS.ordinal()] = joint == null ? null
                : lines(numbered(joint, HAS_DATA_CONTROLLER), TemplateWriter::label);
        cells[TemplateColumn.FINALITE_PRINCIPALE.ordinal()] = text(f, DESCRIPTION);
        cells[TemplateColumn.SOUS_FINALITES.ordinal()] = lines(ranked(f, HAS_PROCESS), TemplateWriter::label);

        List<String> bases = new ArrayList<>();
        List<String> ends = new ArrayList<>();
        List<String> laws = new ArrayList<>();
        for (Resource b : ranked(f, HAS_LEGAL_BASIS)) {
            Resource gdpr = b.getPropertyResourceValue(BROADER);
            String local = gdpr == null ? "A6-1-?" : gdpr.getURI().substring(gdpr.getURI().indexOf('#') + 1);
            // "6-1-c" in the bases cell, "c" in the others; an Art. 9(2) condition always with its paragraph.
            String printed = local.substring(1);
            String letter = printed.startsWith("6-1-") ? printed.substring(4) : printed;
            List<String> texts = strings(b, TEXTE_SOURCE);
            if (texts.isEmpty()) {
                bases.add(printed);
            }
            texts.forEach(t -> bases.add(printed + " : " + t));
            if (b.hasProperty(FIN_DE_VALIDITE)) {
                ends.add(letter + " : " + b.getProperty(FIN_DE_VALIDITE).getString());
            }
            List<Resource> applicable = new ArrayList<>();
            b.listProperties(HAS_APPLICABLE_LAW).forEachRemaining(s -> applicable.add(s.getResource()));
            applicable.sort(Comparator.comparing(Resource::getURI));
            for (Resource law : applicable) {
                laws.add(letter + " : " + label(law) + " <" + law.getURI().substring(Prefixes.BASE
                        .length()) + ">");
            }
        }
        cells[TemplateColumn.BASES.ordinal()] = join(bases);
        cells[TemplateColumn.FIN_DE_VALIDITE.ordinal()] = join(ends);
        cells[TemplateColumn.TEXTES.ordinal()] = join(laws);
        cells[TemplateColumn.PERSONNES.ordinal()] = lines(numbered(f, HAS_DATA_SUBJECT), TemplateWriter::label);

        for (DataCategory.Genre genre : DataCategory.Genre.values()) {
            List<String> lines = new ArrayList<>();
            for (DataCategory c : DataCategory.all()) {
                if (c.genre() != genre || !f.hasProperty(HAS_PERSONAL_DATA, model.getResource(c.iri()))) {
                    continue;
                }
                String retention = null;
                for (Statement s : f.listProperties(HAS_STORAGE_CONDITION).toList()) {
                    if (s.getResource().hasProperty(HAS_PERSONAL_DATA, model.getResource(c.iri()))) {
                        retention = text(s.getResource(), VALUE);
                    }
                }
                lines.add(retention == null ? c.libelle() : c.libelle() + " : " + retention);
            }
            TemplateColumn column = genre == DataCategory.Genre.COURANTE ? TemplateColumn.DONNEES
                    : genre == DataCategory.Genre.SENSIBLE ? TemplateColumn.DONNEES_SENSIBLES
                    : TemplateColumn.DONNEES_INFRACTIONS;
            cells[column.ordinal()] = join(lines);
        }
        List<Resource> recipients = numbered(f, HAS_RECIPIENT);
        cells[TemplateColumn.DESTINATAIRES_INTERNES.ordinal()] = lines(recipients.stream()
                .filter(r -> r.hasProperty(TYPE, INTERNAL_RECIPIENT)).toList(), TemplateWriter::label);
        cells[TemplateColumn.DESTINATAIRES_EXTERNES.ordinal()] = lines(recipients.stream()
                .filter(r -> !r.hasProperty(TYPE, INTERNAL_RECIPIENT)).toList(), TemplateWriter::label);
        cells[TemplateColumn.SOUS_TRAITANTS.ordinal()] = lines(numbered(f, HAS_DATA_PROCESSOR), TemplateWriter::label);
        cells[TemplateColumn.TRANSFERTS.ordinal()] = lines(numbered(f, TRANSFERT), t -> {
            Resource country = t.getPropertyResourceValue(HAS_COUNTRY);
            String code = country == null ? "" : country.getURI().substring(country.getURI().lastIndexOf('#') + 1);
            String safeguards = text(t, GARANTIES);
            return label(t) + " | " + code + " | " + (safeguards == null ? "" : safeguards);
        });
        cells[TemplateColumn.MESURES.ordinal()] = lines(numbered(f, HAS_TOM), TemplateWriter::label);
        return java.util.Arrays.asList(cells);
    }

    private static String join(List<String> lines) {
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    private static String lines(List<Resource> resources, Function<Resource, String> line) {
        return join(resources.stream().map(line).toList());
    }

    /** Objects of a property, by their {@code reg:rang}. */
    private static List<Resource> ranked(Resource s, Property p) {
        List<Resource> list = new ArrayList<>();
        s.listProperties(p).forEachRemaining(st -> list.add(st.getResource()));
        list.sort(Comparator.comparing((Resource r) -> r.hasProperty(RANG) ? r.getProperty(RANG).getInt()
                : Integer.MAX_VALUE).thenComparing(r -> r.isURIResource() ? r.getURI() : ""));
        return list;
    }

    /** Objects of a property, by the number that ends their IRI ({@code …/personnes/2}), then by IRI. */
    private static List<Resource> numbered(Resource s, Property p) {
        List<Resource> list = new ArrayList<>();
        s.listProperties(p).forEachRemaining(st -> {
            if (st.getObject().isResource()) {
                list.add(st.getResource());
            }
        });
        list.sort(Comparator.comparing((Resource r) -> {
            Matcher m = TRAILING_NUMBER.matcher(r.isURIResource() ? r.getURI() : "");
            return m.find() ? Integer.parseInt(m.group(1)) : Integer.MAX_VALUE;
        }).thenComparing(r -> r.isURIResource() ? r.getURI() : ""));
        return list;
    }

    private static List<String> strings(Resource s, Property p) {
        List<String> list = new ArrayList<>();
        s.listProperties(p).forEachRemaining(st -> list.add(st.getString()));
        list.sort(null);
        return list;
    }

    /** The French (or untagged) value of a property, else any. */
    private static String text(Resource s, Property p) {
        String any = null;
        for (Statement st : s.listProperties(p).toList()) {
            RDFNode o = st.getObject();
            if (!o.isLiteral()) {
                continue;
            }
            Literal l = o.asLiteral();
            if (l.getLanguage().equals("fr") || l.getLanguage().isEmpty()) {
                return l.getLexicalForm();
            }
            any = l.getLexicalForm();
        }
        return any;
    }

    /**
     * The controller as the cell gives it: its name, followed by the path of its IRI when it is neither the register's
     * organisation nor the finalité's own controller node, so that the import finds the same resource again.
     */
    private static String controllerCell(Resource f, Resource org, Resource controller) {
        String name = label(controller);
        boolean own = controller.equals(org) || controller.getURI().equals(f.getURI() + "/responsable");
        return own || !controller.getURI().startsWith(Prefixes.BASE) ? name
                : name + " <" + controller.getURI().substring(Prefixes.BASE.length()) + ">";
    }

    private static String label(Resource r) {
        String l = text(r, PREF_LABEL);
        return l != null ? l : r.getURI();
    }

    private static String labelOf(Resource s, Property p) {
        Resource o = s.getPropertyResourceValue(p);
        return o == null ? null : label(o);
    }

    private static LocalDate date(Resource s, Property p) {
        Statement st = s.getProperty(p);
        return st == null ? null : LocalDate.parse(st.getString());
    }
}
