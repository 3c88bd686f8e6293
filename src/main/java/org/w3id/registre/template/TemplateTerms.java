package org.w3id.registre.template;

import static org.w3id.registre.core.Prefixes.DCAT;
import static org.w3id.registre.core.Prefixes.DCT;
import static org.w3id.registre.core.Prefixes.DPV;
import static org.w3id.registre.core.Prefixes.ELI;
import static org.w3id.registre.core.Prefixes.EU_GDPR;
import static org.w3id.registre.core.Prefixes.LOC;
import static org.w3id.registre.core.Prefixes.RDF;
import static org.w3id.registre.core.Prefixes.REG;
import static org.w3id.registre.core.Prefixes.SKOS;

import java.util.Map;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The terms the template maps to (DPV, the project's {@code reg:}, Dublin Core, SKOS, ELI), as Jena constants. */
final class TemplateTerms {

    private TemplateTerms() {
    }

    static Property p(String iri) {
        return ResourceFactory.createProperty(iri);
    }

    static Resource r(String iri) {
        return ResourceFactory.createResource(iri);
    }

    static final Property TYPE = p(RDF + "type");
    static final Property VALUE = p(RDF + "value");
    static final Property PREF_LABEL = p(SKOS + "prefLabel");
    static final Property BROADER = p(SKOS + "broader");
    static final Property TITLE = p(DCT + "title");
    static final Property IDENTIFIER = p(DCT + "identifier");
    static final Property DESCRIPTION = p(DCT + "description");
    static final Property PUBLISHER = p(DCT + "publisher");
    static final Property HAS_PART = p(DCT + "hasPart");
    static final Property IS_PART_OF = p(DCT + "isPartOf");
    static final Property CREATED = p(DCT + "created");
    static final Property MODIFIED = p(DCT + "modified");

    static final Property HAS_PROCESS = p(DPV + "hasProcess");
    static final Property HAS_DATA_CONTROLLER = p(DPV + "hasDataController");
    static final Property HAS_JOINT_DATA_CONTROLLERS = p(DPV + "hasJointDataControllers");
    static final Property HAS_LEGAL_BASIS = p(DPV + "hasLegalBasis");
    static final Property HAS_APPLICABLE_LAW = p(DPV + "hasApplicableLaw");
    static final Property HAS_DATA_SUBJECT = p(DPV + "hasDataSubject");
    static final Property HAS_PERSONAL_DATA = p(DPV + "hasPersonalData");
    static final Property HAS_STORAGE_CONDITION = p(DPV + "hasStorageCondition");
    static final Property HAS_RECIPIENT = p(DPV + "hasRecipient");
    static final Property HAS_DATA_PROCESSOR = p(DPV + "hasDataProcessor");
    static final Property HAS_THIRD_COUNTRY = p(DPV + "hasThirdCountry");
    static final Property HAS_COUNTRY = p(DPV + "hasCountry");
    static final Property HAS_TOM = p(DPV + "hasTechnicalOrganisationalMeasure");
    static final Property HAS_REPRESENTATIVE = p(DPV + "hasRepresentative");
    static final Property HAS_DPO = p(DPV + "hasDataProtectionOfficer");

    static final Property RANG = p(REG + "rang");
    static final Property TEXTE_SOURCE = p(REG + "texteSource");
    static final Property FIN_DE_VALIDITE = p(REG + "finDeValidite");
    static final Property TRANSFERT = p(REG + "transfert");
    static final Property GARANTIES = p(REG + "garanties");

    static final Resource ROPA = r(DPV + "ROPA");
    static final Resource DATASET = r(DCAT + "Dataset");
    static final Resource DATA_CONTROLLER = r(DPV + "DataController");
    static final Resource JOINT_DATA_CONTROLLERS = r(DPV + "JointDataControllers");
    static final Resource REPRESENTATIVE = r(DPV + "Representative");
    static final Resource DPO = r(DPV + "DataProtectionOfficer");
    static final Resource MISSION = r(REG + "Mission");
    static final Resource FINALITE = r(REG + "Finalite");
    static final Resource SOUS_FINALITE = r(REG + "SousFinalite");
    static final Resource LEGAL_BASIS = r(DPV + "LegalBasis");
    static final Resource LAW = r(DPV + "Law");
    static final Resource LEGAL_RESOURCE = r(ELI + "LegalResource");
    static final Resource DATA_SUBJECT = r(DPV + "DataSubject");
    static final Resource STORAGE_DURATION = r(DPV + "StorageDuration");
    static final Resource RECIPIENT = r(DPV + "Recipient");
    static final Resource THIRD_PARTY = r(DPV + "ThirdParty");
    static final Resource INTERNAL_RECIPIENT = r(REG + "DestinataireInterne");
    static final Resource DATA_PROCESSOR = r(DPV + "DataProcessor");
    static final Resource TRANSFER = r(REG + "TransfertHorsUE");
    static final Resource TOM = r(DPV + "TechnicalOrganisationalMeasure");

    /** The DPV kind of each GDPR Art. 6(1) letter, as the Cnam register types its bases. */
    static final Map<Character, Resource> KINDS = Map.of(
            'a', r(DPV + "Consent"), 'b', r(DPV + "Contract"), 'c', r(DPV + "LegalObligation"),
            'd', r(DPV + "VitalInterest"), 'e', r(DPV + "PublicInterest"), 'f', r(DPV + "LegitimateInterest"));

    /** The DPV concept of a GDPR basis written "6-1-c" or "9-2-h": {@code eu-gdpr:A6-1-c}, {@code eu-gdpr:A9-2-h}. */
    static Resource gdpr(String paragraphAndLetter) {
        return r(EU_GDPR + "A" + paragraphAndLetter);
    }

    static Resource country(String code) {
        return r(LOC + code);
    }
}
