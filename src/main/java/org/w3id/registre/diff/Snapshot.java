package org.w3id.registre.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.registre.core.Dpv;
import org.w3id.registre.core.Reg;

/**
 * What a diff compares of one edition of a register: each finalité with its mission, title, sous-finalités, legal
 * bases (article and letter, texts, end of validity). Read from the graph, so it works for any register, whatever
 * its source.
 */
record Snapshot(List<Fin> finalites) {

    /**
     * A basis of a finalité, keyed by the provision it rests on as written in the GDPR's numbering: "6-1-c" for
     * {@code eu-gdpr:A6-1-c}, "9-2-h" for {@code eu-gdpr:A9-2-h}. The article is part of the key: an Art. 9(2)(c)
     * condition and an Art. 6(1)(c) basis share a letter and nothing else.
     */
    record Basis(String provision, TreeSet<String> laws, String end) {

        /** The provision of a DPV legal-basis concept: its local name without DPV's leading "A". */
        static String provisionOf(String conceptIri) {
            String local = conceptIri.substring(Math.max(conceptIri.lastIndexOf('#'), conceptIri.lastIndexOf('/'))
                    + 1);
            return local.matches("A\\d.*") ? local.substring(1) : local;
        }

        /** The paragraph the provision belongs to: "6-1" for "6-1-c"; a basis only ever changes within one. */
        String paragraph() {
            int dash = provision.lastIndexOf('-');
            return dash < 0 ? "" : provision.substring(0, dash);
        }
    }

    record Fin(String iri, String id, String mission, String title, List<String> sous, List<String> sousIris,
               Map<String, Basis> bases) {
        TreeSet<String> laws() {
            TreeSet<String> all = new TreeSet<>();
            bases.values().forEach(b -> all.addAll(b.laws()));
            return all;
        }
    }

    static Snapshot of(Model model) {
        List<Fin> list = new ArrayList<>();
        for (Resource f : model.listResourcesWithProperty(RDF.type, Reg.Finalite).toList()) {
            Resource mission = f.getPropertyResourceValue(DCTerms.isPartOf);
            String missionId = mission != null && mission.hasProperty(DCTerms.identifier)
                    ? mission.getProperty(DCTerms.identifier).getString() : "";
            List<Resource> sous = new ArrayList<>();
            f.listProperties(Dpv.hasProcess).forEachRemaining(s -> {
                if (s.getObject().isResource() && s.getResource().hasProperty(RDF.type, Reg.SousFinalite)) {
                    sous.add(s.getResource());
                }
            });
            sous.sort(Comparator.comparing(s -> s.hasProperty(Reg.rang) ? s.getProperty(Reg.rang).getInt() : 0));
            Map<String, Basis> bases = new TreeMap<>();
            for (Statement st : f.listProperties(Dpv.hasLegalBasis).toList()) {
                Resource b = st.getResource();
                Resource article = b.getPropertyResourceValue(SKOS.broader);
                if (article == null) {
                    continue;
                }
                String provision = Basis.provisionOf(article.getURI());
                TreeSet<String> laws = new TreeSet<>();
                b.listProperties(Dpv.hasApplicableLaw).forEachRemaining(l -> laws.add(l.getResource().getURI()));
                String end = b.hasProperty(Reg.finDeValidite) ? b.getProperty(Reg.finDeValidite).getString() : null;
                Basis previous = bases.get(provision);
                if (previous != null) {
                    laws.addAll(previous.laws());
                }
                bases.put(provision, new Basis(provision, laws, end != null ? end : previous == null ? null
                        : previous.end()));
            }
            list.add(new Fin(f.getURI(), f.hasProperty(DCTerms.identifier)
                    ? f.getProperty(DCTerms.identifier).getString() : f.getURI(), missionId, label(f),
                    sous.stream().map(Snapshot::label).toList(),
                    sous.stream().map(s -> s.isURIResource() ? s.getURI() : "").toList(), bases));
        }
        list.sort(Comparator.comparing(Fin::id));
        return new Snapshot(list);
    }

    static String label(Resource r) {
        for (Statement s : r.listProperties(SKOS.prefLabel).toList()) {
            if (s.getLanguage().equals("fr") || s.getLanguage().isEmpty()) {
                return s.getString();
            }
        }
        return r.getURI();
    }
}
