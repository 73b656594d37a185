package io.github.pfocr.core.model;

/**
 * Text that every JSON output can carry: I-JSON (RFC 7493, section 2.1) allows no unpaired surrogate (a YAML
 * {@code "\uD800"} escape makes one) and no Unicode noncharacter (U+FDD0..U+FDEF, U+xxFFFE, U+xxFFFF).
 */
public final class UnicodeText {
    private UnicodeText() {
    }

    /** The index of the first unpaired surrogate or noncharacter in {@code s}, or -1. */
    public static int firstInvalid(String s) {
        for (int i = 0; i < s.length(); ) {
            if (s.charAt(i) < Character.MIN_SURROGATE) {
                // Below the surrogates and noncharacters: the common case, one compare per char.
                i++;
                continue;
            }
            int c = s.codePointAt(i);
            if (!allowed(c)) {
                return i;
            }
            i += Character.charCount(c);
        }
        return -1;
    }

    /** {@code s} with each unpaired surrogate and noncharacter replaced by U+FFFD; {@code s} itself when valid. */
    public static String valid(String s) {
        if (s == null || firstInvalid(s) < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(c -> out.appendCodePoint(allowed(c) ? c : 0xFFFD));
        return out.toString();
    }

    /** Whether a code point may stand in I-JSON text: not a surrogate, not a noncharacter. */
    public static boolean allowed(int c) {
        return (c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE) && !(c >= 0xFDD0 && c <= 0xFDEF)
                && (c & 0xFFFE) != 0xFFFE;
    }
}
