package io.github.pfocr.core.output;

import io.github.pfocr.testing.ReportSchemas;
import io.github.pfocr.core.model.Fingerprint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.ValidationMessage;
import io.github.pfocr.core.model.CheckResult;
import io.github.pfocr.core.model.Finding;
import io.github.pfocr.core.model.Severity;
import io.github.pfocr.core.model.Generation;
import io.github.pfocr.core.model.Rule;
import io.github.pfocr.core.rules.RuleRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The SARIF log: valid against the official 2.1.0 schema, complete, located, fingerprinted, reproducible. */
class SarifWriterTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    static final Finding FIGID = new Finding("_figures/PMC1__a b.md", 3, 5, Severity.ERROR, "figid-filename",
            "figid: expected 'PMC1__a b', found 'PMC1__x: y, z'", "PMC1__a b", "PMC1__a b", "PMC1__x: y, z");
    static final Finding FIGLINK = new Finding("_figures/PMC2__ü%#?.md", 7, 3, Severity.WARNING, "figlink-format",
            "figlink: 50% off,\r\nsecond | line: é", "PMC2__ü%#?", null, null);
    static final Finding UNLISTED = new Finding("_figures/PMC2__ü%#?.md", 1, 1, Severity.ERROR, "no-such-rule",
            "made up", null, null, null);
    static final Finding TSV = new Finding("_data/PMC1__a b-genes.tsv", 2, 1, Severity.WARNING, "tsv-whitespace",
            "word ' TP53' has leading or trailing whitespace", "PMC1__a b", "TP53", " TP53");

    static CheckResult result(List<Finding> findings) {
        return new CheckResult(findings, 2, Map.of(Generation.G2B, 1), 1, 0,
                List.of("_data/PMC1__a b-genes.tsv", "_figures/PMC1__a b.md", "_figures/PMC2__ü%#?.md"),
                Duration.ofMillis(1234));
    }

    private JsonNode write(CheckResult result, List<Rule> rules, String name) throws IOException {
        Path file = temp.resolve(name);
        SarifWriter.write(result, rules, file);
        return JSON.readTree(file.toFile());
    }

    static JsonSchema schema() {
        return ReportSchemas.sarifSchema();
    }

    @Test
    void validatesAgainstTheSarifSchema() throws IOException {
        JsonNode log = write(result(List.of(TSV, FIGID, FIGLINK, UNLISTED)), RuleRegistry.all(), "a.sarif");
        JsonSchema schema = schema();
        assertEquals(Set.of(), schema.validate(log));

        // The validation is not vacuous: a relative URI with a space and a rule index below -1 are rejected.
        ObjectNode broken = log.deepCopy();
        ObjectNode result = (ObjectNode) broken.at("/runs/0/results/0");
        result.put("ruleIndex", -2);
        ((ObjectNode) result.at("/locations/0/physicalLocation/artifactLocation")).put("uri", "a b.md");
        Set<ValidationMessage> messages = schema.validate(broken);
        assertEquals(2, messages.size(), messages.toString());
    }

    @Test
    void describesEveryRuleOnce() throws IOException {
        List<Rule> all = RuleRegistry.all();
        JsonNode log = write(result(List.of()), all, "a.sarif");
        assertEquals("https://json.schemastore.org/sarif-2.1.0.json", log.get("$schema").asText());
        assertEquals("2.1.0", log.get("version").asText());
        assertEquals(1, log.get("runs").size());
        JsonNode driver = log.at("/runs/0/tool/driver");
        assertEquals(ToolInfo.NAME, driver.get("name").asText());
        assertEquals(ToolInfo.VERSION, driver.get("version").asText());
        assertEquals("https://github.com/pfocr/pfocr-maven-plugin", driver.get("informationUri").asText());
        JsonNode rules = driver.get("rules");
        assertEquals(all.size(), rules.size());
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < all.size(); i++) {
            Rule rule = all.get(i);
            JsonNode d = rules.get(i);
            assertTrue(ids.add(d.get("id").asText()), "once: " + rule.id());
            assertEquals(rule.id(), d.get("id").asText());
            assertEquals(rule.description(), d.at("/shortDescription/text").asText());
            assertEquals(rule.description(), d.at("/fullDescription/text").asText());
            assertEquals(switch (rule.severity()) {
                case ERROR -> "error";
                case WARNING -> "warning";
                case INFO -> "note";
            }, d.at("/defaultConfiguration/level").asText(), rule.id());
            // GitHub code scanning requires help (text and markdown) on every rule; helpUri is the README row.
            assertEquals("https://github.com/pfocr/pfocr-maven-plugin#rule-" + rule.id(), d.get("helpUri").asText());
            String text = d.at("/help/text").asText();
            String markdown = d.at("/help/markdown").asText();
            assertTrue(text.startsWith(rule.description()) && text.contains("\nCompliant:\n")
                    && text.contains("\nNon-compliant:\n"), rule.id() + ": " + text);
            assertTrue(markdown.contains(rule.description()) && markdown.contains("Compliant:\n\n```\n")
                    && markdown.contains("Non-compliant:\n\n```\n"), rule.id() + ": " + markdown);
            assertTrue(d.get("name").asText().matches("([A-Z][a-z0-9]*)+"), d.get("name").asText());
        }
        assertEquals(0, log.at("/runs/0/results").size());
        JsonNode figlink = rules.get(indexOf(all, "figlink-format"));
        assertEquals("FiglinkFormat", figlink.get("name").asText());
        assertEquals("warning", figlink.at("/defaultConfiguration/level").asText());
        assertEquals("error", rules.get(indexOf(all, "figid-filename")).at("/defaultConfiguration/level").asText());
        assertEquals("PmcRankedResultIndexFormat", SarifWriter.ruleName("pmc-ranked-result-index-format"));
        assertTrue(figlink.at("/help/markdown").asText().contains("figlink: pmc/articles/PMC1/figure/F2"),
                "the non-compliant example of figlink-format");
    }

    @Test
    void resultsPointAtTheirRulesAndLocations() throws IOException {
        List<Rule> all = RuleRegistry.all();
        List<Finding> findings = List.of(TSV, FIGID, FIGLINK, UNLISTED);
        JsonNode log = write(result(findings), all, "a.sarif");
        JsonNode results = log.at("/runs/0/results");
        assertEquals(findings.size(), results.size());
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            JsonNode r = results.get(i);
            assertEquals(f.ruleId(), r.get("ruleId").asText());
            assertEquals(f.severity().label(), r.get("level").asText());
            assertEquals(f.message(), r.at("/message/text").asText());
            assertEquals(1, r.get("locations").size());
            JsonNode loc = r.at("/locations/0/physicalLocation");
            assertEquals("%SRCROOT%", loc.at("/artifactLocation/uriBaseId").asText());
            assertEquals(f.line(), loc.at("/region/startLine").asInt());
            assertEquals(f.column(), loc.at("/region/startColumn").asInt());
            assertEquals(1, r.get("partialFingerprints").size());
            assertEquals(Fingerprint.of(f), r.at("/partialFingerprints/pfocr~1v1").asText());
            if (f == UNLISTED) {
                assertNull(r.get("ruleIndex"), "a rule that is not described has no index");
            } else {
                int index = r.get("ruleIndex").asInt();
                assertEquals(f.ruleId(), log.at("/runs/0/tool/driver/rules/" + index + "/id").asText());
                assertEquals(indexOf(all, f.ruleId()), index);
            }
        }
        assertEquals("_data/PMC1__a%20b-genes.tsv", uri(results.get(0)));
        assertEquals("_figures/PMC1__a%20b.md", uri(results.get(1)));
        assertEquals("_figures/PMC2__%C3%BC%25%23%3F.md", uri(results.get(2)));
        assertEquals("figlink: 50% off,\r\nsecond | line: é", results.get(2).at("/message/text").asText());

        // A shorter rule list: indexes follow it.
        List<Rule> two = List.of(RuleRegistry.byId("tsv-whitespace"), RuleRegistry.byId("figid-filename"));
        JsonNode small = write(result(findings), two, "b.sarif");
        assertEquals(2, small.at("/runs/0/tool/driver/rules").size());
        assertEquals(0, small.at("/runs/0/results/0/ruleIndex").asInt());
        assertEquals(1, small.at("/runs/0/results/1/ruleIndex").asInt());
        assertTrue(small.at("/runs/0/results/2/ruleIndex").isMissingNode());
        assertEquals(Set.of(), schema().validate(small));
    }

    @Test
    void uriEscaping() {
        assertEquals("_figures/a.md", SarifWriter.uri("_figures/a.md"));
        assertEquals("a%3Ab/c%20d/%E2%82%AC+(1)~x@y", SarifWriter.uri("a:b/c d/€+(1)~x@y"));
        assertEquals("%5C%22%3C%3E%5B%5D%7B%7D%60%5E%7C%25", SarifWriter.uri("\\\"<>[]{}`^|%"));
    }

    @Test
    void fingerprintsIgnoreTheLineButNotTheValue() throws IOException {
        Finding moved = new Finding(FIGID.path(), 30, 9, FIGID.severity(), FIGID.ruleId(), FIGID.message(),
                FIGID.figid(), FIGID.expected(), FIGID.value());
        Finding otherValue = new Finding(FIGID.path(), FIGID.line(), FIGID.column(), FIGID.severity(),
                FIGID.ruleId(), FIGID.message(), FIGID.figid(), FIGID.expected(), "PMC1__other");
        Finding otherPath = new Finding("_figures/PMC1__a c.md", FIGID.line(), FIGID.column(), FIGID.severity(),
                FIGID.ruleId(), FIGID.message(), FIGID.figid(), FIGID.expected(), FIGID.value());
        Finding otherMessage = new Finding(FIGLINK.path(), FIGLINK.line(), FIGLINK.column(), FIGLINK.severity(),
                FIGLINK.ruleId(), "figlink: something else", FIGLINK.figid(), null, null);
        JsonNode log = write(result(List.of(FIGID, moved, otherValue, otherPath, FIGLINK, otherMessage)),
                RuleRegistry.all(), "a.sarif");
        JsonNode results = log.at("/runs/0/results");
        String a = fingerprint(results.get(0));
        assertEquals(a, fingerprint(results.get(1)), "same finding on another line");
        assertNotEquals(a, fingerprint(results.get(2)), "another value");
        assertNotEquals(a, fingerprint(results.get(3)), "another file");
        assertNotEquals(fingerprint(results.get(4)), fingerprint(results.get(5)), "no value: the message counts");
        assertEquals(Fingerprint.of(FIGID), a, "the baseline's fingerprint");
    }

    @Test
    void twoWritesGiveIdenticalBytes() throws IOException {
        CheckResult result = result(List.of(TSV, FIGID, FIGLINK, UNLISTED));
        Path a = temp.resolve("a.sarif");
        Path b = temp.resolve("sub/b.sarif");
        SarifWriter.write(result, RuleRegistry.all(), a);
        SarifWriter.write(new CheckResult(result.findings(), 2, Map.of(Generation.G2B, 1), 1, 0, result.files(),
                Duration.ofHours(3)), RuleRegistry.all(), b);
        byte[] bytes = Files.readAllBytes(a);
        assertArrayEquals(bytes, Files.readAllBytes(b));
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertFalse(text.contains("\r"), "LF line ends; CR only escaped inside strings");
        assertTrue(text.endsWith("}\n"));
        assertTrue(text.startsWith("{\n  \"$schema\" : \"https://json.schemastore.org/sarif-2.1.0.json\",\n"));
        assertTrue(text.contains("second | line: é"), "UTF-8, not \\u escapes");
        assertFalse(text.contains(temp.toString()), "no absolute paths");
        try (var files = Files.list(temp)) {
            assertEquals(List.of(a.getFileName().toString(), "sub"),
                    files.map(p -> p.getFileName().toString()).sorted().toList(), "no temporary file left");
        }
    }

    private static String uri(JsonNode result) {
        return result.at("/locations/0/physicalLocation/artifactLocation/uri").asText();
    }

    private static String fingerprint(JsonNode result) {
        return result.get("partialFingerprints").get("pfocr/v1").asText();
    }

    private static int indexOf(List<Rule> rules, String id) {
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new AssertionError(id);
    }
}
