package io.github.pfocr.core.read;

import io.github.pfocr.core.model.Printable;
import io.github.pfocr.core.model.Rule;

/**
 * Entity words, inline (G1) or in a table (G2): the mixed-script rule, shared by the table reader and the inline
 * list check, and the quoting every message about a word uses (record text is never printed raw).
 */
public final class Words {
    public static final Rule WORD_MIXED_SCRIPT = Rule.warning("word-mixed-script", "An entity word mixes Latin letters "
            + "with Greek or Cyrillic look-alikes ('ΥΑP' with a Greek Υ and Α); searches for the Latin spelling miss it.");

    /** Longest value a message quotes. */
    private static final int SHOWN = 80;

    /** Greek and Cyrillic letters drawn like a Latin one, and that Latin letter. */
    private static final String LOOK_ALIKES = "ΑΒΕΖΗΙΚΜΝΟΡΤΥΧοАВЕКМНОРСТУХаеорсухіјѕЅІЈ";
    private static final String LATIN = "ABEZHIKMNOPTYXoABEKMHOPCTYXaeopcyxijsSIJ";

    /** Below the lowest look-alike no char needs a search of the list. */
    private static final int FIRST_LOOK_ALIKE = LOOK_ALIKES.chars().min().orElseThrow();

    private Words() {
    }

    /** The index of the first look-alike letter in a word that also has Latin letters, or -1. */
    public static int mixedScript(String word) {
        boolean latin = false;
        int lookAlike = -1;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
                latin = true;
            } else if (lookAlike < 0 && c >= FIRST_LOOK_ALIKE && LOOK_ALIKES.indexOf(c) >= 0) {
                lookAlike = i;
            }
        }
        return latin ? lookAlike : -1;
    }

    /** The word with every look-alike letter replaced by its Latin twin. */
    public static String latin(String word) {
        StringBuilder sb = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            int k = LOOK_ALIKES.indexOf(c);
            sb.append(k >= 0 ? LATIN.charAt(k) : c);
        }
        return sb.toString();
    }

    /** The finding message for a mixed-script word whose first look-alike is at {@code at}. */
    public static String mixedScriptMessage(String where, String word, int at) {
        char c = word.charAt(at);
        String script = Character.UnicodeScript.of(c) == Character.UnicodeScript.GREEK ? "Greek" : "Cyrillic";
        return where + ": expected one script, found " + quoted(word) + " mixing Latin letters with the " + script
                + String.format(" '%c' (U+%04X) at character %d; the Latin spelling is ", c, (int) c, at + 1)
                + quoted(latin(word));
    }

    /**
     * A value as a message shows it: in quotes, {@linkplain Printable#escape made printable} (no line break or escape
     * sequence reaches a console or report), cut after {@value #SHOWN} characters.
     */
    public static String quoted(String value) {
        String shown = "'" + Printable.escape(value.substring(0, Math.min(value.length(), SHOWN))) + "'";
        return value.length() > SHOWN ? shown + " (" + value.length() + " characters)" : shown;
    }
}
