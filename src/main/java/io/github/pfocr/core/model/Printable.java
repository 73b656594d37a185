package io.github.pfocr.core.model;

/**
 * The one escaping of untrusted text (record values, keys, cells, file names) for every line a person or a CI
 * runner reads: console log, step summary, annotations. A printed value must never start a new line (a runner reads
 * a line starting with {@code ::} or {@code ##[} as a command) nor reach the terminal as a control sequence.
 */
public final class Printable {
    private Printable() {
    }

    /**
     * {@code s} on one line: {@code \n}, {@code \r} and {@code \t} as those two-character escapes; every other
     * control character (C0, DEL, C1 including the 8-bit CSI), the Unicode line and paragraph separators, the
     * bidirectional overrides and unpaired surrogates as {@code \}{@code uXXXX}. Null stays null.
     */
    public static String escape(String s) {
        if (s == null) {
            return null;
        }
        int i = 0;
        while (i < s.length() && !needsEscape(s, i)) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length() + 16).append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!needsEscape(s, i)) {
                out.append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else {
                out.append(String.format("\\u%04X", (int) c));
            }
        }
        return out.toString();
    }

    private static boolean needsEscape(String s, int i) {
        char c = s.charAt(i);
        if (c < 0x20 || c >= 0x7F && c <= 0x9F) {
            return true;
        }
        if (c == '\u2028' || c == '\u2029' || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069'
                || c == '\u200E' || c == '\u200F' || c == '\u061C') {
            return true;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
        }
        return false;
    }
}
