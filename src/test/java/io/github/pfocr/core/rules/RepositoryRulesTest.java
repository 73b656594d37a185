package io.github.pfocr.core.rules;

import io.github.pfocr.testing.TestData;

import io.github.pfocr.core.engine.CheckRequest;
import io.github.pfocr.core.model.CheckResult;
import io.github.pfocr.core.engine.CheckRunner;
import io.github.pfocr.core.model.Finding;
import io.github.pfocr.core.model.Severity;
import io.github.pfocr.core.model.Generation;
import io.github.pfocr.core.model.Rule;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The cross-file rules end to end: {@link CheckRunner} on a copy of the project's synthetic sample repository,
 * edited per case. The unmodified copy yields a known baseline; each case asserts the findings it adds.
 */
class RepositoryRulesTest {
    static final String G1A = "_figures/PMC9100001__jbio-12-101-g001.md";
    static final String G1A_FIG1 = "_figures/PMC9100002__fig1.md";
    static final String G1B_F3 = "_figures/PMC9100003__biosyn-02-g003.md";
    static final String G1B_GA1 = "_figures/PMC9100003__ga1.md";
    static final String G2A = "_figures/PMC9100004__cells-09-0456-g002.md";
    static final String G2A_GENES = "_data/PMC9100004__cells-09-0456-g002-genes.tsv";
    static final String G2B_CHEM_ONLY = "_figures/PMC9100006__pone.0301122.g001.md";
    static final String G2B_CHEM_ONLY_TSV = "_data/PMC9100006__pone.0301122.g001-chemicals.tsv";
    static final String G2B_ALL = "_figures/PMC9100007__41598_2024_55123_Fig3_HTML.md";
    static final String G2B_ALL_FIGID = "PMC9100007__41598_2024_55123_Fig3_HTML";
    static final String G2B_WPID = "_figures/PMC9100008__fcell-12-1345678-g005.md";
    static final String G2B_WPID_FIGID = "PMC9100008__fcell-12-1345678-g005";
    static final String G2B_WPID_GENES = "_data/PMC9100008__fcell-12-1345678-g005-genes.tsv";
    static final String G2B_WPID_CHEMICALS = "_data/PMC9100008__fcell-12-1345678-g005-chemicals.tsv";
    static final String WPID_MAP = "_data/wpid_map.tsv";
    static final String NDEX_MAP = "_data/ndex_map.tsv";

    /** The only finding of the unmodified sample: the chemical-only figure's organisms_ner: [NA]. */
    static final String BASELINE = G2B_CHEM_ONLY + ":7:3 organisms-placeholder";

    @TempDir
    Path repo;

    private List<Finding> baseline;

    @BeforeEach
    void copySample() throws IOException {
        TestData.copySampleTo(repo);
        baseline = run().findings();
    }

    // ---------------------------------------------------------------------------------------------------- helpers

    private CheckResult run() {
        return CheckRunner.run(CheckRequest.defaults(repo));
    }

    private String read(String rel) {
        try {
            return Files.readString(repo.resolve(rel), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(String rel, String text) {
        try {
            Files.createDirectories(repo.resolve(rel).getParent());
            Files.writeString(repo.resolve(rel), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void delete(String rel) {
        try {
            Files.delete(repo.resolve(rel));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the one occurrence of {@code from} in the file. */
    private void edit(String rel, String from, String to) {
        String text = read(rel);
        int at = text.indexOf(from);
        assertTrue(at >= 0, () -> rel + " does not contain '" + from + "'");
        assertEquals(-1, text.indexOf(from, at + 1), () -> rel + " contains '" + from + "' more than once");
        write(rel, text.substring(0, at) + to + text.substring(at + from.length()));
    }

    private void append(String rel, String text) {
        write(rel, read(rel) + text);
    }

    /** A valid new record: PMC9100002__fig1 moved to another pmcid (same image name, same genes). */
    private void addClonedRecord() {
        write("_figures/PMC9100009__fig1.md", read(G1A_FIG1).replace("PMC9100002", "PMC9100009"));
    }

    /** 1-based number of the only line of the file that starts with {@code prefix}. */
    private int lineOf(String rel, String prefix) {
        String[] lines = read(rel).split("\n", -1);
        int found = -1;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(prefix)) {
                assertEquals(-1, found, () -> rel + " has several lines starting with '" + prefix + "'");
                found = i + 1;
            }
        }
        assertTrue(found > 0, () -> rel + " has no line starting with '" + prefix + "'");
        return found;
    }

    private static String key(Finding f) {
        return f.path() + ":" + f.line() + ":" + f.column() + " " + f.ruleId();
    }

    /** Findings not in the baseline. */
    private List<Finding> added(CheckResult result) {
        Set<String> before = baseline.stream().map(f -> key(f) + " " + f.message()).collect(Collectors.toSet());
        return result.findings().stream().filter(f -> !before.contains(key(f) + " " + f.message())).toList();
    }

    /** The rule ids of the findings a case added are exactly these. */
    private List<Finding> assertAddedRules(CheckResult result, String... ruleIds) {
        List<Finding> added = added(result);
        assertEquals(new TreeSet<>(List.of(ruleIds)), added.stream().map(Finding::ruleId)
                .collect(Collectors.toCollection(TreeSet::new)), () -> "added findings: " + lines(added));
        return added;
    }

    private static List<Finding> of(List<Finding> findings, Rule rule) {
        return findings.stream().filter(f -> f.ruleId().equals(rule.id())).toList();
    }

    private static String lines(List<Finding> findings) {
        return findings.stream().map(f -> "\n  " + f.toConsoleLine()).collect(Collectors.joining());
    }

    private static Finding at(List<Finding> findings, Rule rule, String path) {
        List<Finding> m = findings.stream().filter(f -> f.ruleId().equals(rule.id()) && f.path().equals(path))
                .toList();
        assertEquals(1, m.size(), () -> "one " + rule.id() + " finding in " + path + " expected:" + lines(findings));
        return m.get(0);
    }

    private static void assertFinding(Finding f, Rule rule, String path, int line, int column, String... fragments) {
        assertEquals(rule.id(), f.ruleId(), f::toConsoleLine);
        assertEquals(rule.severity(), f.severity(), f::toConsoleLine);
        assertEquals(path, f.path(), f::toConsoleLine);
        assertEquals(line, f.line(), () -> "line of " + f.toConsoleLine());
        assertEquals(column, f.column(), () -> "column of " + f.toConsoleLine());
        for (String fragment : fragments) {
            assertTrue(f.message().contains(fragment), () -> "message of " + f.toConsoleLine() + " should contain '"
                    + fragment + "'");
        }
    }

    // -------------------------------------------------------------------------------------------------- baseline

    @Test
    void unmodifiedSampleYieldsTheKnownBaseline() {
        CheckResult result = run();
        assertEquals(List.of(BASELINE), result.findings().stream().map(RepositoryRulesTest::key).toList(),
                () -> lines(result.findings()));
        assertEquals(0, result.errors());
        assertEquals(0, result.warnings());
        assertEquals(1, result.infos(), "organisms-placeholder is what the G2 writer always writes: an info");
        assertEquals(9, result.figureFiles());
        assertEquals(Map.of(Generation.G1A, 2, Generation.G1B, 2, Generation.G2A, 1, Generation.G2B, 4),
                result.generations());
        assertEquals(8, result.tableFiles());
        assertEquals(2, result.mapFiles());
    }

    @Test
    void sampleTouchesEveryRepositoryRuleWithoutFindings() {
        Set<String> ids = RepositoryRules.ALL.stream().map(Rule::id).collect(Collectors.toSet());
        assertTrue(baseline.stream().noneMatch(f -> ids.contains(f.ruleId())), () -> lines(baseline));
        assertEquals(14, RepositoryRules.ALL.size(), "a new repository rule needs a case here");
    }

    @Test
    void aValidRecordOfAnotherPmcidWithTheSameImageNameAndGenesAddsNothing() {
        addClonedRecord();
        CheckResult result = run();
        assertAddedRules(result);
        assertEquals(10, result.figureFiles());
    }

    // ------------------------------------------------------------------------------------------------ uniqueness

    @Nested
    class Uniqueness {
        @Test
        void figidUnique() {
            String copy = "_figures/PMC9100001__jbio-12-101-g001-copy.md";
            write(copy, read(G1A));
            CheckResult result = run();
            List<Finding> added = assertAddedRules(result, "figid-unique", "figid-filename", "jsonld-id-unique",
                    "filename-unique", "figlink-unique");
            assertEquals(2, of(added, RepositoryRules.FIGID_UNIQUE).size(), () -> lines(added));
            assertFinding(at(added, RepositoryRules.FIGID_UNIQUE, G1A), RepositoryRules.FIGID_UNIQUE, G1A, 2, 8,
                    "figid 'PMC9100001__jbio-12-101-g001' must be unique", copy + ":2:8");
            assertFinding(at(added, RepositoryRules.FIGID_UNIQUE, copy), RepositoryRules.FIGID_UNIQUE, copy, 2, 8,
                    "figid 'PMC9100001__jbio-12-101-g001' must be unique", G1A + ":2:8");
            assertEquals(Severity.ERROR, RepositoryRules.FIGID_UNIQUE.severity());
            // The copy's name disagrees with its figid (4.1): that is the record rule, reported on the copy only.
            assertEquals(copy, at(added, io.github.pfocr.core.rules.FigidCheck.FIGID_FILENAME, copy).path());
        }

        @Test
        void threeRecordsWithOneFigidNameEachOther() {
            String copy1 = "_figures/PMC9100001__a.md";
            String copy2 = "_figures/PMC9100001__b.md";
            write(copy1, read(G1A));
            write(copy2, read(G1A));
            List<Finding> unique = of(run().findings(), RepositoryRules.FIGID_UNIQUE);
            assertEquals(3, unique.size(), () -> lines(unique));
            Finding first = at(unique, RepositoryRules.FIGID_UNIQUE, copy1);
            assertTrue(first.message().contains(copy2 + ":2:8") && first.message().contains(G1A + ":2:8"),
                    first::message);
        }

        @Test
        void figidAliasUnique() {
            edit(G1B_GA1, "figid_alias: PMC9100003__GA1", "figid_alias: PMC9100003__F3");
            CheckResult result = run();
            // The wrong alias is blamed by figid-alias-number; its (correct) redirect_from is not.
            List<Finding> added = assertAddedRules(result, "figid-alias-unique", "figid-alias-number");
            assertEquals(2, of(added, RepositoryRules.FIGID_ALIAS_UNIQUE).size(), () -> lines(added));
            assertFinding(at(added, RepositoryRules.FIGID_ALIAS_UNIQUE, G1B_GA1), RepositoryRules.FIGID_ALIAS_UNIQUE,
                    G1B_GA1, lineOf(G1B_GA1, "figid_alias:"), 14, "figid_alias 'PMC9100003__F3' must be unique",
                    G1B_F3 + ":" + lineOf(G1B_F3, "figid_alias:") + ":14");
            assertFinding(at(added, RepositoryRules.FIGID_ALIAS_UNIQUE, G1B_F3), RepositoryRules.FIGID_ALIAS_UNIQUE,
                    G1B_F3, lineOf(G1B_F3, "figid_alias:"), 14, G1B_GA1 + ":" + lineOf(G1B_GA1, "figid_alias:"));
        }

        @Test
        void figlinkUniqueAcrossFilesSlashesAside() {
            String f3Link = read(G1B_F3).lines().filter(l -> l.startsWith("figlink: ")).findFirst().orElseThrow()
                    .substring("figlink: ".length());
            String gaLink = read(G1B_GA1).lines().filter(l -> l.startsWith("figlink: ")).findFirst().orElseThrow()
                    .substring("figlink: ".length());
            // The graphical abstract's record links to figure 3 (without the trailing slash): one figure, two records.
            String shared = f3Link.substring(0, f3Link.length() - 1);
            edit(G1B_GA1, "figlink: " + gaLink, "figlink: " + shared);
            List<Finding> unique = of(run().findings(), RepositoryRules.FIGLINK_UNIQUE);
            assertEquals(2, unique.size(), () -> lines(unique));
            assertFinding(at(unique, RepositoryRules.FIGLINK_UNIQUE, G1B_GA1), RepositoryRules.FIGLINK_UNIQUE, G1B_GA1,
                    lineOf(G1B_GA1, "figlink:"), 10, "figlink '" + f3Link + "' must be unique, found it also in "
                            + G1B_F3 + ":" + lineOf(G1B_F3, "figlink:") + ":10");
            assertFinding(at(unique, RepositoryRules.FIGLINK_UNIQUE, G1B_F3), RepositoryRules.FIGLINK_UNIQUE, G1B_F3,
                    lineOf(G1B_F3, "figlink:"), 10, G1B_GA1 + ":" + lineOf(G1B_GA1, "figlink:") + ":10");
        }

        @Test
        void figlinksOfOnePaperThatDifferPass() {
            assertTrue(of(baseline, RepositoryRules.FIGLINK_UNIQUE).isEmpty());
            assertTrue(!read(G1B_F3).contains(read(G1B_GA1).lines().filter(l -> l.startsWith("figlink: "))
                    .findFirst().orElseThrow()), "the sample's two records of PMC9100003 link to two figures");
        }

        @Test
        void redirectFromUnique() {
            edit(G1B_GA1, "redirect_from: /figures/PMC9100003__GA1", "redirect_from: /figures/PMC9100003__F3");
            CheckResult result = run();
            List<Finding> added = assertAddedRules(result, "redirect-from-unique", "redirect-from-alias");
            assertEquals(2, of(added, RepositoryRules.REDIRECT_FROM_UNIQUE).size(), () -> lines(added));
            assertFinding(at(added, RepositoryRules.REDIRECT_FROM_UNIQUE, G1B_GA1),
                    RepositoryRules.REDIRECT_FROM_UNIQUE, G1B_GA1, lineOf(G1B_GA1, "redirect_from:"), 16,
                    "redirect_from '/figures/PMC9100003__F3' must be unique",
                    G1B_F3 + ":" + lineOf(G1B_F3, "redirect_from:") + ":16");
            assertFinding(at(added, RepositoryRules.REDIRECT_FROM_UNIQUE, G1B_F3),
                    RepositoryRules.REDIRECT_FROM_UNIQUE, G1B_F3, lineOf(G1B_F3, "redirect_from:"), 16,
                    G1B_GA1 + ":" + lineOf(G1B_GA1, "redirect_from:") + ":16");
        }

        @Test
        void jsonldIdUnique() {
            edit(G1B_GA1, "'@id': https://pfocr.wikipathways.org/figures/PMC9100003__ga1.html",
                    "'@id': https://pfocr.wikipathways.org/figures/PMC9100003__biosyn-02-g003.html");
            CheckResult result = run();
            List<Finding> added = assertAddedRules(result, "jsonld-id-unique", "jsonld-id");
            assertEquals(2, of(added, RepositoryRules.JSONLD_ID_UNIQUE).size(), () -> lines(added));
            assertFinding(at(added, RepositoryRules.JSONLD_ID_UNIQUE, G1B_GA1), RepositoryRules.JSONLD_ID_UNIQUE,
                    G1B_GA1, lineOf(G1B_GA1, "  '@id':"), 10,
                    "'https://pfocr.wikipathways.org/figures/PMC9100003__biosyn-02-g003.html' must be unique",
                    G1B_F3 + ":" + lineOf(G1B_F3, "  '@id':") + ":10");
            assertFinding(at(added, RepositoryRules.JSONLD_ID_UNIQUE, G1B_F3), RepositoryRules.JSONLD_ID_UNIQUE,
                    G1B_F3, lineOf(G1B_F3, "  '@id':"), 10, G1B_GA1 + ":" + lineOf(G1B_GA1, "  '@id':") + ":10");
        }

        @Test
        void filenameUniqueWithinOnePmcid() {
            edit(G1B_GA1, "filename: ga1.jpg", "filename: biosyn-02-g003.jpg");
            CheckResult result = run();
            List<Finding> added = assertAddedRules(result, "filename-unique", "filename-figid");
            assertEquals(2, of(added, RepositoryRules.FILENAME_UNIQUE).size(), () -> lines(added));
            assertFinding(at(added, RepositoryRules.FILENAME_UNIQUE, G1B_GA1), RepositoryRules.FILENAME_UNIQUE,
                    G1B_GA1, lineOf(G1B_GA1, "filename:"), 11, "'biosyn-02-g003.jpg' must be unique",
                    G1B_F3 + ":" + lineOf(G1B_F3, "filename:") + ":11");
            assertFinding(at(added, RepositoryRules.FILENAME_UNIQUE, G1B_F3), RepositoryRules.FILENAME_UNIQUE,
                    G1B_F3, lineOf(G1B_F3, "filename:"), 11, G1B_GA1 + ":" + lineOf(G1B_GA1, "filename:") + ":11");
        }

        @Test
        void sameFilenameInAnotherPmcidIsFine() {
            // fig1.jpg of PMC9100002 and of PMC9100009: different papers, different image URLs.
            addClonedRecord();
            assertTrue(of(run().findings(), RepositoryRules.FILENAME_UNIQUE).isEmpty());
        }
    }

    // ------------------------------------------------------------------------------------------------ gene ids

    @Nested
    class GeneIds {
        @Test
        void geneIdSymbolBlamesOnlyTheMinorityAndNamesTheMajority() {
            // AKT1 is 207 in two inline G1 lists; the G2 table now gives 207 to KRAS.
            String row = "9606\tHomo sapiens\tPrimates\tKRAS\tKRAS\tKRAS\t3845\tncbigene_symbol\t3\t0\t7";
            String changed = row.replace("\t3845\t", "\t207\t");
            edit(G2B_WPID_GENES, row, changed);
            CheckResult result = run();
            List<Finding> added = assertAddedRules(result, "gene-id-symbol");
            assertEquals(1, added.size(), () -> lines(added));
            int tableLine = lineOf(G2B_WPID_GENES, changed);
            String majority1 = G1A + ":" + lineOf(G1A, "  entrez: '207'") + ":11";
            String majority2 = G1A_FIG1 + ":" + lineOf(G1A_FIG1, "  entrez: '207'") + ":11";
            Finding f = added.get(0);
            assertFinding(f, RepositoryRules.GENE_ID_SYMBOL, G2B_WPID_GENES, tableLine, TestData.cellColumn(changed, 6),
                    "NCBI gene id 207", "expected symbol 'AKT1' as in 2 file(s) (" + majority1 + ", " + majority2
                            + ")", "found 'KRAS' in 1 file(s)");
            assertEquals("AKT1", f.expected());
            assertEquals("207", f.value());
            assertEquals(Severity.WARNING, f.severity());
        }

        @Test
        void geneIdSymbolFindingAtATableCarriesTheFigid() {
            String row = "9606\tHomo sapiens\tPrimates\tKRAS\tKRAS\tKRAS\t3845\tncbigene_symbol\t3\t0\t7";
            edit(G2B_WPID_GENES, row, row.replace("\t3845\t", "\t207\t"));
            Finding f = at(run().findings(), RepositoryRules.GENE_ID_SYMBOL, G2B_WPID_GENES);
            assertEquals(G2B_WPID_FIGID, f.figid());
        }

        @Test
        void geneIdSymbolInlineMinority() {
            // With the clone, three G1 records map 207 to AKT1; PMC9100002 now calls it AKT3 (keywords follow).
            addClonedRecord();
            edit(G1A_FIG1, "  hgnc_symbol: AKT1\n  entrez: '207'", "  hgnc_symbol: AKT3\n  entrez: '207'");
            edit(G1A_FIG1, "  - AKT1\n", "  - AKT3\n");
            CheckResult result = run();
            List<Finding> added = assertAddedRules(result, "gene-id-symbol");
            assertEquals(1, added.size(), () -> lines(added));
            String clone = "_figures/PMC9100009__fig1.md";
            assertFinding(added.get(0), RepositoryRules.GENE_ID_SYMBOL, G1A_FIG1, lineOf(G1A_FIG1, "  entrez: '207'"),
                    11, "NCBI gene id 207: expected symbol 'AKT1' as in 2 file(s) (" + G1A + ":"
                            + lineOf(G1A, "  entrez: '207'") + ":11, " + clone + ":" + lineOf(clone, "  entrez: '207'")
                            + ":11)", "found 'AKT3' in 1 file(s)");
        }

        @Test
        void geneSymbolIdBlamesOnlyTheMinority() {
            addClonedRecord();
            edit(G1A_FIG1, "  hgnc_symbol: AKT1\n  entrez: '207'", "  hgnc_symbol: AKT1\n  entrez: '208'");
            CheckResult result = run();
            List<Finding> added = assertAddedRules(result, "gene-symbol-id");
            assertEquals(1, added.size(), () -> lines(added));
            String clone = "_figures/PMC9100009__fig1.md";
            Finding f = added.get(0);
            assertFinding(f, RepositoryRules.GENE_SYMBOL_ID, G1A_FIG1, lineOf(G1A_FIG1, "  entrez: '208'"), 11,
                    "hgnc_symbol AKT1: expected entrez id '207' as in 2 file(s) (" + G1A + ":"
                            + lineOf(G1A, "  entrez: '207'") + ":11, " + clone + ":" + lineOf(clone, "  entrez: '207'")
                            + ":11)", "found '208' in 1 file(s)");
            assertEquals("207", f.expected());
            assertEquals(Severity.WARNING, f.severity());
        }

        @Test
        void g2TableSymbolsAreNotHeldToOneId() {
            // 4.19 is about G1's hgnc_symbol; a G2 symbol may name different ids (organisms), so only
            // gene-id-symbol looks at tables. EGFR is 1956 inline in PMC9100001; the table now says 1957.
            String row = "9606\tHomo sapiens\tPrimates\tEGFR\tEGFR\tEGFR\t1956\tncbigene_symbol\t3\t0\t7";
            edit(G2B_WPID_GENES, row, row.replace("\t1956\t", "\t1957\t"));
            assertAddedRules(run());
        }

        @Test
        void aTieIsReportedOnOneSideOnly() {
            // One file each: the lexically first symbol is taken as expected, so exactly one finding.
            edit(G1A_FIG1, "  hgnc_symbol: AKT1\n  entrez: '207'", "  hgnc_symbol: AKT3\n  entrez: '207'");
            edit(G1A_FIG1, "  - AKT1\n", "  - AKT3\n");
            List<Finding> added = assertAddedRules(run(), "gene-id-symbol");
            assertEquals(1, added.size(), () -> lines(added));
            assertEquals(G1A_FIG1, added.get(0).path());
        }
    }

    // ---------------------------------------------------------------------------------------------- tsv linkage

    @Nested
    class TsvLinkage {
        @Test
        void tsvOrphan() {
            String orphan = "_data/PMC9100099__gone-chemicals.tsv";
            write(orphan, read(G2B_WPID_CHEMICALS));
            CheckResult result = run();
            List<Finding> added = assertAddedRules(result, "tsv-orphan");
            assertEquals(1, added.size(), () -> lines(added));
            Finding f = added.get(0);
            assertFinding(f, RepositoryRules.TSV_ORPHAN, orphan, 1, 1,
                    "expected a figure _figures/PMC9100099__gone.md for this table, found none");
            assertEquals("PMC9100099__gone", f.figid());
            assertEquals(Severity.WARNING, f.severity());
            assertEquals(9, result.tableFiles());
        }

        @Test
        void orphanTablesAreStillCheckedForLayout() {
            String orphan = "_data/PMC9100099__gone-chemicals.tsv";
            write(orphan, read(G2B_WPID_CHEMICALS) + "TKI\tNA\tNA\tNA\tNA\n");
            List<Finding> added = assertAddedRules(run(), "tsv-orphan", "tsv-duplicate-row");
            assertFinding(at(added, io.github.pfocr.core.read.TsvRules.TSV_DUPLICATE_ROW, orphan),
                    io.github.pfocr.core.read.TsvRules.TSV_DUPLICATE_ROW, orphan, 5, 1, "row repeats line 4");
        }

        @Test
        void legacyDownloadTables() {
            String linked = "download/PMC9100001__jbio-12-101-g001-genes.tsv";
            String orphan = "download/PMC9100099__gone-genes.tsv";
            String legacy = "word\tsymbol\tsource\thgnc_symbol\tentrez\nEGFR\tEGFR\thgnc_symbol\tEGFR\t1956\n";
            write(linked, legacy);
            write(orphan, legacy);
            List<Finding> added = assertAddedRules(run(), "tsv-orphan");
            assertEquals(1, added.size(), () -> lines(added));
            assertFinding(added.get(0), RepositoryRules.TSV_ORPHAN, orphan, 1, 1, "_figures/PMC9100099__gone.md");
        }

        @Test
        void tableOfAFigureThatFailsToParseIsNotAnOrphan() {
            edit(G2A, "keywords: ''", "keywords: [unclosed");
            CheckResult result = run();
            List<Finding> added = assertAddedRules(result, "yaml-syntax");
            assertTrue(added.stream().allMatch(f -> f.path().equals(G2A)), () -> lines(added));
            assertTrue(of(result.findings(), RepositoryRules.TSV_ORPHAN).isEmpty(), () -> lines(result.findings()));
            assertEquals(9, result.figureFiles());
        }

        @Test
        void tableOfAFigureThatFailsToParseIsStillCheckedForLayout() {
            edit(G2A, "keywords: ''", "keywords: [unclosed");
            append(G2A_GENES, "9606\tHomo sapiens\tPrimates\tAPC\tAPC\tAPC\tNA\tncbigene_symbol\t4\t6\n");
            List<Finding> added = assertAddedRules(run(), "yaml-syntax", "tsv-value-format");
            Finding f = at(added, io.github.pfocr.core.read.TsvRules.TSV_VALUE_FORMAT, G2A_GENES);
            assertEquals(9, f.line());
            assertFalse(added.stream().anyMatch(x -> x.ruleId().equals("tsv-orphan")));
        }

        @Test
        void tsvMissing() {
            delete(G2B_CHEM_ONLY_TSV);
            CheckResult result = run();
            List<Finding> added = assertAddedRules(result, "tsv-missing");
            assertEquals(1, added.size(), () -> lines(added));
            assertFinding(added.get(0), io.github.pfocr.core.rules.TsvPresenceCheck.TSV_MISSING,
                    G2B_CHEM_ONLY, 2, 1, "expected _data/PMC9100006__pone.0301122.g001-genes.tsv or "
                            + "_data/PMC9100006__pone.0301122.g001-chemicals.tsv", "found neither");
        }

        @Test
        void aDiseasesTableAloneIsNotEnough() {
            delete("_data/" + G2B_ALL_FIGID + "-genes.tsv");
            delete("_data/" + G2B_ALL_FIGID + "-chemicals.tsv");
            List<Finding> missing = of(run().findings(), io.github.pfocr.core.rules.TsvPresenceCheck.TSV_MISSING);
            assertEquals(List.of(G2B_ALL + ":2:1 tsv-missing"),
                    missing.stream().map(RepositoryRulesTest::key).toList());
        }

        @Test
        void g1RecordsNeedNoTable() {
            // Baseline: four G1 records without any table, and G2 records with only a genes or a chemicals table.
            assertTrue(of(baseline, io.github.pfocr.core.rules.TsvPresenceCheck.TSV_MISSING).isEmpty());
        }
    }

    // ------------------------------------------------------------------------------------------------ map files

    @Nested
    class MapFiles {
        @Test
        void mapLineSeparatedBySpaces() {
            append(WPID_MAP, "PMC9100003__ga1  WP9902\n");
            List<Finding> added = assertAddedRules(run(), "map-line-format");
            assertEquals(1, added.size(), () -> lines(added));
            Finding f = added.get(0);
            assertFinding(f, RepositoryRules.MAP_LINE_FORMAT, WPID_MAP, 2, 1,
                    "expected figid<TAB>WP<digits>, found 'PMC9100003__ga1  WP9902'", "separated by spaces");
            assertEquals(Severity.ERROR, f.severity());
        }

        @Test
        void mapLineWithABadValueOrFigid() {
            append(WPID_MAP, "PMC9100003__ga1\tWP-12\nga1\tWP12\nPMC9100003__ga1\tWP12\textra\n");
            append(NDEX_MAP, "PMC9100003__ga1\tnot-a-uuid\n");
            List<Finding> added = assertAddedRules(run(), "map-line-format");
            assertEquals(List.of(NDEX_MAP + ":4:1 map-line-format", WPID_MAP + ":2:1 map-line-format",
                    WPID_MAP + ":3:1 map-line-format", WPID_MAP + ":4:1 map-line-format"),
                    added.stream().map(RepositoryRulesTest::key).toList());
            assertTrue(added.get(0).message().contains("expected figid<TAB>an NDEx UUID"), added.get(0)::message);
        }

        @Test
        void crlfAndBlankLinesAreFine() {
            write(WPID_MAP, read(WPID_MAP).replace("\n", "\r\n") + "\r\n");
            write(NDEX_MAP, "\n" + read(NDEX_MAP).replace("\n", "\r\n"));
            assertAddedRules(run());
        }

        @Test
        void mapDuplicate() {
            append(WPID_MAP, G2B_WPID_FIGID + "\tWP9901\n");
            List<Finding> added = assertAddedRules(run(), "map-duplicate");
            assertEquals(1, added.size(), () -> lines(added));
            assertFinding(added.get(0), RepositoryRules.MAP_DUPLICATE, WPID_MAP, 2, 1,
                    "figid " + G2B_WPID_FIGID + " is already mapped on line 1");
            assertEquals(Severity.ERROR, added.get(0).severity());
        }

        @Test
        void mapOrphan() {
            append(NDEX_MAP, "PMC9100099__gone\t0b5e2c44-1111-11ee-99da-0ac135e8bacf\n");
            List<Finding> added = assertAddedRules(run(), "map-orphan");
            assertEquals(1, added.size(), () -> lines(added));
            assertFinding(added.get(0), RepositoryRules.MAP_ORPHAN, NDEX_MAP, 4, 1,
                    "expected a figure _figures/PMC9100099__gone.md for this entry, found none");
            assertEquals(Severity.WARNING, added.get(0).severity());
        }

        @Test
        void mapEntryOfAFigureThatFailsToParseIsNotAnOrphan() {
            edit(G2B_WPID, "keywords: Oncology", "keywords: [Oncology");
            CheckResult result = run();
            assertEquals(1, of(result.findings(), io.github.pfocr.core.read.ReadRules.YAML_SYNTAX).size());
            assertTrue(of(result.findings(), RepositoryRules.MAP_ORPHAN).isEmpty(), () -> lines(result.findings()));
        }

        @Test
        void mapEntryOfAFigureThatFailsToParseIsNotComparedWithMissingFields() {
            edit(G2B_WPID, "keywords: Oncology", "keywords: [Oncology");
            List<Finding> added = assertAddedRules(run(), "yaml-syntax");
            assertTrue(added.stream().allMatch(f -> f.path().equals(G2B_WPID)), () -> lines(added));
        }

        @Test
        void ndexMapMismatchIsReportedAtTheFigureField() {
            edit(NDEX_MAP, "PMC9100002__fig1\t6f1c2a10-0b1d-11ee-99da-0ac135e8bacf",
                    "PMC9100002__fig1\t6f1c2a10-0b1d-11ee-99da-0ac135e8bacb");
            List<Finding> added = assertAddedRules(run(), "ndex-map");
            assertEquals(1, added.size(), () -> lines(added));
            Finding f = added.get(0);
            assertFinding(f, RepositoryRules.NDEX_MAP, G1A_FIG1, lineOf(G1A_FIG1, "ndex:"), 7,
                    "ndex: expected '6f1c2a10-0b1d-11ee-99da-0ac135e8bacb' as in " + NDEX_MAP + ":1",
                    "found '6f1c2a10-0b1d-11ee-99da-0ac135e8bacf'");
            assertEquals("6f1c2a10-0b1d-11ee-99da-0ac135e8bacb", f.expected());
            assertEquals("6f1c2a10-0b1d-11ee-99da-0ac135e8bacf", f.value());
            assertEquals("PMC9100002__fig1", f.figid());
            assertEquals(Severity.WARNING, f.severity());
        }

        @Test
        void ndexMapEntryForAFigureWithEmptyNdex() {
            append(NDEX_MAP, "PMC9100001__jbio-12-101-g001\t0b5e2c44-1111-11ee-99da-0ac135e8bacf\n");
            List<Finding> added = assertAddedRules(run(), "ndex-map");
            assertFinding(added.get(0), RepositoryRules.NDEX_MAP, G1A, lineOf(G1A, "ndex:"), 7, "found ''");
        }

        @Test
        void wpidMapMismatchIsReportedAtTheFigureField() {
            edit(G2B_WPID, "wpid: WP9901", "wpid: WP9902");
            List<Finding> added = assertAddedRules(run(), "wpid-map");
            assertEquals(1, added.size(), () -> lines(added));
            Finding f = added.get(0);
            assertFinding(f, RepositoryRules.WPID_MAP, G2B_WPID, lineOf(G2B_WPID, "wpid:"), 7,
                    "wpid: expected 'WP9901' as in " + WPID_MAP + ":1", "found 'WP9902'");
            assertEquals("WP9901", f.expected());
            assertEquals("WP9902", f.value());
            assertEquals(G2B_WPID_FIGID, f.figid());
        }

        @Test
        void wpidMapEntryForAFigureWithoutWpid() {
            append(WPID_MAP, G2B_ALL_FIGID + "\tWP9903\n");
            List<Finding> added = assertAddedRules(run(), "wpid-map");
            assertEquals(1, added.size(), () -> lines(added));
            assertFinding(added.get(0), RepositoryRules.WPID_MAP, WPID_MAP, 2, G2B_ALL_FIGID.length() + 2,
                    "wpid: expected 'WP9903' as in " + WPID_MAP + ":2", "found no wpid field");
        }

        @Test
        void missingMapFilesAreNotRequired() {
            delete(WPID_MAP);
            delete(NDEX_MAP);
            CheckResult result = run();
            assertAddedRules(result);
            assertEquals(0, result.mapFiles());
        }
    }

    @Test
    void everyCaseAboveIsNamedForARule() {
        List<String> covered = new ArrayList<>(List.of("figid-unique", "figid-alias-unique", "redirect-from-unique",
                "jsonld-id-unique", "filename-unique", "figlink-unique", "gene-id-symbol", "gene-symbol-id", "tsv-orphan",
                "map-line-format", "map-duplicate", "map-orphan", "ndex-map", "wpid-map"));
        assertEquals(RepositoryRules.ALL.stream().map(Rule::id).sorted().toList(), covered.stream().sorted().toList());
    }
}
