package io.github.pfocr.core.read;

import io.github.pfocr.core.model.FindingSink;
import io.github.pfocr.core.model.UnicodeText;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads files as bounded, strictly decoded UTF-8 text, reporting instead of throwing. */
public final class TextFiles {
    private TextFiles() {
    }

    /** @return the file's bytes, or null when it is too large or unreadable (reported) */
    public static byte[] readBytes(Path file, long maxSize, FindingSink sink) {
        try {
            long size = Files.size(file);
            if (size > maxSize) {
                sink.report(ReadRules.FILE_TOO_LARGE, 1, 1, "expected at most " + maxSize + " bytes, found " + size
                        + " bytes; the file was not parsed", null, null);
                return null;
            }
            return Files.readAllBytes(file);
        } catch (IOException | RuntimeException e) {
            sink.report(ReadRules.FILE_UNREADABLE, 1, 1, "could not read the file: " + e, null, null);
            return null;
        }
    }

    /**
     * Decodes UTF-8 text, rejecting NUL bytes and invalid sequences at their position. The common case costs one
     * lenient decode and a scan for U+FFFD.
     *
     * @return the text, or null when the bytes are not UTF-8 text (reported)
     */
    public static String decode(byte[] bytes, FindingSink sink) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        // A NUL byte decodes to U+0000 and nothing else does: the text's search is faster than a loop over bytes.
        if (text.indexOf('\0') >= 0) {
            int i = 0;
            while (bytes[i] != 0) {
                i++;
            }
            int[] pos = position(bytes, i);
            sink.report(ReadRules.FILE_BINARY, pos[0], pos[1], "expected UTF-8 text, found a NUL byte at offset "
                    + i + ": the file is binary", null, null);
            return null;
        }
        if (text.indexOf('\uFFFD') < 0) {
            return text;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        if (!decoder.decode(in, CharBuffer.allocate(bytes.length + 1), true).isError()) {
            return text;
        }
        int bad = Math.min(in.position(), bytes.length - 1);
        int[] pos = position(bytes, bad);
        sink.report(ReadRules.ENCODING_INVALID, pos[0], pos[1], String.format(
                "expected UTF-8, found the invalid byte 0x%02X at offset %d", bytes[bad] & 0xFF, bad), null, null);
        return null;
    }

    /** Reports the first noncharacter of decoded text (strict UTF-8 decoding leaves no unpaired surrogate). */
    static void reportInvalidUnicode(String text, FindingSink sink) {
        int at = UnicodeText.firstInvalid(text);
        if (at >= 0) {
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < at; i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            sink.report(ReadRules.TEXT_INVALID_UNICODE, line, at - lineStart + 1, String.format(
                    "expected Unicode text, found the noncharacter U+%04X; outputs write U+FFFD instead",
                    text.codePointAt(at)), null, null);
        }
    }

    /** Line and column (1-based; the column counts UTF-8 characters) of a byte offset. */
    private static int[] position(byte[] bytes, int offset) {
        int line = 1;
        int col = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                col = 1;
            } else if ((bytes[i] & 0xC0) != 0x80) {
                col++;
            }
        }
        return new int[] {line, col};
    }
}
