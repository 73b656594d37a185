package io.github.pfocr.core.output;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.pfocr.core.model.Fingerprint;
import io.github.pfocr.core.model.CheckResult;
import io.github.pfocr.core.model.Finding;
import io.github.pfocr.core.model.Severity;
import io.github.pfocr.core.model.Rule;
import io.github.pfocr.core.rules.RuleDocs;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a check result as a SARIF 2.1.0 log that GitHub code scanning accepts: one run, every rule as a
 * {@code reportingDescriptor}, one result per finding located relative to {@code %SRCROOT%}. Nothing in the file
 * depends on the machine or the clock (no absolute paths, no timestamps), so the same result gives the same bytes.
 */
public final class SarifWriter {
    public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    public static final String VERSION = "2.1.0";
    /** The base every artifact URI is relative to: the checked project's base directory. */
    public static final String SRCROOT = "%SRCROOT%";
    /** The key of our entry in {@code partialFingerprints}; bump the version when the hash input changes. */
    public static final String FINGERPRINT_KEY = "pfocr/v1";

    private static final HexFormat HEX = HexFormat.of();

    private SarifWriter() {
    }

    /**
     * Writes {@code target} atomically.
     *
     * @param rules the rules to describe, in this order (normally {@code RuleRegistry.all()}); a result whose rule
     *     is in the list points at it with {@code ruleIndex}
     */
    public static void write(CheckResult result, List<Rule> rules, Path target) throws IOException {
        AtomicFiles.write(target, out -> write(result, rules, out));
    }

    static void write(CheckResult result, List<Rule> rules, OutputStream out) throws IOException {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            index.putIfAbsent(rules.get(i).id(), i);
        }
        try (JsonGenerator g = JsonFiles.prettyGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("$schema", SCHEMA);
            g.writeStringField("version", VERSION);
            g.writeArrayFieldStart("runs");
            g.writeStartObject();
            g.writeObjectFieldStart("tool");
            g.writeObjectFieldStart("driver");
            g.writeStringField("name", ToolInfo.NAME);
            g.writeStringField("version", ToolInfo.VERSION);
            g.writeStringField("informationUri", ToolInfo.URL);
            g.writeArrayFieldStart("rules");
            for (Rule rule : rules) {
                writeRule(g, rule);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
            g.writeArrayFieldStart("results");
            for (Finding f : result.findings()) {
                writeResult(g, f, index.get(f.ruleId()));
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static void writeRule(JsonGenerator g, Rule rule) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", rule.id());
        g.writeStringField("name", ruleName(rule.id()));
        text(g, "shortDescription", rule.description());
        text(g, "fullDescription", rule.description());
        g.writeObjectFieldStart("defaultConfiguration");
        g.writeStringField("level", level(rule.severity()));
        g.writeEndObject();
        // GitHub code scanning rejects a rule without help; the URI leads to the rule's row in the README.
        g.writeStringField("helpUri", ToolInfo.ruleUri(rule.id()));
        g.writeObjectFieldStart("help");
        g.writeStringField("text", RuleDocs.helpText(rule));
        g.writeStringField("markdown", RuleDocs.helpMarkdown(rule));
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void writeResult(JsonGenerator g, Finding f, Integer ruleIndex) throws IOException {
        g.writeStartObject();
        g.writeStringField("ruleId", f.ruleId());
        if (ruleIndex != null) {
            g.writeNumberField("ruleIndex", ruleIndex);
        }
        g.writeStringField("level", level(f.severity()));
        text(g, "message", f.message());
        g.writeArrayFieldStart("locations");
        g.writeStartObject();
        g.writeObjectFieldStart("physicalLocation");
        g.writeObjectFieldStart("artifactLocation");
        g.writeStringField("uri", uri(f.path()));
        g.writeStringField("uriBaseId", SRCROOT);
        g.writeEndObject();
        g.writeObjectFieldStart("region");
        // SARIF positions are 1-based (minimum 1); a finding always has one, the guard keeps the log valid.
        g.writeNumberField("startLine", Math.max(1, f.line()));
        g.writeNumberField("startColumn", Math.max(1, f.column()));
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndArray();
        g.writeObjectFieldStart("partialFingerprints");
        g.writeStringField(FINGERPRINT_KEY, Fingerprint.of(f));
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void text(JsonGenerator g, String field, String text) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeStringField("text", text == null ? "" : text);
        g.writeEndObject();
    }

    /** {@code error}, {@code warning} or {@code note}: SARIF's level names for our severities. */
    static String level(Severity severity) {
        return severity.sarifLevel();
    }

    /** The rule id in UpperCamelCase: {@code figlink-format} becomes {@code FiglinkFormat}. */
    static String ruleName(String id) {
        StringBuilder sb = new StringBuilder(id.length());
        boolean upper = true;
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c == '-' || c == '_' || c == '.') {
                upper = true;
            } else {
                sb.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return sb.toString();
    }

    /**
     * A relative path as a URI reference: every character outside RFC 3986's unreserved set, its sub-delimiters,
     * {@code @} and the {@code /} separator is percent-encoded as UTF-8 ({@code :} too, so that a first segment is
     * never read as a scheme).
     */
    static String uri(String path) {
        StringBuilder sb = new StringBuilder(path.length() + 16);
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~/!$&'()*+,;=@".indexOf(c) >= 0)) {
                sb.append((char) c);
            } else {
                sb.append('%').append(HEX.toHexDigits((byte) c).toUpperCase(Locale.ROOT));
            }
        }
        return sb.toString();
    }
}
