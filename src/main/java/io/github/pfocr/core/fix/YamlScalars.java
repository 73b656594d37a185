package io.github.pfocr.core.fix;

import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

import java.util.Locale;

/**
 * Writes a string as a YAML scalar that reads back as exactly that string, under YAML 1.1 as Jekyll reads it, in
 * any block context: plain when that is unambiguous (as the R generators write), else single-quoted, else
 * double-quoted with escapes. A value can never add a key, an item or a comment to the file.
 */
public final class YamlScalars {
    /** Characters that may not start a plain scalar (YAML 1.1 indicators, quotes, and '-' / '?' / ':'). */
    private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";

    private YamlScalars() {
    }

    public static String render(String value) {
        return isPlainSafe(value) ? value : quoted(value);
    }

    /** Quoted even when plain would do: inside a flow collection, where ',' ']' '}' end a plain scalar. */
    public static String quoted(String value) {
        if (value.codePoints().allMatch(c -> c == '\t' || isPrintable(c) && !isLineBreak(c))) {
            return "'" + value.replace("'", "''") + "'";
        }
        return doubleQuoted(value);
    }

    private static boolean isPlainSafe(String v) {
        if (v.isEmpty() || INDICATORS.indexOf(v.charAt(0)) >= 0 || v.charAt(0) == ' '
                || v.charAt(v.length() - 1) == ' ' || v.endsWith(":") || v.contains(": ") || v.contains(" #")) {
            return false;
        }
        if (!v.codePoints().allMatch(c -> c != '\t' && isPrintable(c) && !isLineBreak(c) && c != 0xFEFF)) {
            return false;
        }
        // 1956, yes, ~, 2019-01-01 ... would change type; a new Resolver per call keeps this thread-safe.
        return Tag.STR.equals(new Resolver().resolve(NodeId.scalar, v, true));
    }

    private static String doubleQuoted(String value) {
        StringBuilder b = new StringBuilder(value.length() + 8).append('"');
        value.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (isPrintable(c) && !isLineBreak(c) && c != 0xFEFF) {
                        b.appendCodePoint(c);
                    } else if (c <= 0xFF) {
                        b.append(String.format(Locale.ROOT, "\\x%02X", c));
                    } else if (c <= 0xFFFF) {
                        b.append(String.format(Locale.ROOT, "\\u%04X", c));
                    } else {
                        b.append(String.format(Locale.ROOT, "\\U%08X", c));
                    }
                }
            }
        });
        return b.append('"').toString();
    }

    /** YAML's c-printable, less tab and line feed, which the callers treat themselves. */
    private static boolean isPrintable(int c) {
        return c >= 0x20 && c <= 0x7E || c == 0x85 || c >= 0xA0 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
                || c >= 0x10000 && c <= 0x10FFFF;
    }

    /** YAML 1.1 line breaks besides \n and \r, which SnakeYAML (and Psych) fold inside a quoted scalar. */
    private static boolean isLineBreak(int c) {
        return c == '\n' || c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029;
    }
}
