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
 * bases (letter, texts, end of validity). Read from the graph, so it works for any register, whatever its source.
 */
record Snapshot(List<Fin> finalites) {

    record Basis(char letter, TreeSet<String> laws, String end) {
    }

    record Fin(String iri, String id, String mission, String title, List<String> sous, List<String> sousIris,
               Map<Character, Basis> bases) {
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
            Map<Character, Basis> bases = new TreeMap<>();
            for (Statement st : f.listProperties(Dpv.hasLegalBasis).toList()) {
                Resource b = st.getResource();
                Resource article = b.getPropertyResourceValue(SKOS.broader);
                if (article == null) {
                    continue;
                }
                char letter = article.getURI().charAt(article.getURI().length() - 1);
                TreeSet<String> laws = new TreeSet<>();
                b.listProperties(Dpv.hasApplicableLaw).forEachRemaining(l -> laws.add(l.getResource().getURI()));
                String end = b.hasProperty(Reg.finDeValidite) ? b.getProperty(Reg.finDeValidite).getString() : null;
                Basis previous = bases.get(letter);
                if (previous != null) {
                    laws.addAll(previous.laws());
                }
                bases.put(letter, new Basis(letter, laws, end != null ? end : previous == null ? null
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
