package io.github.pfocr.core.catalog;

import io.github.pfocr.core.model.UnicodeText;

import java.util.Arrays;

/**
 * JSON written into a growing byte array, byte for byte as the plugin's Jackson generators write it (compact, the
 * same escapes, non-ASCII as UTF-8), for the catalog's figures: their strings are copied from UTF-8 bytes as they
 * are, never decoded. The caller writes a well-formed document; this class only places the commas.
 */
final class JsonBytes {
    private static final byte[] HEX = {'0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'A', 'B', 'C', 'D', 'E',
        'F'};

    private byte[] buf;
    private int count;
    /** Whether the next key or item is the first of its object or array (no comma before it). */
    private boolean first = true;

    JsonBytes(int capacity) {
        buf = new byte[capacity];
    }

    /** Empties the buffer for the next document, keeping its memory. */
    void reset() {
        count = 0;
        first = true;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(buf, count);
    }

    void begin(char open) {
        put((byte) open);
        first = true;
    }

    void end(char close) {
        put((byte) close);
        first = false;
    }

    /** Before an array item. */
    void item() {
        if (!first) {
            put((byte) ',');
        }
        first = false;
    }

    /** A key (plain ASCII, written as it is) and its colon; the value follows. */
    JsonBytes key(String key) {
        item();
        string(key);
        put((byte) ':');
        return this;
    }

    /** A string given as plain ASCII without characters to escape (a key, a label). */
    void string(String ascii) {
        put((byte) '"');
        ascii(ascii);
        put((byte) '"');
    }

    /**
     * A string given as its UTF-8 bytes ({@linkplain UnicodeText#validUtf8 valid text}): copied in runs, with {@code "}, {@code \\},
     * control characters and characters beyond the BMP escaped, as Jackson escapes them. The buffer grows with what
     * is written, not by the most a string could take.
     */
    void utf8(byte[] b, int off, int n) {
        put((byte) '"');
        int run = off;
        int end = off + n;
        for (int i = off; i < end; i++) {
            int x = b[i];
            if (x >= 0x20 && x != '"' && x != '\\' || x < 0 && (x & 0xF8) != 0xF0) {
                continue;
            }
            copy(b, run, i - run);
            if (x < 0) {
                // A character beyond the BMP: Jackson writes its UTF-16 surrogates as two escapes.
                int cp = (x & 0x07) << 18 | (b[i + 1] & 0x3F) << 12 | (b[i + 2] & 0x3F) << 6 | b[i + 3] & 0x3F;
                escape(Character.highSurrogate(cp));
                escape(Character.lowSurrogate(cp));
                i += 3;
            } else {
                switch (x) {
                    case '"', '\\' -> pair((byte) x);
                    case '\b' -> pair((byte) 'b');
                    case '\t' -> pair((byte) 't');
                    case '\n' -> pair((byte) 'n');
                    case '\f' -> pair((byte) 'f');
                    case '\r' -> pair((byte) 'r');
                    default -> escape((char) x);
                }
            }
            run = i + 1;
        }
        copy(b, run, end - run);
        put((byte) '"');
    }

    private void copy(byte[] b, int from, int length) {
        ensure(length);
        System.arraycopy(b, from, buf, count, length);
        count += length;
    }

    /** A backslash and {@code x}. */
    private void pair(byte x) {
        ensure(2);
        buf[count++] = '\\';
        buf[count++] = x;
    }

    /** {@code \\uXXXX} for {@code ch}. */
    private void escape(char ch) {
        ensure(6);
        buf[count++] = '\\';
        buf[count++] = 'u';
        buf[count++] = HEX[ch >> 12];
        buf[count++] = HEX[ch >> 8 & 0xF];
        buf[count++] = HEX[ch >> 4 & 0xF];
        buf[count++] = HEX[ch & 0xF];
    }

    void number(int v) {
        ascii(Integer.toString(v));
    }

    /** As Jackson writes a double: {@link Double#toString}, and a value JSON has no number for as a string. */
    void number(double v) {
        if (Double.isFinite(v)) {
            ascii(Double.toString(v));
        } else {
            string(Double.toString(v));
        }
    }

    private void ascii(String s) {
        ensure(s.length());
        for (int i = 0; i < s.length(); i++) {
            buf[count++] = (byte) s.charAt(i);
        }
    }

    private void put(byte x) {
        ensure(1);
        buf[count++] = x;
    }

    private void ensure(int more) {
        if (more > buf.length - count) {
            buf = Arrays.copyOf(buf, Math.max(2 * buf.length, count + more));
        }
    }
}
