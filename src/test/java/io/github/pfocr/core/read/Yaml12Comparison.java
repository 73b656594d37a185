package io.github.pfocr.core.read;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.pfocr.core.model.MapNode;
import io.github.pfocr.core.model.Node;
import io.github.pfocr.core.model.ScalarNode;
import io.github.pfocr.core.model.SeqNode;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * Compares a front-matter tree (YAML 1.1 scalar resolution, as SnakeYAML and Jekyll read it) with the YAML test
 * suite's {@code in.json} (YAML 1.2 core schema) and names the first difference's kind, or null when they agree.
 */
final class Yaml12Comparison {
    private Yaml12Comparison() {
    }

    static String difference(Node ours, JsonNode theirs) {
        Deque<Object[]> todo = new ArrayDeque<>();
        todo.push(new Object[] {ours, theirs});
        while (!todo.isEmpty()) {
            Object[] pair = todo.pop();
            Node n = (Node) pair[0];
            JsonNode j = (JsonNode) pair[1];
            if (j == null) {
                return "structure";
            }
            if (n instanceof MapNode m) {
                if (!j.isObject() || j.size() != m.entries().size()) {
                    return "structure";
                }
                for (MapNode.Entry e : m.entries()) {
                    if (!j.has(e.key().value())) {
                        return "mapping key text (e.g. '?foo' in a flow mapping: YAML 1.1 reads key 'foo')";
                    }
                    todo.push(new Object[] {e.value(), j.get(e.key().value())});
                }
            } else if (n instanceof SeqNode q) {
                if (!j.isArray() || j.size() != q.items().size()) {
                    return "structure";
                }
                Iterator<JsonNode> it = j.elements();
                for (Node item : q.items()) {
                    todo.push(new Object[] {item, it.next()});
                }
            } else {
                String kind = scalar((ScalarNode) n, j);
                if (kind != null) {
                    return kind;
                }
            }
        }
        return null;
    }

    private static String scalar(ScalarNode s, JsonNode j) {
        String v = s.value();
        switch (s.type()) {
            case STRING:
                if (j.isTextual()) {
                    if (j.asText().equals(v)) {
                        return null;
                    }
                    return v.equals(j.asText() + "\n") ? "kept final line break (|+): the wrapping adds a line before "
                            + "the closing '---'" : "string text";
                }
                return "YAML 1.2 " + (j.isNumber() ? "number" : j.isBoolean() ? "boolean" : "null")
                        + " that YAML 1.1 reads as a string";
            case BOOLEAN:
                boolean b = Map.of("true", true, "yes", true, "on", true, "y", true).getOrDefault(
                        v.toLowerCase(Locale.ROOT), false);
                if (j.isBoolean()) {
                    return j.asBoolean() == b ? null : "boolean value";
                }
                return "YAML 1.1 boolean (yes/no/on/off/y/n) that YAML 1.2 reads as a string";
            case NULL:
                return j.isNull() ? null : "YAML 1.1 null that YAML 1.2 reads otherwise";
            case TIMESTAMP:
                return "YAML 1.1 timestamp that YAML 1.2 reads as a string";
            case INTEGER:
            case FLOAT:
                if (!j.isNumber()) {
                    return "YAML 1.1 number (sexagesimal, underscores, 0b/0x, leading 0, '.5'...) that YAML 1.2 "
                            + "reads as a string";
                }
                BigDecimal ours = number(v);
                return ours != null && ours.compareTo(j.decimalValue()) == 0 ? null
                        : "YAML 1.1 number value (a leading 0 is octal in 1.1)";
            default:
                return "omitted node";
        }
    }

    /** A YAML 1.1 number's value, or null when it is not finite or not understood. */
    private static BigDecimal number(String text) {
        String t = text.replace("_", "");
        try {
            if (t.matches("[-+]?0x[0-9a-fA-F]+")) {
                return new BigDecimal(new java.math.BigInteger(t.replaceFirst("0x", ""), 16));
            }
            if (t.matches("[-+]?0[0-7]+")) {
                return new BigDecimal(new java.math.BigInteger(t, 8));
            }
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
