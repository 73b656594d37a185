package io.github.pfocr.core.read;

import io.github.pfocr.core.model.ScalarType;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

import java.util.Set;

/**
 * The YAML 1.1 type of a plain scalar, exactly as SnakeYAML's {@link Resolver} gives it, without running its regular
 * expressions on every scalar (a matcher per candidate pattern was about a tenth of a check's CPU). SnakeYAML picks
 * the candidate patterns by the first character; a scalar starting with a letter can only be a boolean or a null,
 * both short fixed word lists, one starting with 1-9 and all digits is an integer, and digits with one point are
 * a float. Every other scalar that SnakeYAML would test against a pattern (its null pattern also takes a lone
 * space) still goes to its resolver. Not thread-safe: one per thread.
 */
final class PlainScalars {
    /** SnakeYAML's BOOL pattern, as words. */
    private static final Set<String> BOOLEANS = Set.of("yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE",
            "false", "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF");
    /** SnakeYAML's NULL pattern for a scalar starting with a letter. */
    private static final Set<String> NULLS = Set.of("null", "Null", "NULL");
    /** The resolver's limit on the length of an integer; a shorter run of digits cannot reach it. */
    private static final int SHORT = 18;

    private final Resolver resolver = new Resolver();

    ScalarType type(String value) {
        if (value.isEmpty()) {
            return ScalarType.NULL;
        }
        char c = value.charAt(0);
        switch (c) {
            case 'y', 'Y', 'n', 'N', 't', 'T', 'f', 'F', 'o', 'O' -> {
                return value.length() > 5 ? ScalarType.STRING : BOOLEANS.contains(value) ? ScalarType.BOOLEAN
                        : NULLS.contains(value) ? ScalarType.NULL : ScalarType.STRING;
            }
            case '1', '2', '3', '4', '5', '6', '7', '8', '9' -> {
                if (value.length() <= SHORT && allDigits(value)) {
                    return ScalarType.INTEGER;
                }
                return value.length() <= SHORT && isDecimal(value) ? ScalarType.FLOAT : resolved(value);
            }
            case '0' -> {
                return value.length() <= SHORT && isDecimal(value) ? ScalarType.FLOAT : resolved(value);
            }
            case '-', '+', '.', '<', '~', '!', '&', '*', ' ', '\0' -> {
                return resolved(value);
            }
            default -> {
                return ScalarType.STRING;
            }
        }
    }

    private ScalarType resolved(String value) {
        return of(resolver.resolve(NodeId.scalar, value, true));
    }

    /** The scalar type of a YAML 1.1 tag; any other tag is a string. */
    static ScalarType of(Tag tag) {
        if (Tag.INT.equals(tag)) {
            return ScalarType.INTEGER;
        } else if (Tag.FLOAT.equals(tag)) {
            return ScalarType.FLOAT;
        } else if (Tag.BOOL.equals(tag)) {
            return ScalarType.BOOLEAN;
        } else if (Tag.NULL.equals(tag)) {
            return ScalarType.NULL;
        } else if (Tag.TIMESTAMP.equals(tag)) {
            return ScalarType.TIMESTAMP;
        }
        return ScalarType.STRING;
    }

    /**
     * Digits, a point, digits or none ({@code 0.72}, a pathway score): no integer pattern takes a point, and the
     * float pattern, tested next, takes this form.
     */
    private static boolean isDecimal(String s) {
        int point = s.indexOf('.');
        return point > 0 && allDigits(s, 0, point) && allDigits(s, point + 1, s.length());
    }

    private static boolean allDigits(String s) {
        return allDigits(s, 0, s.length());
    }

    private static boolean allDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
