package io.github.pfocr.core.rules;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The inline entity checks test values with plain code instead of a matcher per value: each test must agree with the
 * regular expression its messages show, on every short string over the characters that matter and on random longer
 * ones (fixed seed), and {@link EntityListCheck#mayHaveBlanks} must be true exactly where {@code BLANKS} finds a
 * match.
 */
class EntityFormatsTest {
    private static final String ALPHABET = "ACDZaz09@._-+ \t\u00A0\u2000\u200B\u3000\u0001\u007F\u009F\u00C9\u0661"
            + "hgnc_symbolMESH";

    @Test
    void everyFormatAgreesWithItsPattern() {
        List<String> values = values();
        List<EntityListCheck.Format> formats = new ArrayList<>();
        for (EntityListCheck.ItemSpec spec : List.of(EntityListCheck.GENE, EntityListCheck.IDENTIFIED)) {
            spec.formats().stream().filter(f -> f != null).forEach(formats::add);
        }
        assertEquals(5, formats.size());
        for (EntityListCheck.Format f : formats) {
            int matched = 0;
            for (String v : values) {
                boolean expected = f.pattern().matcher(v).matches();
                assertEquals(expected, f.test().test(v), () -> f.pattern() + " on '" + v + "'");
                matched += expected ? 1 : 0;
            }
            int m = matched;
            assertTrue(m > 0 && m < values.size(), () -> f.pattern() + " matched " + m + " of " + values.size());
        }
    }

    @Test
    void thePreTestForBlanksIsTrueExactlyWhereThePatternFindsOne() {
        int found = 0;
        List<String> values = values();
        for (String v : values) {
            boolean expected = EntityListCheck.BLANKS.matcher(v).find();
            assertEquals(expected, EntityListCheck.mayHaveBlanks(v), () -> "'" + v + "'");
            found += expected ? 1 : 0;
        }
        assertTrue(found > 0 && found < values.size());
    }

    /** Every string of up to three characters of the alphabet, the format's own words, and random longer ones. */
    private static List<String> values() {
        List<String> values = new ArrayList<>(List.of("", "hgnc_symbol", "hgnc_alias_symbol", "hgnc_prev_symbol",
                "bioentities_symbol", "hgnc_symbolx", "MESH", "MESHx", "C123456", "D123456789", "D1234567890",
                "C12345", "TP53", "HLA-DRB1", "tP53", "123", "\u0661\u0662"));
        for (int a = -1; a < ALPHABET.length(); a++) {
            for (int b = -1; b < ALPHABET.length(); b++) {
                for (int c = 0; c < ALPHABET.length(); c++) {
                    values.add((a < 0 ? "" : ALPHABET.charAt(a) + "") + (b < 0 ? "" : ALPHABET.charAt(b) + "")
                            + ALPHABET.charAt(c));
                }
            }
        }
        Random random = new Random(42);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder sb = new StringBuilder(random.nextBoolean() ? "C" : "D");
            int length = random.nextInt(14);
            for (int i = 0; i < length; i++) {
                sb.append(random.nextInt(4) > 0 ? (char) ('0' + random.nextInt(10))
                        : ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            values.add(sb.toString());
            values.add(sb.substring(1));
        }
        return values;
    }
}
