package io.github.pfocr.core.engine;

import io.github.pfocr.core.model.CheckResult;

import io.github.pfocr.core.model.Finding;
import io.github.pfocr.core.model.FindingSink;
import io.github.pfocr.core.model.Severity;
import io.github.pfocr.core.read.FrontMatterReader;
import io.github.pfocr.core.model.Generation;
import io.github.pfocr.core.model.MapNode;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The check over the real files of the shared sample corpus ({@code ../shared/corpus}, section 10 of the
 * data-format specification): every generation is read and detected per file, the anomalies the specification
 * documents are reported where they are, and the only errors are the ones it explains. Skipped when the shared
 * directory is absent.
 */
class CorpusTest {
    private static final Pattern TOP_KEY = Pattern.compile("^([^\\s#-][^:]*):(?: (.*))?$");

    private static CheckResult corpusResult;

    static Path shared() {
        return Path.of(System.getProperty("pfocr.sharedDirectory", "../shared"));
    }

    static Path corpus() {
        Path corpus = shared().resolve("corpus").resolve("pfocr-database");
        Assumptions.assumeTrue(Files.isDirectory(corpus.resolve("_figures")),
                () -> "the shared sample corpus is absent (" + corpus.toAbsolutePath() + "); set pfocr.sharedDirectory");
        return corpus;
    }

    static synchronized CheckResult result() {
        Path corpus = corpus();
        if (corpusResult == null) {
            corpusResult = CheckRunner.run(CheckRequest.defaults(corpus)
                    .withNdexMapFile(corpus.resolve("_data").resolve("ndex_map.head.tsv")));
        }
        return corpusResult;
    }

    // ---------------------------------------------------------------------------------------------------- helpers

    private static List<String> lines(Path file) {
        try {
            return List.of(Files.readString(file, StandardCharsets.UTF_8).split("\n", -1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(String rel) {
        return lines(corpus().resolve(rel));
    }

    /** 1-based line of the only line of the file starting with {@code prefix}. */
    private static int lineOf(String rel, String prefix) {
        List<String> lines = lines(rel);
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                found.add(i + 1);
            }
        }
        assertEquals(1, found.size(), () -> rel + ": lines starting with '" + prefix + "': " + found);
        return found.get(0);
    }

    private static String fig(String figid) {
        return "_figures/" + figid + ".md";
    }

    private static String key(Finding f) {
        return f.path() + ":" + f.line() + ":" + f.column() + " " + f.ruleId();
    }

    private static List<Finding> findings(String ruleId) {
        return result().findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    private static Set<String> keys(List<Finding> findings) {
        return findings.stream().map(CorpusTest::key).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Finding one(String ruleId, String path) {
        List<Finding> m = findings(ruleId).stream().filter(f -> f.path().equals(path)).toList();
        assertEquals(1, m.size(), () -> "one " + ruleId + " finding in " + path + " expected, found " + keys(m));
        return m.get(0);
    }

    private static void assertMessage(Finding f, String... fragments) {
        for (String fragment : fragments) {
            assertTrue(f.message().contains(fragment), () -> f.toConsoleLine() + " should contain '" + fragment + "'");
        }
    }

    /** The figure base names in {@code _figures}, sorted. */
    private static List<String> figureNames() {
        try (Stream<Path> list = Files.list(corpus().resolve("_figures"))) {
            return list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md"))
                    .map(n -> n.substring(0, n.length() - 3)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SAMPLE_NOTES.md's table: figure base name to its generation label (G1a, G1b, G2a, G2b-batch, G2b-legacy). */
    static Map<String, String> notedGenerations() {
        Map<String, String> out = new TreeMap<>();
        for (String line : lines(corpus().resolve("SAMPLE_NOTES.md"))) {
            if (!line.startsWith("| PMC")) {
                continue;
            }
            String[] cells = line.split("\\|");
            // "", figure, commit, generation, bytes, tsv files
            assertTrue(cells.length >= 5, line);
            assertEquals(null, out.put(cells[1].strip(), cells[3].strip()), () -> "listed twice: " + line);
        }
        return out;
    }

    static Generation generationOf(String label) {
        return switch (label) {
            case "G1a" -> Generation.G1A;
            case "G1b" -> Generation.G1B;
            case "G2a" -> Generation.G2A;
            case "G2b", "G2b-batch", "G2b-legacy" -> Generation.G2B;
            default -> throw new AssertionError("unknown generation label in SAMPLE_NOTES.md: " + label);
        };
    }

    /** For every figure file, the positions (line) of the items of a top-level list field. */
    private static Map<Integer, String> topLevelItems(String rel, String field) {
        Map<Integer, String> items = new LinkedHashMap<>();
        String current = null;
        List<String> lines = lines(rel);
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            Matcher m = TOP_KEY.matcher(l);
            if (m.matches()) {
                current = m.group(1);
            } else if (field.equals(current) && l.startsWith("- ")) {
                items.put(i + 1, l.substring(2));
            }
        }
        return items;
    }

    /** The value written on the same line as a top-level key, or null when the key opens a block. */
    private static String inlineValue(String rel, String field) {
        for (String l : lines(rel)) {
            Matcher m = TOP_KEY.matcher(l);
            if (m.matches() && m.group(1).equals(field)) {
                return m.group(2);
            }
        }
        return null;
    }

    // ------------------------------------------------------------------------------------------ reading, generations

    @Test
    void allFortyTwoFilesAreRead() {
        CheckResult r = result();
        assertEquals(42, figureNames().size(), "section 10: 42 _figures/*.md");
        assertEquals(42, r.figureFiles());
        assertEquals(figureNames(), List.copyOf(notedGenerations().keySet()), "SAMPLE_NOTES.md lists every file");
        assertEquals(13, r.tableFiles(), "11 _data tables and 2 legacy download tables");
        assertEquals(2, r.mapFiles());
        assertEquals(42, r.generations().values().stream().mapToInt(Integer::intValue).sum(),
                "every file is parsed and gets a generation: " + r.generations());
    }

    @Test
    void generationIsDetectedPerFileAsTheNotesSay() throws IOException {
        Map<String, String> noted = notedGenerations();
        FrontMatterReader reader = new FrontMatterReader(CheckRequest.DEFAULT_MAX_FILE_SIZE);
        Map<String, String> mismatches = new TreeMap<>();
        for (Map.Entry<String, String> e : noted.entrySet()) {
            String rel = fig(e.getKey());
            FindingSink sink = new FindingSink(rel);
            MapNode root = reader.read(Files.readAllBytes(corpus().resolve(rel)), sink);
            assertNotNull(root, () -> rel + " is not read: " + sink.findings());
            assertEquals(List.of(), sink.findings(), rel);
            Generation detected = Generation.detect(root);
            if (detected != generationOf(e.getValue())) {
                mismatches.put(e.getKey(), "noted " + e.getValue() + ", detected " + detected.label());
            }
        }
        assertEquals(Map.of(), mismatches);
    }

    @Test
    void generationCountsMatchTheNotesAndSection10() {
        Map<Generation, Integer> expected = new EnumMap<>(Generation.class);
        notedGenerations().values().forEach(g -> expected.merge(generationOf(g), 1, Integer::sum));
        assertEquals(Map.of(Generation.G1A, 4, Generation.G1B, 8, Generation.G2A, 1, Generation.G2B, 29), expected);
        assertEquals(expected, result().generations());
    }

    @Test
    void noReadingSchemaOrGenerationProblems() {
        Predicate<String> reading = id -> id.equals("generation-unknown") || id.startsWith("yaml-")
                || id.startsWith("front-matter-") || id.startsWith("file-") || id.equals("encoding-invalid")
                || id.equals("body-not-empty") || id.equals("internal-error") || id.startsWith("field-")
                || id.equals("alias-trio");
        List<Finding> bad = result().findings().stream().filter(f -> reading.test(f.ruleId())).toList();
        assertEquals(Set.of(), keys(bad));
    }

    // -------------------------------------------------------------------------------------------------- errors

    @Test
    void theOnlyErrorsAreTheOnesTheSpecificationExplains() {
        String jir = fig("PMC10484658__JIR2023-7625817.002");
        List<String> map = lines("_data/wpid_map.tsv");
        List<Integer> spaced = new ArrayList<>();
        for (int i = 0; i < map.size(); i++) {
            if (!map.get(i).isEmpty() && !map.get(i).contains("\t")) {
                spaced.add(i + 1);
            }
        }
        assertEquals(List.of(20, 21), spaced, "section 5.5: the last two of 21 lines are space-separated");
        Set<String> expected = new TreeSet<>(List.of(
                // 4.3: filename carries the PMC prefix
                jir + ":" + lineOf(jir, "filename:") + ":11 filename-figid",
                // 5.5: wpid_map lines separated by two spaces
                "_data/wpid_map.tsv:20:1 map-line-format",
                "_data/wpid_map.tsv:21:1 map-line-format"));
        List<Finding> errors = result().findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
        assertEquals(expected, keys(errors), () -> errors.stream().map(Finding::toConsoleLine)
                .collect(Collectors.joining("\n")));
        assertEquals(3, result().errors());
    }

    @Test
    void filenameWithThePmcPrefix() {
        String jir = fig("PMC10484658__JIR2023-7625817.002");
        Finding f = one("filename-figid", jir);
        assertEquals(lineOf(jir, "filename:"), f.line());
        assertEquals(11, f.column());
        assertEquals("PMC10484658__JIR2023-7625817.002.jpg", f.value());
        assertEquals("JIR2023-7625817.002.jpg", f.expected());
        assertMessage(f, "'JIR2023-7625817.002.jpg'", "found 'PMC10484658__JIR2023-7625817.002.jpg'");
    }

    @Test
    void wpidMapLinesSeparatedBySpaces() {
        List<Finding> lines = findings("map-line-format");
        assertEquals(List.of(20, 21), lines.stream().map(Finding::line).toList());
        assertMessage(lines.get(0), "'PMC5819904__IJMM-41-03-1201-g03  WP5382'", "separated by spaces");
        assertMessage(lines.get(1), "'PMC5867295__fbioe-06-00018-g005  WP5373'", "separated by spaces");
        lines.forEach(f -> assertEquals("_data/wpid_map.tsv", f.path()));
        // The figure still has the value the broken line meant (5.5), and no comparison is made from that line.
        String ijmm = fig("PMC5819904__IJMM-41-03-1201-g03");
        assertEquals("WP5382", inlineValue(ijmm, "wpid"));
    }

    // ------------------------------------------------------------------------------------------- record warnings

    @Nested
    class Figlink {
        @Test
        void figlinksWithoutTrailingOrLeadingSlash() {
            // 4.14: seven new-batch files without a trailing slash in the whole sample; those in the corpus here.
            List<String> noTrailing = List.of("PMC10232107", "PMC10484658", "PMC10625490", "PMC10686715",
                    "PMC10713255", "PMC10919860", "PMC10948231");
            Map<String, String> expected = new TreeMap<>();
            for (String name : figureNames()) {
                String pmcid = name.substring(0, name.indexOf("__"));
                String rel = fig(name);
                String figlink = inlineValue(rel, "figlink");
                if (noTrailing.contains(pmcid)) {
                    assertFalse(figlink.endsWith("/"), figlink);
                    expected.put(rel + ":" + lineOf(rel, "figlink:") + ":10 figlink-trailing-slash", figlink + "/");
                } else if (pmcid.equals("PMC7892604")) {
                    assertFalse(figlink.startsWith("/"), figlink);
                    expected.put(rel + ":" + lineOf(rel, "figlink:") + ":10 figlink-format", "/" + figlink);
                }
            }
            assertEquals(5, expected.size(), "four no-trailing-slash files and PMC7892604 are in the corpus");
            List<Finding> found = new ArrayList<>(findings("figlink-format"));
            found.addAll(findings("figlink-trailing-slash"));
            assertEquals(expected.keySet(), keys(found));
            for (Finding f : found) {
                assertEquals(expected.get(key(f)), f.expected(), f::toConsoleLine);
                // Only the missing leading slash breaks the site's link; the trailing one is the writer's habit.
                assertEquals(f.ruleId().equals("figlink-format") ? Severity.WARNING : Severity.INFO, f.severity());
            }
            assertTrue(findings("figlink-pmcid").isEmpty());
        }
    }

    @Nested
    class Organisms {
        @Test
        void scalarOrganismsInG1() {
            Map<String, String> noted = notedGenerations();
            Set<String> expected = new TreeSet<>();
            for (String name : figureNames()) {
                String rel = fig(name);
                String inline = inlineValue(rel, "organisms");
                if (inline != null && !inline.isEmpty()) {
                    assertTrue(generationOf(noted.get(name)).isG1(), () -> rel + ": only G1 writes a scalar");
                    expected.add(rel + ":" + lineOf(rel, "organisms:") + ":12 organisms-scalar");
                }
            }
            assertFalse(expected.isEmpty());
            assertEquals(expected, keys(findings("organisms-scalar")));
            findings("organisms-scalar").forEach(f -> assertEquals("- " + f.value(), f.expected()));
        }

        @Test
        void placeholderItemsInOrganismsAndOrganismsNer() {
            Set<String> expected = new TreeSet<>();
            for (String name : figureNames()) {
                String rel = fig(name);
                for (String field : List.of("organisms", "organisms_ner")) {
                    topLevelItems(rel, field).forEach((line, value) -> {
                        if (value.equals("NA") || value.equals(".na.character") || value.equals("''")) {
                            expected.add(rel + ":" + line + ":3 organisms-placeholder");
                        }
                    });
                }
            }
            assertEquals(expected, keys(findings("organisms-placeholder")));
            // 4.22: NA repeated three times in PMC5854428, each reported.
            String ppat = fig("PMC5854428__ppat.1006839.g001");
            assertEquals(3, findings("organisms-placeholder").stream().filter(f -> f.path().equals(ppat)).count());
            // organisms_ner: [NA] in chemical-only figures.
            Finding ner = findings("organisms-placeholder").stream()
                    .filter(f -> f.path().equals(fig("PMC12083809__pone.0322516.g001")))
                    .filter(f -> f.message().startsWith("organisms_ner")).findFirst().orElseThrow();
            assertEquals("NA", ner.value());
        }
    }

    @Nested
    class Keywords {
        @Test
        void naKeyword() {
            String drp = fig("PMC3246694__DRP2012-259170.002");
            Set<String> expected = new TreeSet<>();
            for (String name : figureNames()) {
                List<String> l = lines(fig(name));
                for (int i = 0; i < l.size(); i++) {
                    if (l.get(i).equals("  - .na.character")) {
                        expected.add(fig(name) + ":" + (i + 1) + ":5 keywords-na");
                    }
                }
            }
            assertEquals(Set.of(drp + ":" + lineOf(drp, "  - .na.character") + ":5 keywords-na"), expected);
            assertEquals(expected, keys(findings("keywords-na")));
        }

        @Test
        void keywordsStaleAgainstRegeneratedTables() {
            // 4.11: 276e5bb figures whose chemical/disease tables were regenerated @95142bc.
            String gr8 = fig("PMC10031279__gr8");
            Finding f = one("keywords-tsv", gr8);
            assertEquals(lineOf(gr8, "  keywords:") + 1, f.line());
            assertEquals(3, f.column());
            assertMessage(f, "missing 'Lipotoxicity'");
            Finding g = one("keywords-tsv", fig("PMC10033682__41598_2023_31924_Fig4_HTML"));
            assertMessage(g, "missing 'Nortestosterone'");
            assertEquals(Severity.WARNING, g.severity());
        }

        @Test
        void keywordsHoldForFiguresWrittenWithTheirTables() {
            // 4.11: figures written together with their tables (@95142bc, @577a278) match them.
            for (String figid : List.of("PMC10033909__d3sc00173c-s1", "PMC12005559__pcbi.1012840.g001",
                    "PMC12005559__pcbi.1012840.g003", "PMC12083809__pone.0322516.g001")) {
                assertTrue(findings("keywords-tsv").stream().noneMatch(f -> f.path().equals(fig(figid))), figid);
            }
        }

        @Test
        void g1KeywordsHoldExactly() {
            // 4.10: 27/27 in the sample; an error would be listed by theOnlyErrorsAreTheOnesTheSpecificationExplains.
            assertTrue(findings("keywords-entities").isEmpty());
        }
    }

    @Nested
    class FigureTypeAndCaption {
        @Test
        void figtypeHints() {
            String scheme = fig("PMC10033909__d3sc00173c-s1");
            String ga = fig("PMC10037167__j_med-2022-0615-ga001");
            assertEquals(Set.of(scheme + ":" + lineOf(scheme, "figtype:") + ":10 figtype-hint",
                    ga + ":" + lineOf(ga, "figtype:") + ":10 figtype-hint"), keys(findings("figtype-hint")));
            assertMessage(one("figtype-hint", scheme), "'Scheme'", "'SF1'");
            assertMessage(one("figtype-hint", ga), "'Graphical abstract'", "'F1'");
            assertEquals("SF1", inlineValue(scheme, "number"));
            assertTrue(inlineValue(scheme, "figlink").contains("/figure/sch1"));
        }

        @Test
        void trivialCaptions() {
            Set<String> expected = new TreeSet<>();
            for (String figid : List.of("PMC10036500__ga1", "PMC10037167__j_med-2022-0615-ga001")) {
                String rel = fig(figid);
                assertEquals("Figure", inlineValue(rel, "caption"));
                expected.add(rel + ":" + lineOf(rel, "caption:") + ":10 caption-trivial");
            }
            assertEquals(expected, keys(findings("caption-trivial")));
            findings("caption-trivial").forEach(f -> assertMessage(f, "found 'Figure'"));
        }
    }

    @Nested
    class Reftext {
        @Test
        void trailingSpace() {
            String can = fig("PMC10036296__gr1_lrg");
            assertTrue(findings("reftext-format").isEmpty(), "an e-pub citation is a valid form");
            Finding f = one("reftext-placeholder", can);
            assertEquals(Severity.INFO, f.severity());
            assertEquals(lineOf(can, "reftext:"), f.line());
            assertEquals(10, f.column());
            assertTrue(f.value().endsWith("Can J Cardiol. 2023 Mar 24 "), f.value());
            assertMessage(f, "Can J Cardiol. 2023 Mar 24 '");
        }

        @Test
        void literalNaAndSurroundingBlanksAreReported() {
            // 7.7: reftext with NA or a trailing space; every such file is reported.
            Set<String> expected = new TreeSet<>();
            for (String name : figureNames()) {
                String rel = fig(name);
                String reftext = inlineValue(rel, "reftext");
                assertNotNull(reftext, rel);
                if (reftext.matches(".*\\bNA\\b.*") || reftext.endsWith(" '")
                        || reftext.endsWith(" ")) {
                    expected.add(rel + ":" + lineOf(rel, "reftext:") + ":10 reftext-placeholder");
                }
            }
            assertTrue(expected.contains(fig("PMC10484658__JIR2023-7625817.002") + ":"
                    + lineOf(fig("PMC10484658__JIR2023-7625817.002"), "reftext:") + ":10 reftext-placeholder"),
                    expected::toString);
            assertEquals(6, expected.size(), expected::toString);
            assertEquals(expected, keys(findings("reftext-placeholder")));
            // A preprint citation as PMC writes it (no ';<volume>') is a valid form: no reftext-format at all.
            String biorxiv = fig("PMC10028837__nihpp-2023.03.03.530734v1-f0001");
            assertTrue(inlineValue(biorxiv, "reftext").contains("bioRxiv. 2023 Mar 7:"));
            assertEquals(Set.of(), keys(findings("reftext-format")));
        }
    }

    // ------------------------------------------------------------------------------------------------- tables

    @Nested
    class Tables {
        private List<String> tables() {
            List<String> out = new ArrayList<>();
            for (String dir : List.of("_data", "download")) {
                try (Stream<Path> list = Files.list(corpus().resolve(dir))) {
                    list.map(p -> dir + "/" + p.getFileName())
                            .filter(n -> n.endsWith("-genes.tsv") || n.endsWith("-chemicals.tsv")
                                    || n.endsWith("-diseases.tsv"))
                            .sorted().forEach(out::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return out;
        }

        @Test
        void everyTableIsReadWithAKnownLayout() {
            assertEquals(13, tables().size());
            for (String id : List.of("tsv-header", "tsv-columns", "tsv-value-format", "tsv-empty", "tsv-orphan")) {
                assertEquals(Set.of(), keys(findings(id)), id);
            }
        }

        @Test
        void duplicateRowsAreReportedExactly() {
            Set<String> expected = new TreeSet<>();
            for (String rel : tables()) {
                List<String> l = lines(rel);
                Map<String, Integer> seen = new HashMap<>();
                for (int i = 1; i < l.size(); i++) {
                    if (!l.get(i).isEmpty() && seen.putIfAbsent(l.get(i), i + 1) != null) {
                        expected.add(rel + ":" + (i + 1) + ":1 tsv-duplicate-row");
                    }
                }
            }
            assertEquals(expected, keys(findings("tsv-duplicate-row")));
            // 5.2: "4 of 11 in PMC12005559"; duplicates in the chemicals tables of three figures.
            assertEquals(4, findings("tsv-duplicate-row").stream()
                    .filter(f -> f.path().equals("_data/PMC12005559__pcbi.1012840.g003-chemicals.tsv")).count());
            for (String chem : List.of("_data/PMC12005559__pcbi.1012840.g001-chemicals.tsv",
                    "_data/PMC10033682__41598_2023_31924_Fig4_HTML-chemicals.tsv",
                    "_data/PMC10033909__d3sc00173c-s1-chemicals.tsv")) {
                assertTrue(findings("tsv-duplicate-row").stream().anyMatch(f -> f.path().equals(chem)), chem);
            }
        }

        @Test
        void noisyOcrWords() {
            String chem = "_data/PMC10033909__d3sc00173c-s1-chemicals.tsv";
            Finding me = findings("tsv-whitespace").stream()
                    .filter(f -> f.path().equals(chem) && f.line() == 2).findFirst().orElseThrow();
            assertEquals(1, me.column());
            assertEquals("Me  Me  Me ", me.value());
            assertEquals("Me Me Me", me.expected());
            assertMessage(me, "'Me  Me  Me '");
            // Every word with leading, trailing or doubled spaces, and only those.
            Set<String> expected = new TreeSet<>();
            for (String rel : tables()) {
                List<String> l = lines(rel);
                int word = List.of(l.get(0).split("\t", -1)).indexOf("word");
                for (int i = 1; i < l.size(); i++) {
                    if (l.get(i).isEmpty()) {
                        continue;
                    }
                    String[] cells = l.get(i).split("\t", -1);
                    String w = cells[word];
                    if (w.startsWith(" ") || w.endsWith(" ") || w.contains("  ")) {
                        int col = 1;
                        for (int c = 0; c < word; c++) {
                            col += cells[c].length() + 1;
                        }
                        expected.add(rel + ":" + (i + 1) + ":" + col + " tsv-whitespace");
                    }
                }
            }
            assertEquals(expected, keys(findings("tsv-whitespace")));
            // 5.3: "HTLV-I infection  Prostate cancer"
            assertTrue(findings("tsv-whitespace").stream()
                    .anyMatch(f -> "HTLV-I infection  Prostate cancer".equals(f.value())));
        }
    }

    // ---------------------------------------------------------------------------------------------- cross-file

    @Nested
    class CrossFile {
        @Test
        void mapEntriesMatchTheirFigures() {
            // 4.17: the map head's figids present here match; 4.18: 7/7 wpid match (one via a broken line).
            assertEquals(Set.of(), keys(findings("ndex-map")));
            assertEquals(Set.of(), keys(findings("wpid-map")));
            assertEquals(Set.of(), keys(findings("map-duplicate")));
        }

        @Test
        void mapOrphansAreTheEntriesWhoseFigureIsNotInThePartialCorpus() {
            Set<String> names = Set.copyOf(figureNames());
            Set<String> expected = new TreeSet<>();
            for (String map : List.of("_data/wpid_map.tsv", "_data/ndex_map.head.tsv")) {
                List<String> l = lines(map);
                for (int i = 0; i < l.size(); i++) {
                    String[] cells = l.get(i).split("\t", -1);
                    if (cells.length == 2 && !names.contains(cells[0])) {
                        expected.add(map + ":" + (i + 1) + ":1 map-orphan");
                    }
                }
            }
            assertEquals(expected, keys(findings("map-orphan")));
            findings("map-orphan").forEach(f -> assertEquals(Severity.WARNING, f.severity()));
        }

        @Test
        void noDuplicateIdsOrGeneConflicts() {
            // 4.19-4.21: no conflicts and one figure per alias in the sample; no identical inline items (3.3).
            for (String id : List.of("figid-unique", "figid-alias-unique", "redirect-from-unique",
                    "jsonld-id-unique", "filename-unique", "gene-id-symbol", "gene-symbol-id", "entity-duplicate")) {
                assertEquals(Set.of(), keys(findings(id)), id);
            }
        }
    }

    // ------------------------------------------------------------------------------------------- seed example

    @Nested
    class SeedExample {
        private static final String SEED = "_figures/PMC7892604__fmed-07-607725-g0002.md";

        private Path seed() {
            Path seed = shared().resolve("corpus").resolve("seed-example");
            Assumptions.assumeTrue(Files.isRegularFile(seed.resolve(SEED)),
                    () -> "the seed example is absent (" + seed.toAbsolutePath() + ")");
            return seed;
        }

        @Test
        void seedRecord() {
            Path seed = seed();
            CheckResult r = CheckRunner.run(CheckRequest.defaults(seed));
            assertEquals(1, r.figureFiles());
            assertEquals(Map.of(Generation.G1B, 1), r.generations());
            assertEquals(0, r.errors(), () -> r.findings().stream().map(Finding::toConsoleLine)
                    .collect(Collectors.joining("\n")));

            List<String> l = lines(seed.resolve(SEED));
            // figlink without its leading slash (4.14)
            int figlinkLine = l.indexOf("figlink: pmc/articles/PMC7892604/figure/F2/") + 1;
            assertTrue(figlinkLine > 0);
            List<Finding> figlink = r.findings().stream().filter(f -> f.ruleId().equals("figlink-format")).toList();
            assertEquals(Set.of(SEED + ":" + figlinkLine + ":10 figlink-format"), keys(figlink));
            assertEquals("/pmc/articles/PMC7892604/figure/F2/", figlink.get(0).expected());

            // entity-duplicate on every genes item identical to an earlier one (3.3), at the repeated item
            Set<String> expected = new TreeSet<>();
            Map<String, Integer> first = new HashMap<>();
            int start = l.indexOf("genes:");
            assertTrue(start > 0);
            int item = -1;
            StringBuilder text = new StringBuilder();
            for (int i = start + 1; i <= l.size(); i++) {
                String s = i < l.size() ? l.get(i) : "---";
                boolean next = s.startsWith("- ") || !s.startsWith(" ");
                if (next && item >= 0) {
                    if (first.putIfAbsent(text.toString(), item + 1) != null) {
                        expected.add(SEED + ":" + (item + 1) + ":3 entity-duplicate");
                    }
                    item = -1;
                    text.setLength(0);
                }
                if (!s.startsWith("- ") && !s.startsWith(" ")) {
                    break;
                }
                if (s.startsWith("- ")) {
                    item = i;
                }
                text.append(s.substring(2)).append('\n');
            }
            assertTrue(expected.size() > 50, () -> "the seed repeats many genes items: " + expected.size());
            List<Finding> dups = r.findings().stream().filter(f -> f.ruleId().equals("entity-duplicate")).toList();
            assertEquals(expected, keys(dups));
            dups.forEach(f -> assertEquals(Severity.INFO, f.severity(), "what the G1 writer always produced"));

            // nothing else
            assertEquals(Set.of("figlink-format", "entity-duplicate"),
                    r.findings().stream().map(Finding::ruleId).collect(Collectors.toSet()));
        }

        @Test
        void seedKeywordsAreDerivedFromTheInlineEntities() {
            CheckResult r = CheckRunner.run(CheckRequest.defaults(seed()));
            assertTrue(r.findings().stream().noneMatch(f -> f.ruleId().startsWith("keywords-")));
        }
    }
}
