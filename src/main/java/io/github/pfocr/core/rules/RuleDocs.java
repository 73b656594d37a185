package io.github.pfocr.core.rules;

import io.github.pfocr.core.model.Rule;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a user reads about a rule besides its one-line description: a compliant and a non-compliant example (from
 * {@code rule-examples.txt} beside this class, kept apart from the rule classes so that adding a rule touches one
 * place per concern), the help text built from them, and the rule's anchor in README.md.
 */
public final class RuleDocs {
    /** A compliant and a non-compliant example; either may span lines. */
    public record Examples(String compliant, String nonCompliant) {
    }

    private static final Map<String, Examples> EXAMPLES = load();

    private RuleDocs() {
    }

    /** The rule's examples, or null when none are written down (RuleDocsTest keeps that from happening). */
    public static Examples examples(String id) {
        return EXAMPLES.get(id);
    }

    /** Every rule id that has examples, in file order. */
    public static Map<String, Examples> all() {
        return EXAMPLES;
    }

    /** The HTML anchor of the rule's row in README.md: {@code rule-<id>}. */
    public static String anchor(String id) {
        return "rule-" + id;
    }

    /** Plain-text help: the description, then both examples. */
    public static String helpText(Rule rule) {
        Examples e = examples(rule.id());
        StringBuilder sb = new StringBuilder(rule.description());
        if (e != null) {
            sb.append("\n\nCompliant:\n").append(indent(e.compliant()))
                    .append("\n\nNon-compliant:\n").append(indent(e.nonCompliant()));
        }
        return sb.toString();
    }

    /** Markdown help: the description, then both examples as code blocks. */
    public static String helpMarkdown(Rule rule) {
        Examples e = examples(rule.id());
        StringBuilder sb = new StringBuilder("**").append(rule.id()).append("** (default ")
                .append(rule.severity().label()).append("): ").append(rule.description());
        if (e != null) {
            sb.append("\n\nCompliant:\n\n```\n").append(e.compliant()).append("\n```\n\nNon-compliant:\n\n```\n")
                    .append(e.nonCompliant()).append("\n```");
        }
        return sb.toString();
    }

    private static String indent(String s) {
        return "    " + s.replace("\n", "\n    ");
    }

    /** Reads {@code [id]} sections of {@code + compliant} and {@code - non-compliant} lines. */
    private static Map<String, Examples> load() {
        Map<String, Examples> out = new LinkedHashMap<>();
        try (InputStream in = RuleDocs.class.getResourceAsStream("rule-examples.txt")) {
            if (in == null) {
                throw new IllegalStateException("rule-examples.txt is missing from the plugin");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String id = null;
            StringBuilder good = new StringBuilder();
            StringBuilder bad = new StringBuilder();
            for (String line = r.readLine(); ; line = r.readLine()) {
                if (line == null || line.startsWith("[")) {
                    if (id != null && out.put(id, new Examples(good.toString(), bad.toString())) != null) {
                        throw new IllegalStateException("rule-examples.txt lists " + id + " twice");
                    }
                    if (line == null) {
                        break;
                    }
                    id = line.substring(1, line.indexOf(']'));
                    good.setLength(0);
                    bad.setLength(0);
                } else if (line.startsWith("+ ") || line.startsWith("- ")) {
                    StringBuilder to = line.charAt(0) == '+' ? good : bad;
                    to.append(to.isEmpty() ? "" : "\n").append(line.substring(2).replace("\\t", "\t"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(out);
    }
}
