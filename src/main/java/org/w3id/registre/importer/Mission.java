package org.w3id.registre.importer;

import java.util.List;

/** One of the 16 missions: "01" … "10" are the Assurance Maladie's own, "11" … "16" support missions. */
public record Mission(String id, String titre, boolean support, int ligne, List<Finalite> finalites) {
}
