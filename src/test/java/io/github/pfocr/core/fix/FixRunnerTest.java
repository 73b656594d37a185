package io.github.pfocr.core.fix;

import io.github.pfocr.core.engine.CheckRequest;
import io.github.pfocr.core.engine.CheckRunner;
import io.github.pfocr.core.model.Finding;
import io.github.pfocr.core.model.Severity;
import io.github.pfocr.core.model.TsvKind;
import io.github.pfocr.core.rules.RuleRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static io.github.pfocr.core.rules.RecordFixtures.G1A;
import static io.github.pfocr.core.rules.RecordFixtures.G1B;
import static io.github.pfocr.core.rules.RecordFixtures.G1B_NAME;
import static io.github.pfocr.core.rules.RecordFixtures.G2A;
import static io.github.pfocr.core.rules.RecordFixtures.G2B;
import static io.github.pfocr.core.rules.RecordFixtures.G2B_NAME;
import static io.github.pfocr.core.rules.RecordFixtures.G2_TABLES;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * pfocr:fix end to end on one-record repositories made from the valid fixtures of every generation: each case
 * breaks the record, fixes it and expects the exact bytes of the repaired record (usually the fixture itself),
 * then a clean check and a second fix that changes nothing.
 */
class FixRunnerTest {
    private static final String UUID = "0626a9a9-df0c-11ea-99da-0ac135e8bacf";

    @TempDir
    Path repo;

    /** A fixture of one generation: its text, file name and tables. */
    record Gen(String label, String text, String name, Map<TsvKind, String> tables) {
        String pmcid() {
            return name.substring(0, name.indexOf("__"));
        }

        @Override
        public String toString() {
            return label;
        }
    }

    static final Gen GEN_G1A = new Gen("G1a", G1A, G1B_NAME, Map.of());
    static final Gen GEN_G1B = new Gen("G1b", G1B, G1B_NAME, Map.of());
    static final Gen GEN_G2A = new Gen("G2a", G2A, G2B_NAME, G2_TABLES);
    static final Gen GEN_G2B = new Gen("G2b", G2B, G2B_NAME, G2_TABLES);
    static final List<Gen> ALL = List.of(GEN_G1A, GEN_G1B, GEN_G2A, GEN_G2B);
    static final List<Gen> WITH_ALIAS = List.of(GEN_G1B, GEN_G2A, GEN_G2B);

    /**
     * One repair: the broken record (a text replacement of the fixture), the rule it breaks, and the repaired
     * bytes (the fixture, unless {@code after} replaces something in it).
     */
    record Case(String rule, Gen gen, String from, String to, String afterFrom, String afterTo,
            Map<String, String> dataFiles) {
        @Override
        public String toString() {
            return rule + " " + gen + " (" + from.strip() + " -> " + to.strip() + ")";
        }

        String before() {
            assertTrue(gen.text().contains(from), "fixture lacks " + from);
            return gen.text().replace(from, to);
        }

        String after() {
            return gen.text().replace(afterFrom, afterTo);
        }
    }

    private static Case c(String rule, Gen gen, String from, String to) {
        return new Case(rule, gen, from, to, "", "", Map.of());
    }

    static Stream<Case> repairs() {
        List<Case> cases = new ArrayList<>();
        for (Gen g : WITH_ALIAS) {
            String pmc = g.pmcid();
            String number = g == GEN_G1B ? "F2" : "F3";
            cases.add(c("figid-alias-number", g, "figid_alias: " + pmc + "__" + number + "\n",
                    "figid_alias: " + pmc + "__F9\n"));
            cases.add(c("redirect-from-alias", g, "redirect_from: /figures/" + pmc + "__" + number + "\n",
                    "redirect_from: \"/figures/old\"\n"));
            cases.add(c("figtype-number", g, "figtype: Figure\n", "figtype: Scheme\n"));
        }
        for (Gen g : ALL) {
            cases.add(c("jsonld-id", g, "figures/" + g.name() + ".html", "figures/" + g.name() + "-old.html"));
            String caption = g.text().lines().filter(l -> l.startsWith("caption: ")).findFirst().orElseThrow()
                    .substring(9);
            cases.add(c("jsonld-description", g, "  description: " + caption + "\n",
                    "  description: An older\n    caption, folded over lines\n"));
            cases.add(c("jsonld-constant", g, "  license: CC0\n", "  license: 'CC-BY'\n"));
            cases.add(c("figlink-format", g, "figlink: /pmc", "figlink: pmc"));
            String figlink = g.text().lines().filter(l -> l.startsWith("figlink: ")).findFirst().orElseThrow();
            cases.add(c("figlink-trailing-slash", g, figlink + "\n", figlink.substring(0, figlink.length() - 1) + "\n"));
            cases.add(c("ndex-present", g, "ndex: ''\n", ""));
            cases.add(new Case("ndex-map", g, "", "", "ndex: ''", "ndex: " + UUID,
                    Map.of("_data/ndex_map.tsv", g.name() + "\t" + UUID + "\n")));
            cases.add(new Case("ndex-map", g, "ndex: ''\n", "", "ndex: ''", "ndex: " + UUID,
                    Map.of("_data/ndex_map.tsv", g.name() + "\t" + UUID + "\n")));
            cases.add(new Case("wpid-map", g, "", "", "\n---\n", "\nwpid: WP5382\n---\n",
                    Map.of("_data/wpid_map.tsv", g.name() + "\tWP5382\n")));
            cases.add(new Case("wpid-map", g, "\n---\n", "\nwpid: WP17\n---\n", "\n---\n", "\nwpid: WP5382\n---\n",
                    Map.of("_data/wpid_map.tsv", g.name() + "\tWP5382\n")));
            cases.add(c("organisms-scalar", g, "organisms:\n- Homo sapiens\n", "organisms: Homo sapiens\n"));
        }
        for (Gen g : List.of(GEN_G1A, GEN_G1B)) {
            cases.add(c("keywords-entities", g, "  - KRAS\n", ""));
            cases.add(c("keywords-order", g, "  - EGFR\n  - KRAS\n", "  - KRAS\n  - EGFR\n"));
            cases.add(c("keywords-entities", g, "  keywords:\n  - EGFR\n  - KRAS\n  - Glucose\n  - Diabetes\n", ""));
        }
        for (Gen g : List.of(GEN_G2A, GEN_G2B)) {
            cases.add(c("keywords-tsv", g, "  - MAPK8\n", ""));
            cases.add(c("keywords-tsv", g, "  - Hydrogen peroxide\n", "  - Hydrogen peroxide\n  - Stale\n"));
            cases.add(c("keywords-order", g, "  - TP53\n  - MAPK8\n", "  - MAPK8\n  - TP53\n"));
            cases.add(c("keywords-tsv", g, "  keywords:\n  - TP53\n  - MAPK8\n  - Hydrogen peroxide\n",
                    "  keywords: [TP53]\n"));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("repairs")
    void repairsExactly(Case c) throws IOException {
        Path file = write(c.gen(), c.before(), c.dataFiles());
        assertTrue(rules(check()).contains(c.rule()), "the broken record reports " + c.rule() + ": " + check());
        // An info finding (a generation's normal style) is repaired only when its rule is named.
        Set<String> named = RuleRegistry.byId(c.rule()).severity() == Severity.INFO ? Set.of(c.rule()) : Set.of();
        if (!named.isEmpty()) {
            assertEquals(List.of(), fix(Set.of(), false).files(), "an info finding is not repaired by default");
        }

        FixResult result = fix(named, false);

        assertEquals(c.after(), Files.readString(file, StandardCharsets.UTF_8));
        assertEquals(1, result.files().size());
        assertTrue(result.files().get(0).repaired().stream().anyMatch(f -> f.ruleId().equals(c.rule())));
        assertEquals(List.of(), check().stream().map(Finding::toConsoleLine).toList());
        FixResult again = fix(named, false);
        assertEquals(List.of(), again.files(), "a second fix changes nothing");
        assertEquals(c.after(), Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void everyRepairableRuleHasACase() {
        Set<String> covered = new java.util.TreeSet<>();
        repairs().forEach(c -> covered.add(c.rule()));
        assertEquals(new java.util.TreeSet<>(Repairs.ruleIds()), covered);
    }

    @Test
    void crlfFileKeepsItsLineEndingsAndUntouchedBytes() throws IOException {
        String crlf = G2B.replace("\n", "\r\n");
        String broken = crlf.replace("figtype: Figure\r\n", "figtype: Scheme\r\n")
                .replace("  - MAPK8\r\n", "")
                .replace("ndex: ''\r\n", "");
        Path file = write(GEN_G2B, broken, Map.of("_data/wpid_map.tsv", G2B_NAME + "\tWP5382\r\n"));

        FixResult result = fix(Set.of(), false);

        assertEquals(crlf.replace("\r\n---\r\n", "\r\nwpid: WP5382\r\n---\r\n"),
                Files.readString(file, StandardCharsets.UTF_8));
        assertEquals(4, result.repairedCount());
        assertEquals(List.of(), check());
    }

    @Test
    void dryRunChangesNothingAndDescribesTheChange() throws IOException {
        String broken = G1B.replace("figtype: Figure\n", "figtype: Scheme\n").replace("ndex: ''\n", "");
        Path file = write(GEN_G1B, broken, Map.of());
        byte[] before = Files.readAllBytes(file);

        FixResult result = fix(Set.of(), true);

        assertArrayEquals(before, Files.readAllBytes(file));
        String path = "_figures/" + G1B_NAME + ".md";
        assertEquals(List.of(
                "--- a/" + path,
                "+++ b/" + path,
                "@@ -13,6 +13,7 @@",
                " year: '2019'",
                " organisms:",
                " - Homo sapiens",
                "+ndex: ''",
                " annotations: []",
                " seo: CreativeWork",
                " schema-jsonld:",
                "@@ -51,5 +52,5 @@",
                "   identifier: D003920",
                " figid_alias: PMC9200001__F2",
                " redirect_from: /figures/PMC9200001__F2",
                "-figtype: Scheme",
                "+figtype: Figure",
                " ---"), result.files().get(0).diff());
        assertEquals(2, result.repairedCount());
        assertTrue(rules(check()).contains("figtype-number"), "the finding is still there");
    }

    @Test
    void dryRunEscapesControlCharactersInTheDiff() throws IOException {
        String broken = G1B.replace("  description: A made-up signalling cascade from receptor to nucleus.",
                "  description: Old\ttext \u202E end");
        write(GEN_G1B, broken, Map.of());

        FixResult result = fix(Set.of(), true);

        List<String> diff = result.files().get(0).diff();
        assertTrue(diff.contains("-  description: Old\\ttext \\u202E end"), String.join("\n", diff));
        assertTrue(diff.stream().noneMatch(l -> l.chars().anyMatch(ch -> ch < 0x20 || ch == 0x202E)),
                "no raw control character");
    }

    @Test
    void hostileCaptionIsWrittenAsOneValueThatReadsBack() throws IOException {
        String caption = "\"Line one\\nkey: value # not a comment\\n- item\\t'quoted' \\\"dq\\\" \\x01 \\u2028 end \"";
        Path file = write(GEN_G2B, G2B.replace(
                "caption: Schematic of a made-up stress response in cultured cells.", "caption: " + caption),
                Map.of());

        fix(Set.of(), false);

        assertTrue(Files.readString(file, StandardCharsets.UTF_8).contains("  description: " + caption + "\n"));
        assertEquals(List.of(), check());
    }

    @Test
    void malformedMapLineIsReportedNotApplied() throws IOException {
        Path file = write(GEN_G2B, G2B, Map.of("_data/wpid_map.tsv", G2B_NAME + "  WP5382\n",
                "_data/ndex_map.tsv", G2B_NAME + "\tnot-a-uuid\n"));

        FixResult result = fix(Set.of(), false);

        assertEquals(G2B, Files.readString(file, StandardCharsets.UTF_8));
        assertEquals(List.of(), result.files());
        assertEquals(List.of("map-line-format", "map-line-format"), check().stream().map(Finding::ruleId).toList());
    }

    @Test
    void rulesLimitTheRepairs() throws IOException {
        String broken = G1B.replace("figtype: Figure\n", "figtype: Scheme\n").replace("license: CC0", "license: X");
        Path file = write(GEN_G1B, broken, Map.of());

        FixResult result = fix(Set.of("jsonld-constant"), false);

        assertEquals(broken.replace("license: X", "license: CC0"), Files.readString(file, StandardCharsets.UTF_8));
        assertEquals(1, result.repairedCount());
        assertEquals(List.of("figtype-number"), rules(check()));
    }

    @Test
    void partialSelectionTouchesOnlyTheIncludedFiles() throws IOException {
        Path included = write(GEN_G2B, G2B.replace("figtype: Figure", "figtype: Scheme"), Map.of());
        String other = G1B.replace("figtype: Figure", "figtype: Scheme");
        Path excluded = repo.resolve("_figures/" + G1B_NAME + ".md");
        Files.writeString(excluded, other, StandardCharsets.UTF_8);
        CheckRequest request = CheckRequest.defaults(repo);
        request = new CheckRequest(request.baseDirectory(), request.figuresDirectory(), request.dataDirectory(),
                request.downloadDirectory(), List.of(G2B_NAME + ".md"), List.of(), request.wpidMapFile(),
                request.ndexMapFile(), request.maxFileSize(), 1, request.ruleSettings());

        FixResult result = FixRunner.run(new FixRequest(request, Set.of(), false));

        assertEquals(1, result.files().size());
        assertEquals(G2B, Files.readString(included, StandardCharsets.UTF_8));
        assertEquals(other, Files.readString(excluded, StandardCharsets.UTF_8));
    }

    @Test
    void keepsTheFilesPermissions() throws IOException {
        Path file = write(GEN_G1B, G1B.replace("figtype: Figure", "figtype: Scheme"), Map.of());
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));

        fix(Set.of(), false);

        assertEquals(G1B, Files.readString(file, StandardCharsets.UTF_8));
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void neverWritesThroughASymbolicLink() throws IOException {
        String broken = G1B.replace("figtype: Figure", "figtype: Scheme");
        Path outside = Files.createDirectories(repo.resolve("outside")).resolve("target.md");
        Files.writeString(outside, broken, StandardCharsets.UTF_8);
        Files.createDirectories(repo.resolve("_figures"));
        Files.createSymbolicLink(repo.resolve("_figures/" + G1B_NAME + ".md"), outside);

        FixResult result = fix(Set.of(), false);

        assertEquals(broken, Files.readString(outside, StandardCharsets.UTF_8));
        assertTrue(Files.isSymbolicLink(repo.resolve("_figures/" + G1B_NAME + ".md")));
        assertEquals(List.of(), result.files());
        assertTrue(result.unrepaired().stream().anyMatch(u -> u.reason().contains("symbolic link")),
                result.unrepaired().toString());
    }

    // ------------------------------------------------------------------------------------------------- helpers

    private Path write(Gen gen, String text, Map<String, String> dataFiles) throws IOException {
        Path figures = Files.createDirectories(repo.resolve("_figures"));
        Path data = Files.createDirectories(repo.resolve("_data"));
        Path file = figures.resolve(gen.name() + ".md");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        for (Map.Entry<TsvKind, String> t : gen.tables().entrySet()) {
            Files.writeString(data.resolve(gen.name() + t.getKey().suffix()), t.getValue(), StandardCharsets.UTF_8);
        }
        for (Map.Entry<String, String> d : dataFiles.entrySet()) {
            Files.writeString(repo.resolve(d.getKey()), d.getValue(), StandardCharsets.UTF_8);
        }
        return file;
    }

    private FixResult fix(Set<String> rules, boolean dryRun) {
        return FixRunner.run(new FixRequest(CheckRequest.defaults(repo).withThreads(1), rules, dryRun));
    }

    private List<Finding> check() {
        return CheckRunner.run(CheckRequest.defaults(repo).withThreads(1)).findings();
    }

    private static List<String> rules(List<Finding> findings) {
        return findings.stream().map(Finding::ruleId).distinct().toList();
    }
}
