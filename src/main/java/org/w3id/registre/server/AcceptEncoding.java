package org.w3id.registre.server;

import java.util.Locale;

/**
 * Reads an {@code Accept-Encoding} header (RFC 9110 §12.5.3) for the one coding the server stores besides identity:
 * gzip. A coding is acceptable when it, or {@code *}, is listed with a q-value above zero; an explicit
 * {@code gzip;q=0} refuses it even when {@code *} is listed.
 */
final class AcceptEncoding {

    private AcceptEncoding() {
    }

    static boolean acceptsGzip(String header) {
        if (header == null || header.isBlank()) {
            return false;
        }
        double gzip = -1;
        double any = -1;
        for (String item : header.split(",")) {
            String[] parts = item.split(";");
            String coding = parts[0].trim().toLowerCase(Locale.ROOT);
            double q = 1;
            for (int i = 1; i < parts.length; i++) {
                String[] kv = parts[i].trim().split("=", 2);
                if (kv.length == 2 && kv[0].trim().equalsIgnoreCase("q")) {
                    try {
                        q = Double.parseDouble(kv[1].trim());
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            if (coding.equals("gzip") || coding.equals("x-gzip")) {
                gzip = Math.max(gzip, q);
            } else if (coding.equals("*")) {
                any = Math.max(any, q);
            }
        }
        return gzip >= 0 ? gzip > 0 : any > 0;
    }
}
