package org.w3id.registre.validate;

import java.io.OutputStream;
import java.util.Map;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/** The results as structured records (Jena's own JSON writer), for scripts. */
public final class JsonReport {

    private JsonReport() {
    }

    public static JsonObject toJson(Findings findings) {
        JsonObject root = new JsonObject();
        if (findings.date() != null) {
            root.put("date", findings.date().toString());
        }
        JsonObject summary = new JsonObject();
        for (Map.Entry<Level, Integer> e : findings.countByLevel().entrySet()) {
            summary.put(e.getKey().english(), e.getValue());
        }
        root.put("total", findings.size());
        root.put("counts", summary);
        JsonArray results = new JsonArray();
        for (Finding f : findings.all()) {
            JsonObject r = new JsonObject();
            r.put("severity", f.level().english());
            r.put("focus", Findings.text(f.focus()));
            r.put("label_fr", f.focusFr());
            r.put("label_en", f.focusEn());
            if (f.mission() != null) {
                r.put("mission", f.mission().getURI());
            }
            r.put("mission_name", f.missionName());
            r.put("shape", f.shape().isURI() ? f.shape().getURI() : Findings.text(f.shape()));
            r.put("node_shape", f.nodeShape().isURI() ? f.nodeShape().getURI() : Findings.text(f.nodeShape()));
            r.put("path", f.path());
            r.put("value", f.valueText());
            r.put("component", f.component());
            r.put("message_fr", f.messageFr());
            r.put("message_en", f.messageEn());
            results.add(r);
        }
        root.put("results", results);
        return root;
    }

    public static void write(Findings findings, OutputStream out) {
        JSON.write(out, toJson(findings));
    }
}
