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

    /**
     * Whether {@code b[off, off + n)} is well-formed UTF-8 (no overlong form, nothing beyond U+10FFFF) of text
     * I-JSON {@linkplain #allowed allows}: what a cache file holds is checked with it before use.
     */
    public static boolean validUtf8(byte[] b, int off, int n) {
        int end = off + n;
        int i = off;
        while (i < end) {
            int x = b[i];
            if (x >= 0) {
                i++;
                continue;
            }
            x &= 0xff;
            int len;
            int cp;
            if (x >= 0xC2 && x <= 0xDF) {
                len = 2;
                cp = x & 0x1F;
            } else if (x >= 0xE0 && x <= 0xEF) {
                len = 3;
                cp = x & 0x0F;
            } else if (x >= 0xF0 && x <= 0xF4) {
                len = 4;
                cp = x & 0x07;
            } else {
                return false;
            }
            if (end - i < len) {
                return false;
            }
            for (int k = 1; k < len; k++) {
                int y = b[i + k] & 0xff;
                if ((y & 0xC0) != 0x80) {
                    return false;
                }
                cp = cp << 6 | y & 0x3F;
            }
            if (len == 3 && cp < 0x800 || len == 4 && (cp < 0x10000 || cp > 0x10FFFF) || !allowed(cp)) {
                return false;
            }
            i += len;
        }
        return true;
    }
}
