package org.w3id.registre.importer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.w3id.registre.core.RegistreException;

/**
 * The register's text, as lines. Decoding is strict: a byte sequence that is not UTF-8 stops the import with its
 * line number, rather than being replaced by U+FFFD and silently corrupting a label.
 */
public record SourceDocument(Path path, List<String> lines) {

    public static SourceDocument read(Path path) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new RegistreException(path + " : lecture impossible / cannot read (" + e + ")", e);
        }
        if (bytes.length == 0 || new String(bytes, StandardCharsets.ISO_8859_1).isBlank()) {
            throw new RegistreException(path + ":1 : fichier vide, attendu le texte du registre"
                    + " / empty file, expected the register's text");
        }
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                int end = (i > start && bytes[i - 1] == '\r') ? i - 1 : i;
                lines.add(decode(path, lines.size() + 1, bytes, start, end));
                start = i + 1;
            }
        }
        if (!lines.isEmpty() && !lines.get(0).isEmpty() && lines.get(0).charAt(0) == '\uFEFF') {
            lines.set(0, lines.get(0).substring(1));
        }
        return new SourceDocument(path, List.copyOf(lines));
    }

    private static String decode(Path path, int lineNumber, byte[] bytes, int start, int end) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes, start, end - start)).toString();
        } catch (CharacterCodingException e) {
            throw new RegistreException(path + ":" + lineNumber + " : octets non UTF-8, attendu un texte UTF-8"
                    + " / bytes that are not UTF-8, expected UTF-8 text");
        }
    }

    /** The 1-based line, as read. */
    public String line(int number) {
        return lines.get(number - 1);
    }

    public int size() {
        return lines.size();
    }

    /** An error about one line of this document. */
    public RegistreException error(int lineNumber, String message) {
        return new RegistreException(path + ":" + lineNumber + " : " + message);
    }
}
