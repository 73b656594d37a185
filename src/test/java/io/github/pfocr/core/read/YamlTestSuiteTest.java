package io.github.pfocr.core.read;

import io.github.pfocr.core.model.Finding;
import io.github.pfocr.core.model.FindingSink;
import io.github.pfocr.core.model.Rule;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs {@link FrontMatterReader} over every case of the YAML test suite (see its {@code SOURCE.md}), each wrapped as
 * a figure file: {@code ---\n} + {@code in.yaml} + {@code \n---\n}. A case whose text holds a {@code ---} or
 * {@code ...} line is cut there, as Jekyll would cut it; the rest becomes the page body. The reader must never
 * throw or hang, must position every finding, and must reject every case the suite marks {@code error}, except the
 * few listed in {@link #ACCEPTED_ERROR_CASES}.
 */
class YamlTestSuiteTest {

    /**
     * Error cases the reader accepts, each with the reason. Each of these is checked to be accepted still, so the list
     * shrinks when the parser gets stricter. None is due to Jekyll's delimiter cut: every cut error case still fails.
     */
    private static final Map<String, String> ACCEPTED_ERROR_CASES = Map.of(
            // foo: "bar\n\tbaz" -- YAML 1.2 forbids a tab as the indentation of a double-quoted scalar's
            // continuation line; SnakeYAML (YAML 1.1) folds it into the scalar.
            "DK95/01", "SnakeYAML accepts a tab indenting a double-quoted continuation line",
            // A '>' block scalar whose leading empty lines are more indented than its first content line (here
            // the only "content" is a comment): SnakeYAML reads an empty string.
            "S98Z", "SnakeYAML accepts leading empty lines more indented than the block scalar's content",
            // key: "value"# invalid comment -- a '#' right after a closing quote is not a comment in YAML 1.2;
            // SnakeYAML treats it as one.
            "SU5Z", "SnakeYAML accepts a comment without whitespace after a double-quoted scalar");

    private static final Set<String> RULE_IDS = ReadRules.ALL.stream().map(Rule::id).collect(Collectors.toSet());

    private static Path suiteDirectory() {
        String shared = System.getProperty("pfocr.sharedDirectory");
        Path base = Path.of(shared == null || shared.isBlank() ? "../shared" : shared);
        return base.resolve("conformance").resolve("yaml-test-suite");
    }

    /** One case: its id ({@code 2JQS} or {@code SM9W/01}) and its directory. */
    private record Case(String id, Path dir) {
    }

    private static List<Case> cases(Path suite) throws IOException {
        List<Case> out = new ArrayList<>();
        try (Stream<Path> tops = Files.list(suite)) {
            for (Path top : tops.filter(Files::isDirectory).sorted().toList()) {
                String name = top.getFileName().toString();
                if (Files.isRegularFile(top.resolve("in.yaml"))) {
                    out.add(new Case(name, top));
                }
                // numbered sub-cases: SM9W/00, SM9W/01, ...
                try (Stream<Path> subs = Files.list(top)) {
                    for (Path sub : subs.filter(Files::isDirectory).sorted().toList()) {
                        if (sub.getFileName().toString().matches("\\d+") && Files.isRegularFile(sub.resolve("in.yaml"))) {
                            out.add(new Case(name + "/" + sub.getFileName(), sub));
                        }
                    }
                }
            }
        }
        return out;
    }

    private static byte[] wrap(byte[] yaml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("---\n".getBytes(StandardCharsets.UTF_8));
        out.writeBytes(yaml);
        out.writeBytes("\n---\n".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static String title(Case c) {
        try {
            Path t = c.dir().resolve("===");
            return Files.isRegularFile(t) ? Files.readString(t, StandardCharsets.UTF_8).strip() : "";
        } catch (IOException e) {
            return "";
        }
    }

    @TestFactory
    Stream<DynamicTest> everyCase() throws IOException {
        Path suite = suiteDirectory();
        Assumptions.assumeTrue(Files.isDirectory(suite),
                "the YAML test suite is not at " + suite.toAbsolutePath() + " (set -Dpfocr.sharedDirectory)");
        List<Case> cases = cases(suite);
        Assumptions.assumeFalse(cases.isEmpty(), "no case with an in.yaml under " + suite);
        List<String> ids = cases.stream().map(Case::id).toList();
        assertTrue(ids.containsAll(ACCEPTED_ERROR_CASES.keySet()),
                () -> "allow-listed cases missing from the suite: " + ACCEPTED_ERROR_CASES.keySet());
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.id() + " " + title(c), () -> check(c)));
    }

    private static void check(Case c) throws IOException {
        byte[] file = wrap(Files.readAllBytes(c.dir().resolve("in.yaml")));
        boolean error = Files.exists(c.dir().resolve("error"));
        FindingSink sink = new FindingSink(c.id() + ".md");
        // a fresh reader per case: the preemptive timeout runs the read on another thread
        assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> assertDoesNotThrow(() -> new FrontMatterReader(1 << 20).read(file, sink),
                        () -> "FrontMatterReader threw on " + c.id()),
                () -> "FrontMatterReader did not return on " + c.id());
        List<Finding> findings = sink.findings();
        for (Finding f : findings) {
            assertTrue(f.line() >= 1 && f.column() >= 1, () -> c.id() + ": unpositioned finding " + f.toConsoleLine());
            assertTrue(RULE_IDS.contains(f.ruleId()), () -> c.id() + ": unknown rule in " + f.toConsoleLine());
            assertFalse(f.message().isBlank(), () -> c.id() + ": empty message in " + f.toConsoleLine());
        }
        if (!error) {
            return;
        }
        if (ACCEPTED_ERROR_CASES.containsKey(c.id())) {
            assertTrue(findings.isEmpty(), () -> c.id() + " is allow-listed as accepted ("
                    + ACCEPTED_ERROR_CASES.get(c.id()) + ") but is now rejected: remove it from the list. Findings: "
                    + findings.stream().map(Finding::toConsoleLine).toList());
        } else {
            assertFalse(findings.isEmpty(), () -> c.id() + " is marked 'error' in the suite but yields no finding");
        }
    }

    /**
     * Checks the suite's layout, and makes an absent suite show up as a skipped test (an aborted test factory is
     * not counted by surefire).
     */
    @Test
    void suiteIsAvailable() throws IOException {
        Path suite = suiteDirectory();
        Assumptions.assumeTrue(Files.isDirectory(suite),
                "the YAML test suite is not at " + suite.toAbsolutePath() + " (set -Dpfocr.sharedDirectory)");
        List<Case> cases = cases(suite);
        long errors = cases.stream().filter(c -> Files.exists(c.dir().resolve("error"))).count();
        // the 2022-01-17 data branch holds 402 cases (sub-cases included), 94 of them marked 'error'
        assertTrue(cases.size() >= 300, () -> "only " + cases.size() + " cases found under " + suite);
        assertTrue(errors >= 80, () -> "only " + errors + " error cases found under " + suite);
        assertTrue(cases.stream().anyMatch(c -> c.id().contains("/")), "numbered sub-cases are found");
    }

    /**
     * Counts how the reader fares on the whole suite and prints them (also to
     * {@code target/yaml-test-suite-counts.txt}): error cases rejected as expected; valid cases parsed, rejected by
     * the format's own stricter rules, cut at a delimiter line; and parsed cases whose tree differs from the suite's
     * {@code in.json} (YAML 1.2), by kind. Most differences are YAML 1.1 scalar resolution, which Jekyll shares.
     */
    @Test
    void countsAgainstTheSuite() throws IOException {
        Path suite = suiteDirectory();
        Assumptions.assumeTrue(Files.isDirectory(suite), "the YAML test suite is not at " + suite.toAbsolutePath());
        Map<String, Integer> counts = new java.util.TreeMap<>();
        Map<String, List<String>> differing = new java.util.TreeMap<>();
        List<Case> cases = cases(suite);
        for (Case c : cases) {
            byte[] yaml = Files.readAllBytes(c.dir().resolve("in.yaml"));
            FindingSink sink = new FindingSink(c.id() + ".md");
            io.github.pfocr.core.model.MapNode root = new FrontMatterReader(1 << 20).read(wrap(yaml), sink);
            boolean rejected = sink.findings().stream().anyMatch(f -> f.severity() == io.github.pfocr.core.model
                    .Severity.ERROR);
            boolean cut = new String(yaml, StandardCharsets.UTF_8).lines().anyMatch(l -> l.matches("(---|\\.\\.\\.)[ \t]*"));
            if (Files.exists(c.dir().resolve("error"))) {
                counts.merge(rejected ? "error cases rejected as expected" : "error cases accepted (allow-listed)", 1,
                        Integer::sum);
                continue;
            }
            if (cut) {
                counts.merge("valid cases cut at a '---' or '...' line, as Jekyll cuts (not compared)", 1,
                        Integer::sum);
            } else if (rejected) {
                String rules = sink.findings().stream().filter(f -> f.severity() == io.github.pfocr.core.model
                        .Severity.ERROR).map(Finding::ruleId).distinct().sorted().collect(Collectors.joining(","));
                counts.merge("valid cases rejected: " + rules, 1, Integer::sum);
            } else if (!Files.isRegularFile(c.dir().resolve("in.json"))) {
                counts.merge("valid cases parsed, no in.json to compare", 1, Integer::sum);
            } else {
                com.fasterxml.jackson.databind.JsonNode expected;
                try (com.fasterxml.jackson.databind.MappingIterator<com.fasterxml.jackson.databind.JsonNode> it =
                        new com.fasterxml.jackson.databind.ObjectMapper().readerFor(
                                com.fasterxml.jackson.databind.JsonNode.class).readValues(c.dir().resolve("in.json")
                                .toFile())) {
                    expected = it.hasNext() ? it.next() : null;
                }
                String kind = root == null ? "no tree" : Yaml12Comparison.difference(root, expected);
                if (kind == null) {
                    counts.merge("valid cases parsed, same as in.json", 1, Integer::sum);
                } else {
                    counts.merge("valid cases parsed, differing from in.json", 1, Integer::sum);
                    differing.computeIfAbsent(kind, k -> new ArrayList<>()).add(c.id());
                }
            }
        }
        StringBuilder report = new StringBuilder("YAML test suite through the front-matter reader: " + cases.size()
                + " cases\n");
        counts.forEach((k, v) -> report.append(String.format("%5d  %s%n", v, k)));
        report.append("differences from in.json by kind:\n");
        differing.forEach((k, v) -> report.append(String.format("%5d  %s: %s%n", v.size(), k, v)));
        System.out.print(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/yaml-test-suite-counts.txt"), report);
        assertEquals(cases.size(), counts.values().stream().mapToInt(Integer::intValue).sum());
        assertEquals(ACCEPTED_ERROR_CASES.size(), counts.getOrDefault("error cases accepted (allow-listed)", 0));
        assertTrue(counts.getOrDefault("valid cases parsed, same as in.json", 0) > 50, report::toString);
    }

    /** Guards the guard: the allow-list may only name error cases. */
    @TestFactory
    Stream<DynamicTest> allowListNamesOnlyErrorCases() {
        Path suite = suiteDirectory();
        Assumptions.assumeTrue(Files.isDirectory(suite), "the YAML test suite is not at " + suite.toAbsolutePath());
        return ACCEPTED_ERROR_CASES.keySet().stream().sorted().map(id -> DynamicTest.dynamicTest(id, () -> {
            Path dir = suite.resolve(id);
            assertTrue(Files.isRegularFile(dir.resolve("in.yaml")), () -> id + " has no in.yaml");
            assertTrue(Files.exists(dir.resolve("error")), () -> id + " is not an error case");
        }));
    }
}
