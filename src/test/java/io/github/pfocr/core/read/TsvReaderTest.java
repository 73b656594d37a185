package io.github.pfocr.core.read;

import io.github.pfocr.core.model.TsvTable;
import io.github.pfocr.core.model.TsvKind;
import io.github.pfocr.core.model.TsvLayout;

import io.github.pfocr.testing.TestData;

import io.github.pfocr.core.model.Finding;
import io.github.pfocr.core.model.FindingSink;
import io.github.pfocr.core.model.Severity;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The entity-table reader and its rules (section 5 of the data-format specification). Every row here is made up;
 * gene symbols, NCBI Gene ids and MeSH/ChEBI/DOID ids are real public identifiers.
 */
class TsvReaderTest {
    private static final String PATH = "_data/PMC9900001__f1-x.tsv";

    static final String GENES_11 = "organism_id\torganism_name\torganism_group\tword\tmatch\tncbigene_symbol\t"
            + "ncbigene_id\tsource\tcount_direct\tcount_synonym\tcount_match";
    static final String GENES_10 = "organism_id\torganism_name\torganism_group\tword\tmatch\tncbigene_symbol\t"
            + "ncbigene_id\tsource\tcount_direct\tcount_match";
    static final String CHEMICALS = "word\tmesh\tmatch\tname\tchebi";
    static final String DISEASES = "word\tmesh\tmatch\tname\tdoid";
    static final String LEGACY_GENES = "word\tsymbol\tsource\thgnc_symbol\tentrez";
    static final String LEGACY_IDS = "word\tsource\tidentifier";

    static final String G11_ROW = "9606\tHomo sapiens\tPrimates\tFSH\tFSH\tBRD2\t6046\tncbigene_synonym\t5\t1\t7";
    static final String G11_ROW2 = "10090\tMus musculus\tRodents\tNras\tNRAS\tNras\t18176\tncbigene_symbol\t2\tNA\t3";
    static final String G10_ROW = "9606\tHomo sapiens\tPrimates\tBRA\tBRA\tNA\t5894\tfamplex_relations\t4\t6";
    static final String CHEM_ROW = "Nortestosterone\tmesh:D009277\tNandrolone\tnandrolone\tchebi:7466";
    static final String CHEM_NA_ROW = "PERM\tNA\tNA\tNA\tNA";
    static final String DIS_ROW = "sepsis\tmesh:D018805\tsepsis\tsepsis\tdoid:0040085";
    static final String DIS_NA_ROW = "cancer\tmesh:D009369\tNA\tNA\tNA";
    static final String LEGACY_GENE_ROW = "ACC1\tACC-1\thgnc_alias_symbol\tBCL2A1\t597";
    static final String LEGACY_CHEM_ROW = "Anandamide\tMESH\tC078814";
    static final String LEGACY_EMPTY_ID_ROW = "tyrosine\t\t";

    private static List<Finding> parse(String text, TsvKind kind) {
        FindingSink sink = new FindingSink(PATH);
        TsvReader.parse(text, kind, sink);
        return sink.findings();
    }

    private static TsvTable table(String text, TsvKind kind) {
        FindingSink sink = new FindingSink(PATH);
        TsvTable t = TsvReader.parse(text, kind, sink);
        assertEquals(List.of(), sink.findings(), "findings of a valid table");
        return t;
    }

    private static String lines(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    private static String replaceCell(String row, int c, String value) {
        String[] cells = row.split("\t", -1);
        cells[c] = value;
        return String.join("\t", cells);
    }

    private static Finding only(List<Finding> findings, String ruleId) {
        List<Finding> matching = findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
        assertEquals(1, matching.size(), () -> "one " + ruleId + " finding expected in " + findings);
        assertEquals(findings.size(), matching.size(), () -> "no other finding expected in " + findings);
        return matching.get(0);
    }

    private static void assertFinding(Finding f, String ruleId, Severity severity, int line, int column,
            String fragment) {
        assertEquals(ruleId, f.ruleId(), f::toString);
        assertEquals(severity, f.severity(), f::toString);
        assertEquals(PATH, f.path(), f::toString);
        assertEquals(line, f.line(), () -> "line of " + f);
        assertEquals(column, f.column(), () -> "column of " + f);
        assertTrue(f.message().contains(fragment), () -> "message of " + f + " should contain '" + fragment + "'");
    }

    @Nested
    class Layouts {
        @Test
        void genes11Columns() {
            TsvTable t = table(lines(GENES_11, G11_ROW, G11_ROW2), TsvKind.GENES);
            assertSame(TsvLayout.GENES, t.layout());
            assertEquals(11, t.header().size());
            assertEquals(2, t.rows().size());
            assertEquals(2, t.rows().get(0).line());
            assertEquals(3, t.rows().get(1).line());
            assertEquals(List.of("BRD2", "Nras"), t.column("ncbigene_symbol"));
            assertEquals(List.of("6046", "18176"), t.column("ncbigene_id"));
            assertEquals(PATH, t.path());
            assertSame(TsvKind.GENES, t.kind());
        }

        @Test
        void genes10ColumnsWithoutCountSynonym() {
            TsvTable t = table(lines(GENES_10, G10_ROW), TsvKind.GENES);
            assertSame(TsvLayout.GENES_NO_SYNONYM_COUNT, t.layout());
            assertEquals(List.of("NA"), t.column("ncbigene_symbol"));
            assertEquals(List.of(), t.column("count_synonym"));
        }

        @Test
        void chemicalsAndDiseases() {
            assertSame(TsvLayout.CHEMICALS, table(lines(CHEMICALS, CHEM_ROW, CHEM_NA_ROW), TsvKind.CHEMICALS).layout());
            assertSame(TsvLayout.DISEASES, table(lines(DISEASES, DIS_ROW, DIS_NA_ROW), TsvKind.DISEASES).layout());
        }

        @Test
        void legacyDownloadLayouts() {
            assertSame(TsvLayout.LEGACY_GENES, table(lines(LEGACY_GENES, LEGACY_GENE_ROW), TsvKind.GENES).layout());
            assertSame(TsvLayout.LEGACY_IDENTIFIERS,
                    table(lines(LEGACY_IDS, LEGACY_CHEM_ROW, LEGACY_EMPTY_ID_ROW), TsvKind.CHEMICALS).layout());
            assertSame(TsvLayout.LEGACY_IDENTIFIERS,
                    table(lines(LEGACY_IDS, "Cancer\t\t"), TsvKind.DISEASES).layout());
        }

        @Test
        void legacyEmptyCellsAreKept() {
            TsvTable t = table(lines(LEGACY_IDS, LEGACY_EMPTY_ID_ROW), TsvKind.CHEMICALS);
            assertArrayEquals(new String[] {"tyrosine", "", ""}, t.rows().get(0).cells());
        }

        @Test
        void crlfLineEndings() {
            String text = GENES_11 + "\r\n" + G11_ROW + "\r\n" + G11_ROW2 + "\r\n";
            TsvTable t = table(text, TsvKind.GENES);
            assertSame(TsvLayout.GENES, t.layout());
            assertEquals(List.of("7", "3"), t.column("count_match"), "the \\r is not part of the last cell");
            TsvTable c = table(CHEMICALS + "\r\n" + CHEM_ROW + "\r\n" + CHEM_NA_ROW + "\r\n", TsvKind.CHEMICALS);
            assertEquals(List.of("chebi:7466", "NA"), c.column("chebi"));
        }

        @Test
        void finalNewlineIsOptional() {
            TsvTable t = table(GENES_11 + "\n" + G11_ROW + "\n" + G11_ROW2, TsvKind.GENES);
            assertEquals(2, t.rows().size());
            assertEquals(List.of("7", "3"), t.column("count_match"));
            TsvTable crlf = table(CHEMICALS + "\r\n" + CHEM_ROW, TsvKind.CHEMICALS);
            assertEquals(List.of("chebi:7466"), crlf.column("chebi"));
        }

        @Test
        void nonAsciiWordsAreKept() {
            String row = "9606\tHomo sapiens\tPrimates\tPKÇ\tPKC\tPRKCA\t5578\tfamplex_relations\t1\t0\t1";
            TsvTable t = table(lines(GENES_11, row), TsvKind.GENES);
            assertEquals(List.of("PKÇ"), t.column("word"));
        }

        @Test
        void kindIsToldByTheFileNameSuffix() {
            assertSame(TsvKind.GENES, TsvKind.of("PMC1__f1-genes.tsv"));
            assertSame(TsvKind.CHEMICALS, TsvKind.of("PMC1__f1-chemicals.tsv"));
            assertSame(TsvKind.DISEASES, TsvKind.of("PMC1__f1-diseases.tsv"));
            assertNull(TsvKind.of("-genes.tsv"));
            assertNull(TsvKind.of("wpid_map.tsv"));
            assertEquals("PMC1__pone.0301122.g001", TsvKind.GENES.figid("PMC1__pone.0301122.g001-genes.tsv"));
        }
    }

    @Nested
    class Header {
        @Test
        void unknownHeaderIsAnError() {
            String bad = GENES_11.replace("ncbigene_id", "entrez_id");
            FindingSink sink = new FindingSink(PATH);
            TsvTable t = TsvReader.parse(lines(bad, G11_ROW), TsvKind.GENES, sink);
            Finding f = only(sink.findings(), "tsv-header");
            assertFinding(f, "tsv-header", Severity.ERROR, 1, 1, "expected a genes header");
            assertTrue(f.message().contains("entrez_id"), f::message);
            assertEquals(GENES_11, f.expected());
            assertEquals(bad, f.value());
            assertNull(t.layout());
            assertEquals(List.of(), t.rows(), "rows under an unknown header are not read");
        }

        @Test
        void headerOfAnotherKindIsAnError() {
            assertFinding(only(parse(lines(CHEMICALS, CHEM_ROW), TsvKind.GENES), "tsv-header"), "tsv-header",
                    Severity.ERROR, 1, 1, "found 'word,mesh,match,name,chebi'");
            assertFinding(only(parse(lines(DISEASES, DIS_ROW), TsvKind.CHEMICALS), "tsv-header"), "tsv-header",
                    Severity.ERROR, 1, 1, "expected a chemicals header");
            assertFinding(only(parse(lines(LEGACY_GENES, LEGACY_GENE_ROW), TsvKind.DISEASES), "tsv-header"),
                    "tsv-header", Severity.ERROR, 1, 1, "expected a diseases header");
        }

        @Test
        void headerWithDifferentCaseOrOrderIsAnError() {
            assertFinding(only(parse(lines("Word\tmesh\tmatch\tname\tchebi", CHEM_ROW), TsvKind.CHEMICALS),
                    "tsv-header"), "tsv-header", Severity.ERROR, 1, 1, "chemicals");
            assertFinding(only(parse(lines("mesh\tword\tmatch\tname\tchebi", CHEM_ROW), TsvKind.CHEMICALS),
                    "tsv-header"), "tsv-header", Severity.ERROR, 1, 1, "chemicals");
        }

        @Test
        void emptyFileHasNoHeader() {
            assertFinding(only(parse("", TsvKind.GENES), "tsv-header"), "tsv-header", Severity.ERROR, 1, 1,
                    "found ''");
        }

        @Test
        void crlfHeaderIsAccepted() {
            assertEquals(List.of(), parse(GENES_10 + "\r\n" + G10_ROW + "\r\n", TsvKind.GENES));
        }
    }

    @Nested
    class Columns {
        @Test
        void rowWithTooFewCells() {
            String shortRow = G11_ROW.substring(0, G11_ROW.lastIndexOf('\t'));
            FindingSink sink = new FindingSink(PATH);
            TsvTable t = TsvReader.parse(lines(GENES_11, G11_ROW, shortRow, G11_ROW2), TsvKind.GENES, sink);
            Finding f = only(sink.findings(), "tsv-columns");
            assertFinding(f, "tsv-columns", Severity.ERROR, 3, 1, "expected 11 tab-separated columns, found 10");
            assertEquals(shortRow, f.value());
            assertEquals(List.of(2, 4), t.rows().stream().map(TsvTable.Row::line).toList(),
                    "the short row is skipped, the others are kept");
        }

        @Test
        void rowWithTooManyCells() {
            assertFinding(only(parse(lines(CHEMICALS, CHEM_ROW + "\textra"), TsvKind.CHEMICALS), "tsv-columns"),
                    "tsv-columns", Severity.ERROR, 2, 1, "expected 5 tab-separated columns, found 6");
        }

        @Test
        void spaceSeparatedRow() {
            assertFinding(only(parse(lines(LEGACY_IDS, LEGACY_CHEM_ROW, "Glucose MESH D005947"), TsvKind.CHEMICALS),
                    "tsv-columns"), "tsv-columns", Severity.ERROR, 3, 1, "expected 3 tab-separated columns, found 1");
        }

        @Test
        void blankLineInsideTheTable() {
            assertFinding(only(parse(lines(CHEMICALS, CHEM_ROW, "", CHEM_NA_ROW), TsvKind.CHEMICALS), "tsv-columns"),
                    "tsv-columns", Severity.ERROR, 3, 1, "found 0");
        }

        @Test
        void crlfRowsWithTheRightCountPass() {
            assertEquals(List.of(), parse(LEGACY_IDS + "\r\n" + LEGACY_EMPTY_ID_ROW + "\r\n", TsvKind.CHEMICALS));
        }
    }

    /** One case per patterned column: the header, a valid row, the column index and a value that must fail. */
    static Stream<Arguments> patternedColumns() {
        return Stream.of(
                Arguments.of("taxon id", TsvKind.GENES, GENES_11, G11_ROW, 0, "human", "organism_id"),
                Arguments.of("taxon id (10 columns)", TsvKind.GENES, GENES_10, G10_ROW, 0, "NA", "organism_id"),
                Arguments.of("ncbigene_id", TsvKind.GENES, GENES_11, G11_ROW, 6, "NA", "ncbigene_id"),
                Arguments.of("ncbigene_id with letters", TsvKind.GENES, GENES_11, G11_ROW, 6, "6046a", "ncbigene_id"),
                Arguments.of("ncbigene_id (10 columns)", TsvKind.GENES, GENES_10, G10_ROW, 6, "-5894", "ncbigene_id"),
                Arguments.of("gene source enum", TsvKind.GENES, GENES_11, G11_ROW, 7, "hgnc_symbol", "source"),
                Arguments.of("gene source enum, case", TsvKind.GENES, GENES_11, G11_ROW, 7, "NCBIGENE_SYMBOL",
                        "source"),
                Arguments.of("gene source (10 columns)", TsvKind.GENES, GENES_10, G10_ROW, 7, "famplex", "source"),
                Arguments.of("count_direct", TsvKind.GENES, GENES_11, G11_ROW, 8, "five", "count_direct"),
                Arguments.of("count_synonym", TsvKind.GENES, GENES_11, G11_ROW, 9, "1.5", "count_synonym"),
                Arguments.of("count_match", TsvKind.GENES, GENES_11, G11_ROW, 10, "-7", "count_match"),
                Arguments.of("count_match (10 columns)", TsvKind.GENES, GENES_10, G10_ROW, 9, "", "count_match"),
                Arguments.of("chemical mesh without prefix", TsvKind.CHEMICALS, CHEMICALS, CHEM_ROW, 1, "D009277",
                        "mesh"),
                Arguments.of("chemical mesh, wrong tree", TsvKind.CHEMICALS, CHEMICALS, CHEM_ROW, 1, "mesh:Q000187",
                        "mesh"),
                Arguments.of("chebi upper case", TsvKind.CHEMICALS, CHEMICALS, CHEM_ROW, 4, "CHEBI:7466", "chebi"),
                Arguments.of("chebi empty", TsvKind.CHEMICALS, CHEMICALS, CHEM_ROW, 4, "", "chebi"),
                Arguments.of("disease mesh", TsvKind.DISEASES, DISEASES, DIS_ROW, 1, "mesh:D", "mesh"),
                Arguments.of("doid without prefix", TsvKind.DISEASES, DISEASES, DIS_ROW, 4, "0040085", "doid"),
                Arguments.of("doid upper case", TsvKind.DISEASES, DISEASES, DIS_ROW, 4, "DOID:0040085", "doid"),
                Arguments.of("legacy entrez", TsvKind.GENES, LEGACY_GENES, LEGACY_GENE_ROW, 4, "597x", "entrez"),
                Arguments.of("legacy entrez NA", TsvKind.GENES, LEGACY_GENES, LEGACY_GENE_ROW, 4, "NA", "entrez"),
                Arguments.of("legacy gene source", TsvKind.GENES, LEGACY_GENES, LEGACY_GENE_ROW, 2,
                        "ncbigene_symbol", "source"),
                Arguments.of("legacy identifier", TsvKind.CHEMICALS, LEGACY_IDS, LEGACY_CHEM_ROW, 2, "X078814",
                        "identifier"),
                Arguments.of("legacy identifier too short", TsvKind.DISEASES, LEGACY_IDS, LEGACY_CHEM_ROW, 2,
                        "D00594", "identifier"),
                Arguments.of("legacy identifier with prefix", TsvKind.CHEMICALS, LEGACY_IDS, LEGACY_CHEM_ROW, 2,
                        "mesh:C078814", "identifier"),
                Arguments.of("legacy source", TsvKind.CHEMICALS, LEGACY_IDS, LEGACY_CHEM_ROW, 1, "CTD", "source"),
                Arguments.of("legacy source NA", TsvKind.DISEASES, LEGACY_IDS, LEGACY_CHEM_ROW, 1, "NA", "source"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("patternedColumns")
    void valueFormat(String name, TsvKind kind, String header, String validRow, int column, String bad,
            String columnName) {
        assertEquals(List.of(), parse(lines(header, validRow), kind), "the valid row passes");
        String badRow = replaceCell(validRow, column, bad);
        FindingSink sink = new FindingSink(PATH);
        TsvTable t = TsvReader.parse(lines(header, validRow, badRow), kind, sink);
        Finding f = only(sink.findings(), "tsv-value-format");
        assertFinding(f, "tsv-value-format", Severity.ERROR, 3, TestData.cellColumn(badRow, column), "column " + columnName
                + ": expected a value matching");
        assertTrue(f.message().contains("found '" + bad + "'"), f::message);
        assertEquals(bad, f.value());
        assertEquals(2, t.rows().size(), "a row with a bad value is still read");
    }

    static Stream<Arguments> acceptedValues() {
        return Stream.of(
                Arguments.of("counts NA", TsvKind.GENES, GENES_11, G11_ROW, new int[] {8, 9, 10},
                        new String[] {"NA", "NA", "NA"}),
                Arguments.of("source synonym / famplex", TsvKind.GENES, GENES_11, G11_ROW, new int[] {7},
                        new String[] {"famplex_relations"}),
                Arguments.of("large ids", TsvKind.GENES, GENES_11, G11_ROW, new int[] {0, 6},
                        new String[] {"7227", "7354473"}),
                Arguments.of("symbol NA", TsvKind.GENES, GENES_11, G11_ROW, new int[] {5}, new String[] {"NA"}),
                Arguments.of("mesh C and chebi NA", TsvKind.CHEMICALS, CHEMICALS, CHEM_ROW, new int[] {1, 4},
                        new String[] {"mesh:C526611", "NA"}),
                Arguments.of("mesh NA and long D", TsvKind.CHEMICALS, CHEMICALS, CHEM_ROW, new int[] {1},
                        new String[] {"mesh:D000077156"}),
                Arguments.of("doid NA", TsvKind.DISEASES, DISEASES, DIS_ROW, new int[] {1, 4},
                        new String[] {"NA", "NA"}),
                Arguments.of("legacy sources", TsvKind.GENES, LEGACY_GENES, LEGACY_GENE_ROW, new int[] {2},
                        new String[] {"bioentities_symbol"}),
                Arguments.of("legacy prev symbol", TsvKind.GENES, LEGACY_GENES, LEGACY_GENE_ROW, new int[] {2},
                        new String[] {"hgnc_prev_symbol"}),
                Arguments.of("legacy identifier 9 digits", TsvKind.CHEMICALS, LEGACY_IDS, LEGACY_CHEM_ROW,
                        new int[] {2}, new String[] {"D000077156"}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("acceptedValues")
    void acceptedValues(String name, TsvKind kind, String header, String validRow, int[] columns, String[] values) {
        String row = validRow;
        for (int i = 0; i < columns.length; i++) {
            row = replaceCell(row, columns[i], values[i]);
        }
        assertEquals(List.of(), parse(lines(header, row), kind), () -> name + ": " + Arrays.toString(values));
    }

    @Test
    void everyBadValueOfARowIsReported() {
        String row = "x\tHomo sapiens\tPrimates\tFSH\tFSH\tBRD2\ty\tz\t5\t1\t7";
        List<Finding> findings = parse(lines(GENES_11, row), TsvKind.GENES);
        assertEquals(List.of(1, TestData.cellColumn(row, 6), TestData.cellColumn(row, 7)), findings.stream().map(Finding::column).toList());
        assertTrue(findings.stream().allMatch(f -> f.ruleId().equals("tsv-value-format") && f.line() == 2));
    }

    @Nested
    class DuplicateRows {
        @Test
        void distinctRowsPass() {
            // Rows that differ only in source are not duplicates (section 5.1).
            String other = replaceCell(G11_ROW, 7, "ncbigene_symbol");
            assertEquals(List.of(), parse(lines(GENES_11, G11_ROW, other), TsvKind.GENES));
        }

        @Test
        void repeatedRowIsAnInfo() {
            Finding f = only(parse(lines(CHEMICALS, CHEM_ROW, CHEM_NA_ROW, CHEM_ROW), TsvKind.CHEMICALS),
                    "tsv-duplicate-row");
            assertFinding(f, "tsv-duplicate-row", Severity.INFO, 4, 1, "row repeats line 2 exactly");
            assertEquals(CHEM_ROW, f.value());
        }

        @Test
        void eachRepeatNamesTheFirstOccurrence() {
            List<Finding> findings = parse(lines(DISEASES, DIS_NA_ROW, DIS_ROW, DIS_NA_ROW, DIS_NA_ROW, DIS_ROW),
                    TsvKind.DISEASES);
            assertEquals(List.of("4:row repeats line 2 exactly", "5:row repeats line 2 exactly",
                    "6:row repeats line 3 exactly"),
                    findings.stream().map(f -> f.line() + ":" + f.message()).toList());
            assertTrue(findings.stream().allMatch(f -> f.ruleId().equals("tsv-duplicate-row")));
        }

        @Test
        void duplicateRowsAreStillRead() {
            FindingSink sink = new FindingSink(PATH);
            TsvTable t = TsvReader.parse(lines(CHEMICALS, CHEM_ROW, CHEM_ROW), TsvKind.CHEMICALS, sink);
            assertEquals(2, t.rows().size());
        }

        @Test
        void repeatedRowWithCrlf() {
            String text = CHEMICALS + "\r\n" + CHEM_ROW + "\r\n" + CHEM_NA_ROW + "\r\n" + CHEM_ROW + "\r\n";
            assertFinding(only(parse(text, TsvKind.CHEMICALS), "tsv-duplicate-row"), "tsv-duplicate-row",
                    Severity.INFO, 4, 1, "row repeats line 2 exactly");
        }

        @Test
        void repeatedRowsThatDifferOnlyInTheirLineEnding() {
            String text = CHEMICALS + "\r\n" + CHEM_ROW + "\r\n" + CHEM_NA_ROW + "\r\n" + CHEM_ROW;
            assertFinding(only(parse(text, TsvKind.CHEMICALS), "tsv-duplicate-row"), "tsv-duplicate-row",
                    Severity.INFO, 4, 1, "row repeats line 2 exactly");
            String mixed = CHEMICALS + "\n" + CHEM_ROW + "\r\n" + CHEM_ROW + "\n";
            assertFinding(only(parse(mixed, TsvKind.CHEMICALS), "tsv-duplicate-row"), "tsv-duplicate-row",
                    Severity.INFO, 3, 1, "row repeats line 2 exactly");
            String crlf = CHEMICALS + "\r\n" + CHEM_ROW + "\r\n" + CHEM_ROW + "\r\n";
            assertEquals(CHEM_ROW, only(parse(crlf, TsvKind.CHEMICALS), "tsv-duplicate-row").value());
        }
    }

    @Nested
    class Empty {
        @Test
        void tableWithRowsPasses() {
            assertEquals(List.of(), parse(lines(CHEMICALS, CHEM_ROW), TsvKind.CHEMICALS));
        }

        @Test
        void headerOnlyIsAWarning() {
            assertFinding(only(parse(lines(CHEMICALS), TsvKind.CHEMICALS), "tsv-empty"), "tsv-empty",
                    Severity.WARNING, 1, 1, "found none");
        }

        @Test
        void headerOnlyWithoutNewline() {
            assertFinding(only(parse(GENES_11, TsvKind.GENES), "tsv-empty"), "tsv-empty", Severity.WARNING, 1, 1,
                    "expected at least one row");
        }

        @Test
        void headerOnlyWithCrlf() {
            assertFinding(only(parse(DISEASES + "\r\n", TsvKind.DISEASES), "tsv-empty"), "tsv-empty",
                    Severity.WARNING, 1, 1, "expected at least one row");
        }
    }

    @Nested
    class Whitespace {
        @Test
        void cleanWordsPass() {
            assertEquals(List.of(), parse(lines(CHEMICALS, "Me Me Me\tmesh:C526611\tNA\tNA\tNA"),
                    TsvKind.CHEMICALS));
        }

        @Test
        void doubledAndTrailingSpacesInAChemicalWord() {
            String row = "Me  Me  Me \tmesh:C526611\tNA\tNA\tNA";
            Finding f = only(parse(lines(CHEMICALS, CHEM_ROW, row), TsvKind.CHEMICALS), "tsv-whitespace");
            assertFinding(f, "tsv-whitespace", Severity.INFO, 3, 1,
                    "word 'Me  Me  Me ' has leading, trailing or doubled spaces");
            assertEquals("Me Me Me", f.expected());
            assertEquals("Me  Me  Me ", f.value());
        }

        @Test
        void doubledSpaceInADiseaseWord() {
            String row = "HTLV-I infection  Prostate cancer\tmesh:D009369\tNA\tNA\tNA";
            Finding f = only(parse(lines(DISEASES, row), TsvKind.DISEASES), "tsv-whitespace");
            assertFinding(f, "tsv-whitespace", Severity.INFO, 2, 1, "HTLV-I infection  Prostate cancer");
            assertEquals("HTLV-I infection Prostate cancer", f.expected());
        }

        @Test
        void leadingSpaceInAGeneWordIsReportedAtTheWordColumn() {
            String row = replaceCell(G11_ROW, 3, " FSH");
            Finding f = only(parse(lines(GENES_11, row), TsvKind.GENES), "tsv-whitespace");
            assertFinding(f, "tsv-whitespace", Severity.INFO, 2, TestData.cellColumn(row, 3), "word ' FSH'");
            assertEquals("FSH", f.expected());
        }

        @Test
        void legacyWord() {
            String row = "Anandamide \tMESH\tC078814";
            assertFinding(only(parse(lines(LEGACY_IDS, row), TsvKind.CHEMICALS), "tsv-whitespace"),
                    "tsv-whitespace", Severity.INFO, 2, 1, "word 'Anandamide '");
        }

        @Test
        void aGeneWordWithGreekLookAlikesIsReportedAtTheLetter() {
            String row = replaceCell(G11_ROW, 3, "\u03a5\u0391P/T\u0391\u0396");
            Finding f = only(parse(lines(GENES_11, row), TsvKind.GENES), "word-mixed-script");
            assertFinding(f, "word-mixed-script", Severity.WARNING, 2, TestData.cellColumn(row, 3),
                    "word: expected one script, found '\u03a5\u0391P/T\u0391\u0396' mixing Latin letters with the "
                            + "Greek '\u03a5' (U+03A5) at character 1; the Latin spelling is 'YAP/TAZ'");
            assertEquals("YAP/TAZ", f.expected());
        }

        @Test
        void aChemicalWordWithOneCyrillicLetterIsReported() {
            String row = "Cp\u0435E\tmesh:C526611\tNA\tNA\tNA";
            Finding f = only(parse(lines(CHEMICALS, CHEM_ROW, row), TsvKind.CHEMICALS), "word-mixed-script");
            assertFinding(f, "word-mixed-script", Severity.WARNING, 3, 3, "Cyrillic '\u0435' (U+0435) at character 3");
            assertEquals("CpeE", f.expected());
        }

        @Test
        void greekLettersThatLookLikeNoLatinOneAndAllGreekWordsPass() {
            for (String word : List.of("TNF-\u03b1", "NF-\u03baB", "\u0394Np63", "\u0391\u0392\u0393",
                    "\u041c\u041e\u0411")) {
                String row = "9606\tHomo sapiens\tPrimates\t" + word + "\tTNF\tTNF\t7124\tncbigene_symbol\t1\t1\t2";
                assertEquals(List.of(), parse(lines(GENES_11, row), TsvKind.GENES), word);
            }
        }

        @Test
        void spacesInOtherColumnsAreNotWords() {
            String row = replaceCell(CHEM_ROW, 3, "17beta  estradiol ");
            assertEquals(List.of(), parse(lines(CHEMICALS, row), TsvKind.CHEMICALS));
        }
    }

    @Nested
    class ReadingFiles {
        @TempDir
        Path dir;

        private Path write(String name, byte[] bytes) throws IOException {
            Path p = dir.resolve(name);
            java.nio.file.Files.write(p, bytes);
            return p;
        }

        @Test
        void readsAUtf8File() throws IOException {
            String row = "9606\tHomo sapiens\tPrimates\tPKÇ\tPKC\tPRKCA\t5578\tfamplex_relations\t1\t0\t1";
            Path p = write("PMC9900001__f1-genes.tsv", lines(GENES_11, row).getBytes(StandardCharsets.UTF_8));
            FindingSink sink = new FindingSink("_data/PMC9900001__f1-genes.tsv");
            TsvTable t = TsvReader.read(p, TsvKind.GENES, 1024 * 1024, sink);
            assertNotNull(t);
            assertEquals(List.of(), sink.findings());
            assertEquals("_data/PMC9900001__f1-genes.tsv", t.path());
            assertEquals(List.of("PKÇ"), t.column("word"));
        }

        @Test
        void reportsFindingsWithTheSinkPath() throws IOException {
            Path p = write("PMC9900001__f1-chemicals.tsv",
                    lines(CHEMICALS, CHEM_ROW, CHEM_ROW).getBytes(StandardCharsets.UTF_8));
            FindingSink sink = new FindingSink("_data/PMC9900001__f1-chemicals.tsv");
            TsvReader.read(p, TsvKind.CHEMICALS, 1024 * 1024, sink);
            Finding f = only(sink.findings(), "tsv-duplicate-row");
            assertEquals("_data/PMC9900001__f1-chemicals.tsv", f.path());
            assertEquals(3, f.line());
        }

        @Test
        void invalidUtf8IsReportedNotParsed() throws IOException {
            byte[] good = lines(CHEMICALS, CHEM_ROW).getBytes(StandardCharsets.UTF_8);
            byte[] bad = Arrays.copyOf(good, good.length + 1);
            bad[good.length - 1] = (byte) 0xE9;
            bad[good.length] = '\n';
            Path p = write("PMC9900001__f1-chemicals.tsv", bad);
            FindingSink sink = new FindingSink("_data/x-chemicals.tsv");
            assertNull(TsvReader.read(p, TsvKind.CHEMICALS, 1024 * 1024, sink));
            Finding f = only(sink.findings(), "encoding-invalid");
            assertEquals(2, f.line());
        }

        @Test
        void tooLargeIsReportedNotParsed() throws IOException {
            Path p = write("PMC9900001__f1-chemicals.tsv",
                    lines(CHEMICALS, CHEM_ROW).getBytes(StandardCharsets.UTF_8));
            FindingSink sink = new FindingSink("_data/x-chemicals.tsv");
            assertNull(TsvReader.read(p, TsvKind.CHEMICALS, 10, sink));
            only(sink.findings(), "file-too-large");
        }

        @Test
        void missingFileIsReported() {
            FindingSink sink = new FindingSink("_data/x-chemicals.tsv");
            assertNull(TsvReader.read(dir.resolve("absent-chemicals.tsv"), TsvKind.CHEMICALS, 1024, sink));
            only(sink.findings(), "file-unreadable");
        }
    }
}
