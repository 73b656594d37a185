package io.github.pfocr.core.read;

import io.github.pfocr.core.model.ScalarType;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.resolver.Resolver;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@link PlainScalars} must type every plain scalar exactly as SnakeYAML's YAML 1.1 {@link Resolver} does: compared
 * on every short string over the characters the resolver's patterns look at, on case and length variants of its
 * words, on runs of digits around the shortcut's length limit, and on random longer strings (fixed seed).
 */
class PlainScalarsTest {
    /** What the resolver's patterns distinguish: digits, signs, separators, the letters of its words, others. */
    private static final String ALPHABET = "0123456789+-._:xXbBeEoOnNyYtTfFaAlLsSuUrRiIqZ~<!&* \tw\u00e9";
    private static final String[] WORDS = {"yes", "no", "true", "false", "on", "off", "null", "y", "n", "nan", "inf",
            "NaN", ".inf", "-.inf", ".NaN", "<<", "~", "!", "&", "*", "="};

    private final PlainScalars fast = new PlainScalars();
    private final Resolver snakeYaml = new Resolver();

    @Test
    void everyShortStringIsTypedAsSnakeYamlTypesIt() {
        List<String> values = new ArrayList<>(List.of(""));
        for (int length = 1; length <= 3; length++) {
            int[] at = new int[length];
            while (true) {
                StringBuilder sb = new StringBuilder();
                for (int i : at) {
                    sb.append(ALPHABET.charAt(i));
                }
                values.add(sb.toString());
                int k = length - 1;
                while (k >= 0 && ++at[k] == ALPHABET.length()) {
                    at[k--] = 0;
                }
                if (k < 0) {
                    break;
                }
            }
        }
        assertSameTypes(values);
    }

    @Test
    void wordsInEveryCaseAndWithAnythingAroundThemAreTypedAsSnakeYamlTypesThem() {
        List<String> values = new ArrayList<>();
        for (String word : WORDS) {
            for (int mask = 0; mask < 1 << word.length(); mask++) {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < word.length(); i++) {
                    char c = word.charAt(i);
                    sb.append((mask & 1 << i) != 0 ? Character.toUpperCase(c) : c);
                }
                String w = sb.toString();
                values.addAll(List.of(w, w + "s", w + " ", "x" + w, w + w, w + "1", "1" + w));
            }
        }
        assertSameTypes(values);
    }

    @Test
    void runsOfDigitsOfEveryLengthAreTypedAsSnakeYamlTypesThem() {
        List<String> values = new ArrayList<>();
        StringBuilder digits = new StringBuilder();
        Random random = new Random(7);
        for (int length = 1; length <= 1100; length++) {
            digits.append((char) ('0' + random.nextInt(10)));
            String d = digits.toString();
            values.addAll(List.of(d, "9" + d.substring(1), "0" + d.substring(1), "-" + d, d + "x", d + ".5",
                    d + ":30", "1_" + d));
        }
        assertSameTypes(values);
    }

    @Test
    void decimalsAndTheirNeighboursAreTypedAsSnakeYamlTypesThem() {
        List<String> values = new ArrayList<>();
        for (String d : List.of("0", "00", "7", "0123", "9".repeat(17), "0".repeat(18), "1_0", "")) {
            for (String f : List.of("", "5", "722965", "0".repeat(18), "5e3", "5_1", ".5", "5:30", "x")) {
                values.addAll(List.of(d + "." + f, "0" + d + "." + f, d + "." + f + ".", d + ".." + f));
            }
        }
        assertSameTypes(values);
    }

    @Test
    void randomStringsAreTypedAsSnakeYamlTypesThem() {
        Random random = new Random(0xC0FFEE);
        List<String> values = new ArrayList<>();
        for (int n = 0; n < 200_000; n++) {
            int length = 1 + random.nextInt(random.nextBoolean() ? 6 : 30);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < length; i++) {
                sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            values.add(sb.toString());
        }
        for (String date : List.of("2020-01-02", "2020-1-2 10:00:00", "2020-01-02T10:00:00.5Z", "2020-01-02 10:00:00 +1")) {
            values.add(date);
            values.add(date + "x");
        }
        assertSameTypes(values);
    }

    @Test
    void theTypesThatMatterToTheFormat() {
        assertEquals(ScalarType.BOOLEAN, fast.type("NO"));
        assertEquals(ScalarType.STRING, fast.type("NOPE"));
        assertEquals(ScalarType.NULL, fast.type("Null"));
        assertEquals(ScalarType.STRING, fast.type("nULL"));
        assertEquals(ScalarType.NULL, fast.type(""));
        assertEquals(ScalarType.INTEGER, fast.type("3716"));
        assertEquals(ScalarType.INTEGER, fast.type("0123"));
        assertEquals(ScalarType.STRING, fast.type("0189"));
        assertEquals(ScalarType.FLOAT, fast.type("1.5"));
        assertEquals(ScalarType.FLOAT, fast.type("0.722965"));
        assertEquals(ScalarType.FLOAT, fast.type("00."));
        assertEquals(ScalarType.STRING, fast.type("0.5.1"));
        assertEquals(ScalarType.STRING, fast.type("0.5x"));
        assertEquals(ScalarType.TIMESTAMP, fast.type("2020-01-02"));
        assertEquals(ScalarType.STRING, fast.type("TP53"));
        assertEquals(ScalarType.STRING, fast.type("9".repeat(1025)));
    }

    /** Every value typed alike, and the values cover every type (so a comparison that always agreed would show). */
    private void assertSameTypes(List<String> values) {
        Set<ScalarType> seen = EnumSet.noneOf(ScalarType.class);
        for (String v : values) {
            ScalarType expected = PlainScalars.of(snakeYaml.resolve(NodeId.scalar, v, true));
            assertEquals(expected, fast.type(v), () -> "scalar '" + v + "'");
            seen.add(expected);
        }
        assertEquals(true, seen.contains(ScalarType.STRING) && seen.size() > 1, () -> "types seen: " + seen);
    }
}
