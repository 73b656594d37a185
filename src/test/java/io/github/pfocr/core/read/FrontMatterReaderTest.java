package io.github.pfocr.core.read;

import io.github.pfocr.core.model.Fields;
import io.github.pfocr.core.model.Finding;
import io.github.pfocr.core.model.FindingSink;
import io.github.pfocr.core.model.Severity;
import io.github.pfocr.core.model.Rule;
import io.github.pfocr.core.model.MapNode;
import io.github.pfocr.core.model.Node;
import io.github.pfocr.core.model.ScalarNode;
import io.github.pfocr.core.model.ScalarType;
import io.github.pfocr.core.model.SeqNode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Tests of {@link FrontMatterReader} (and, through it, {@code YamlTreeBuilder}) and of {@link TextFiles}. All the
 * records below are made up. Every finding is checked for its rule id, 1-based file line and column, and a fragment
 * of its message.
 */
class FrontMatterReaderTest {

    private static final long LIMIT = 1 << 20;

    /** The outcome of one read. */
    private record Read(MapNode tree, List<Finding> findings) {
    }

    private static Read read(String text) {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    private static Read read(byte[] bytes) {
        FindingSink sink = new FindingSink("_figures/PMC0__test.md");
        MapNode tree = new FrontMatterReader(LIMIT).read(bytes, sink);
        return new Read(tree, List.copyOf(sink.findings()));
    }

    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object p : parts) {
            if (p instanceof String s) {
                out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
            } else if (p instanceof Integer b) {
                out.write(b);
            } else {
                throw new IllegalArgumentException(String.valueOf(p));
            }
        }
        return out.toByteArray();
    }

    private static String describe(List<Finding> findings) {
        return findings.stream().map(Finding::toConsoleLine).collect(Collectors.joining("\n  ", "\n  ", ""));
    }

    private static void assertClean(Read r) {
        assertTrue(r.findings().isEmpty(), () -> "expected no finding, got" + describe(r.findings()));
        assertNotNull(r.tree(), "expected a front-matter tree");
    }

    private static void assertFinding(Finding f, Rule rule, int line, int column, String fragment) {
        assertEquals(rule.id(), f.ruleId(), () -> "rule of " + f.toConsoleLine());
        assertEquals(rule.severity(), f.severity(), () -> "severity of " + f.toConsoleLine());
        assertEquals(line, f.line(), () -> "line of " + f.toConsoleLine());
        assertEquals(column, f.column(), () -> "column of " + f.toConsoleLine());
        assertTrue(f.message().contains(fragment),
                () -> "message of " + f.toConsoleLine() + " should contain '" + fragment + "'");
    }

    /** Asserts that the read reported exactly one finding, and what it is. */
    private static Finding assertOnly(Read r, Rule rule, int line, int column, String fragment) {
        assertEquals(1, r.findings().size(), () -> "expected exactly one finding, got" + describe(r.findings()));
        Finding f = r.findings().get(0);
        assertFinding(f, rule, line, column, fragment);
        return f;
    }

    private static ScalarNode scalar(Node node) {
        return assertInstanceOf(ScalarNode.class, node);
    }

    private static MapNode map(Node node) {
        return assertInstanceOf(MapNode.class, node);
    }

    private static SeqNode seq(Node node) {
        return assertInstanceOf(SeqNode.class, node);
    }

    private static void assertScalar(Node node, String value, ScalarType type, boolean plain, int line, int column) {
        ScalarNode s = scalar(node);
        assertEquals(value, s.value(), "value");
        assertEquals(type, s.type(), () -> "type of '" + s.value() + "'");
        assertEquals(plain, s.plain(), () -> "plain of '" + s.value() + "'");
        assertEquals(line, s.line(), () -> "line of '" + s.value() + "'");
        assertEquals(column, s.column(), () -> "column of '" + s.value() + "'");
    }

    private static List<String> keys(MapNode map) {
        return map.entries().stream().map(e -> e.key().value()).toList();
    }

    // A made-up record in the style of a G2 figure file: quoted year, lists, nested schema-jsonld with creator.
    private static final String RECORD = String.join("\n",
            "---",                                                  // 1
            "figid: PMC1234567__fig2",                              // 2
            "figtitle: A made-up signalling pathway",               // 3
            "organisms:",                                           // 4
            "- Homo sapiens",                                       // 5
            "- NA",                                                 // 6
            "pmcid: PMC1234567",                                    // 7
            "number: F2",                                           // 8
            "caption: Schematic of an invented cascade in which a", // 9
            "  receptor activates a kinase.",                       // 10
            "year: '2019'",                                         // 11
            "automl_pathway: 0.9123456",                            // 12
            "ndex: ''",                                             // 13
            "schema-jsonld:",                                       // 14
            "  '@context': https://schema.org/",                    // 15
            "  creator:",                                           // 16
            "    '@type': Organization",                            // 17
            "    name: WikiPathways",                               // 18
            "  keywords:",                                          // 19
            "  - ABC1",                                             // 20
            "  - 'On'",                                             // 21
            "---",                                                  // 22
            "");

    private static void assertRecordTree(MapNode root) {
        assertEquals(List.of("figid", "figtitle", "organisms", "pmcid", "number", "caption", "year",
                "automl_pathway", "ndex", "schema-jsonld"), keys(root));
        assertEquals(2, root.line());
        assertEquals(1, root.column());
        MapNode.Entry figid = root.entry("figid");
        assertScalar(figid.key(), "figid", ScalarType.STRING, true, 2, 1);
        assertScalar(figid.value(), "PMC1234567__fig2", ScalarType.STRING, true, 2, 8);

        SeqNode organisms = seq(root.get("organisms"));
        assertEquals(5, organisms.line());
        assertEquals(1, organisms.column());
        assertEquals(2, organisms.items().size());
        assertScalar(organisms.items().get(0), "Homo sapiens", ScalarType.STRING, true, 5, 3);
        assertScalar(organisms.items().get(1), "NA", ScalarType.STRING, true, 6, 3);

        assertScalar(root.get("caption"), "Schematic of an invented cascade in which a receptor activates a kinase.",
                ScalarType.STRING, true, 9, 10);
        assertScalar(root.get("year"), "2019", ScalarType.STRING, false, 11, 7);
        assertScalar(root.get("automl_pathway"), "0.9123456", ScalarType.FLOAT, true, 12, 17);
        assertScalar(root.get("ndex"), "", ScalarType.STRING, false, 13, 7);

        MapNode jsonld = map(root.get("schema-jsonld"));
        assertEquals(List.of("@context", "creator", "keywords"), keys(jsonld));
        assertEquals(15, jsonld.line());
        assertEquals(3, jsonld.column());
        assertScalar(jsonld.entry("@context").key(), "@context", ScalarType.STRING, false, 15, 3);
        assertScalar(jsonld.get("@context"), "https://schema.org/", ScalarType.STRING, true, 15, 15);
        MapNode creator = map(jsonld.get("creator"));
        assertEquals(17, creator.line());
        assertEquals(5, creator.column());
        assertScalar(creator.get("name"), "WikiPathways", ScalarType.STRING, true, 18, 11);
        SeqNode kw = seq(jsonld.get("keywords"));
        assertEquals(2, kw.items().size());
        assertScalar(kw.items().get(0), "ABC1", ScalarType.STRING, true, 20, 5);
        assertScalar(kw.items().get(1), "On", ScalarType.STRING, false, 21, 5);
    }

    @Nested
    @DisplayName("well-formed files")
    class WellFormed {

        @Test
        void normalRecordYieldsItsTreeWithoutFindings() {
            Read r = read(RECORD);
            assertClean(r);
            assertRecordTree(r.tree());
        }

        @Test
        void byteOrderMarkIsDropped() {
            Read r = read("\uFEFF" + RECORD);
            assertClean(r);
            assertRecordTree(r.tree());
        }

        @Test
        void crlfLineEndingsKeepLinesAndColumns() {
            Read r = read(RECORD.replace("\n", "\r\n"));
            assertClean(r);
            assertRecordTree(r.tree());
        }

        @Test
        void byteOrderMarkAndCrlfTogether() {
            Read r = read("\uFEFF" + RECORD.replace("\n", "\r\n"));
            assertClean(r);
            assertRecordTree(r.tree());
        }

        @Test
        void closingDotsAreAccepted() {
            Read r = read("---\nfigid: PMC1__f1\n...\n");
            assertClean(r);
            assertScalar(r.tree().get("figid"), "PMC1__f1", ScalarType.STRING, true, 2, 8);
        }

        @Test
        void closingDotsWithTrailingBlanksAreAccepted() {
            Read r = read("---\nfigid: PMC1__f1\n... \t\n");
            assertClean(r);
            assertEquals(List.of("figid"), keys(r.tree()));
        }

        @Test
        void trailingBlanksAfterBothDelimitersAreAccepted() {
            Read r = read("---  \t\nfigid: PMC1__f1\n--- \t \n");
            assertClean(r);
            assertScalar(r.tree().get("figid"), "PMC1__f1", ScalarType.STRING, true, 2, 8);
        }

        @Test
        void closingDelimiterWithoutFinalNewline() {
            Read r = read("---\nfigid: PMC1__f1\n---");
            assertClean(r);
            assertEquals(List.of("figid"), keys(r.tree()));
        }

        @Test
        void blankLinesAfterClosingDelimiterAreNoBody() {
            Read r = read("---\nfigid: PMC1__f1\n---\n\n  \t\n\n");
            assertClean(r);
        }

        @Test
        void threeNestedCollectionLevelsAreAllowed() {
            // root mapping -> genes list -> item mapping: the deepest shape of the format
            Read r = read("---\ngenes:\n- word: PI3K\n  symbol: PI3K\n  entrez: '5293'\n---\n");
            assertClean(r);
            MapNode item = map(seq(r.tree().get("genes")).items().get(0));
            assertEquals(List.of("word", "symbol", "entrez"), keys(item));
            assertScalar(item.get("entrez"), "5293", ScalarType.STRING, false, 5, 11);
        }

        @Test
        void literalReplacementCharacterIsValidUtf8() {
            Read r = read(bytes("---\nword: ", 0xEF, 0xBF, 0xBD, "\n---\n"));
            assertClean(r);
            assertScalar(r.tree().get("word"), "\uFFFD", ScalarType.STRING, true, 2, 7);
        }

        @Test
        void nodePositionsAreOneBasedFilePositions() {
            Read r = read("---\nfigid: x\n  # a comment\n\nnumber:   F1\nlist: [a,  b]\n---\n");
            assertClean(r);
            MapNode root = r.tree();
            assertScalar(root.entries().get(0).key(), "figid", ScalarType.STRING, true, 2, 1);
            assertScalar(root.get("figid"), "x", ScalarType.STRING, true, 2, 8);
            assertScalar(root.entry("number").key(), "number", ScalarType.STRING, true, 5, 1);
            assertScalar(root.get("number"), "F1", ScalarType.STRING, true, 5, 11);
            SeqNode list = seq(root.get("list"));
            assertEquals(6, list.line());
            assertEquals(7, list.column());
            assertScalar(list.items().get(0), "a", ScalarType.STRING, true, 6, 8);
            assertScalar(list.items().get(1), "b", ScalarType.STRING, true, 6, 12);
        }

        @Test
        void multiByteCharactersCountAsOneColumn() {
            Read r = read("---\nwörd: Ünïcode\n---\n");
            assertClean(r);
            assertScalar(r.tree().get("wörd"), "Ünïcode", ScalarType.STRING, true, 2, 7);
        }
    }

    @Nested
    @DisplayName("delimiters and overall shape")
    class Shape {

        @Test
        void missingOpeningDelimiter() {
            Read r = read("figid: PMC1__f1\n---\n");
            assertNull(r.tree());
            assertOnly(r, ReadRules.FRONT_MATTER_MISSING, 1, 1, "found 'figid: PMC1__f1'");
            assertTrue(r.findings().get(0).message().contains("expected '---' on the first line"));
            assertEquals("---", r.findings().get(0).expected());
        }

        @Test
        void emptyFileHasNoOpeningDelimiter() {
            Read r = read("");
            assertNull(r.tree());
            assertOnly(r, ReadRules.FRONT_MATTER_MISSING, 1, 1, "found ''");
        }

        @Test
        void blankLineBeforeOpeningDelimiter() {
            Read r = read("\n---\nfigid: PMC1__f1\n---\n");
            assertNull(r.tree());
            assertOnly(r, ReadRules.FRONT_MATTER_MISSING, 1, 1, "expected '---' on the first line");
        }

        @Test
        void fourDashesAreNoDelimiter() {
            Read r = read("----\nfigid: PMC1__f1\n---\n");
            assertNull(r.tree());
            assertOnly(r, ReadRules.FRONT_MATTER_MISSING, 1, 1, "found '----'");
        }

        @Test
        void openingDotsAreNoDelimiter() {
            Read r = read("...\nfigid: PMC1__f1\n---\n");
            assertNull(r.tree());
            assertOnly(r, ReadRules.FRONT_MATTER_MISSING, 1, 1, "found '...'");
        }

        @Test
        void longFirstLineIsAbbreviatedInTheMessage() {
            Read r = read("x".repeat(100) + "\n");
            assertNull(r.tree());
            Finding f = assertOnly(r, ReadRules.FRONT_MATTER_MISSING, 1, 1, "found '" + "x".repeat(40) + "...'");
            assertFalse(f.message().contains("x".repeat(41)), f.message());
        }

        @Test
        void unterminatedFrontMatter() {
            Read r = read("---\nfigid: PMC1__f1\nnumber: F1\n");
            assertNull(r.tree());
            assertOnly(r, ReadRules.FRONT_MATTER_UNTERMINATED, 1, 1, "found the end of the file");
        }

        @Test
        void dashesFollowedByTextDoNotClose() {
            Read r = read("---\nfigid: PMC1__f1\n--- not a delimiter\n");
            assertNull(r.tree());
            assertOnly(r, ReadRules.FRONT_MATTER_UNTERMINATED, 1, 1, "closing the front matter opened on line 1");
        }

        @Test
        void onlyOpeningDelimiter() {
            Read r = read("---\n");
            assertNull(r.tree());
            assertOnly(r, ReadRules.FRONT_MATTER_UNTERMINATED, 1, 1, "found the end of the file");
        }

        @Test
        void emptyFrontMatter() {
            Read r = read("---\n---\n");
            assertNull(r.tree());
            assertOnly(r, ReadRules.FRONT_MATTER_NOT_MAPPING, 2, 1, "found an empty front matter");
        }

        @Test
        void frontMatterOfBlankLinesAndCommentsIsEmpty() {
            Read r = read("---\n\n# nothing but a comment\n\n---\n");
            assertNull(r.tree());
            assertOnly(r, ReadRules.FRONT_MATTER_NOT_MAPPING, 2, 1, "found an empty front matter");
        }

        @Test
        void listAsRoot() {
            Read r = read("---\n- figid\n- number\n---\n");
            assertNull(r.tree());
            assertOnly(r, ReadRules.FRONT_MATTER_NOT_MAPPING, 2, 1, "expected a mapping of fields, found a list");
        }

        @Test
        void stringAsRoot() {
            Read r = read("---\n  just some text\n---\n");
            assertNull(r.tree());
            assertOnly(r, ReadRules.FRONT_MATTER_NOT_MAPPING, 2, 3, "found a string");
        }

        @Test
        void integerAsRoot() {
            Read r = read("---\n42\n---\n");
            assertNull(r.tree());
            assertOnly(r, ReadRules.FRONT_MATTER_NOT_MAPPING, 2, 1, "found an integer (42)");
        }

        @Test
        void textAfterClosingDelimiterIsAWarning() {
            Read r = read("---\nfigid: PMC1__f1\n---\n\n  Some page body.\n");
            assertNotNull(r.tree(), "the front matter is still read");
            assertEquals(List.of("figid"), keys(r.tree()));
            Finding f = assertOnly(r, ReadRules.BODY_NOT_EMPTY, 5, 3, "found text that Jekyll would render");
            assertEquals(Severity.WARNING, f.severity());
        }

        @Test
        void textRightAfterClosingDelimiter() {
            Read r = read("---\nfigid: PMC1__f1\n---\nbody\n");
            assertEquals(List.of("figid"), keys(r.tree()));
            assertOnly(r, ReadRules.BODY_NOT_EMPTY, 4, 1, "expected nothing after the closing '---'");
        }

        @Test
        void textAfterClosingDotsWithCrlf() {
            Read r = read("---\r\nfigid: PMC1__f1\r\n...\r\n\r\nbody\r\n");
            assertEquals(List.of("figid"), keys(r.tree()));
            assertOnly(r, ReadRules.BODY_NOT_EMPTY, 5, 1, "found text");
        }

        @Test
        void secondFrontMatterBlockIsBody() {
            // Jekyll closes at the first '---': what follows is body, not YAML.
            Read r = read("---\nfigid: PMC1__f1\n---\nnumber: F1\n---\n");
            assertEquals(List.of("figid"), keys(r.tree()));
            assertOnly(r, ReadRules.BODY_NOT_EMPTY, 4, 1, "found text");
        }
    }

    @Nested
    @DisplayName("bytes and encoding")
    class Bytes {

        @Test
        void nulByteIsBinary() {
            Read r = read(bytes("---\nfigid: x", 0, "\n---\n"));
            assertNull(r.tree());
            assertOnly(r, ReadRules.FILE_BINARY, 2, 9, "found a NUL byte at offset 12");
        }

        @Test
        void nulByteOnFirstLine() {
            Read r = read(bytes(0, "---\n"));
            assertNull(r.tree());
            assertOnly(r, ReadRules.FILE_BINARY, 1, 1, "offset 0");
        }

        @Test
        void nulByteAfterMultiByteCharacters() {
            // 'é' is two bytes but one column
            Read r = read(bytes("---\nk: é", 0, "\n---\n"));
            assertOnly(r, ReadRules.FILE_BINARY, 2, 5, "offset 9");
        }

        @Test
        void nulByteAfterAnInvalidByteIsStillBinary() {
            Read r = read(bytes("---\na: ", 0xFF, "b", 0, "\n---\n"));
            assertNull(r.tree());
            assertOnly(r, ReadRules.FILE_BINARY, 2, 6, "offset 9");
        }

        @Test
        void overlongNulIsAnInvalidSequenceNotABinaryFile() {
            // Modified UTF-8 writes U+0000 as C0 80: not UTF-8, and no NUL byte.
            Read r = read(bytes("---\na: ", 0xC0, 0x80, "\n---\n"));
            assertNull(r.tree());
            assertOnly(r, ReadRules.ENCODING_INVALID, 2, 4, "invalid byte 0xC0 at offset 7");
        }

        @Test
        void truncatedSequenceBeforeNewline() {
            // "caf" then a lone lead byte of a two-byte sequence
            Read r = read(bytes("---\nname: caf", 0xC3, "\n---\n"));
            assertNull(r.tree());
            assertOnly(r, ReadRules.ENCODING_INVALID, 2, 10, "invalid byte 0xC3 at offset 13");
        }

        @Test
        void invalidByteAfterMultiByteCharacter() {
            Read r = read(bytes("---\na: ", 0xC3, 0xA9, 0xFF, "\n---\n"));
            assertNull(r.tree());
            assertOnly(r, ReadRules.ENCODING_INVALID, 2, 5, "invalid byte 0xFF at offset 9");
        }

        @Test
        void loneContinuationByteOnLaterLine() {
            Read r = read(bytes("---\na: 1\nb: 2\nccc: ", 0x80, "\n---\n"));
            assertNull(r.tree());
            assertOnly(r, ReadRules.ENCODING_INVALID, 4, 6, "0x80 at offset 19");
        }

        @Test
        void encodedSurrogateIsInvalid() {
            Read r = read(bytes("---\na: ", 0xED, 0xA0, 0x80, "\n---\n"));
            assertOnly(r, ReadRules.ENCODING_INVALID, 2, 4, "0xED at offset 7");
        }

        @Test
        void truncatedSequenceAtEndOfFile() {
            Read r = read(bytes("---\na: ", 0xF0, 0x9F));
            assertOnly(r, ReadRules.ENCODING_INVALID, 2, 4, "0xF0 at offset 7");
        }

        @Test
        void latin1FileIsInvalid() {
            Read r = read(bytes("---\ncaption: na", 0xEF, "ve\n---\n"));
            assertOnly(r, ReadRules.ENCODING_INVALID, 2, 12, "expected UTF-8, found the invalid byte 0xEF");
        }

        @Test
        void fileLargerThanTheLimit(@TempDir Path dir) throws Exception {
            Path file = dir.resolve("PMC1__big.md");
            Files.write(file, new byte[101]);
            FindingSink sink = new FindingSink("PMC1__big.md");
            assertNull(TextFiles.readBytes(file, 100, sink));
            assertOnly(new Read(null, sink.findings()), ReadRules.FILE_TOO_LARGE, 1, 1,
                    "expected at most 100 bytes, found 101 bytes");
        }

        @Test
        void fileAtTheLimitIsRead(@TempDir Path dir) throws Exception {
            Path file = dir.resolve("PMC1__ok.md");
            byte[] content = "---\nfigid: PMC1__ok\n---\n".getBytes(StandardCharsets.UTF_8);
            Files.write(file, content);
            FindingSink sink = new FindingSink("PMC1__ok.md");
            assertArrayEquals(content, TextFiles.readBytes(file, content.length, sink));
            assertTrue(sink.findings().isEmpty(), () -> describe(sink.findings()));
        }

        @Test
        void missingFileIsUnreadable(@TempDir Path dir) {
            FindingSink sink = new FindingSink("gone.md");
            assertNull(TextFiles.readBytes(dir.resolve("gone.md"), 100, sink));
            assertOnly(new Read(null, sink.findings()), ReadRules.FILE_UNREADABLE, 1, 1, "could not read the file");
        }

        @Test
        void decodeReturnsTheText() {
            FindingSink sink = new FindingSink("x.md");
            assertEquals("---\nk: é\n", TextFiles.decode("---\nk: é\n".getBytes(StandardCharsets.UTF_8), sink));
            assertTrue(sink.findings().isEmpty());
        }
    }

    @Nested
    @DisplayName("YAML restrictions")
    class Yaml {

        @Test
        void syntaxErrorInFlowSequence() {
            Read r = read("---\na: 1\nb: [1, 2\n---\n");
            assertNull(r.tree());
            // the parser runs into the end of the front matter, on the closing delimiter's line
            assertOnly(r, ReadRules.YAML_SYNTAX, 4, 1, "expected ',' or ']'");
        }

        @Test
        void syntaxErrorMidLine() {
            Read r = read("---\nfigid: PMC1__f1\ncaption: Step one: bind\n---\n");
            assertNull(r.tree());
            assertOnly(r, ReadRules.YAML_SYNTAX, 3, 18, "mapping values are not allowed here");
        }

        @Test
        void syntaxErrorMidLineWithCrlf() {
            Read r = read("---\r\nfigid: PMC1__f1\r\ncaption: Step one: bind\r\n---\r\n");
            assertNull(r.tree());
            assertOnly(r, ReadRules.YAML_SYNTAX, 3, 18, "mapping values are not allowed here");
        }

        @Test
        void badIndentation() {
            Read r = read("---\na: 1\n  b: 2\n---\n");
            assertNull(r.tree());
            assertOnly(r, ReadRules.YAML_SYNTAX, 3, 4, "invalid YAML: mapping values are not allowed here");
        }

        @Test
        void tabIndentation() {
            Read r = read("---\n\tfigid: x\n---\n");
            assertNull(r.tree());
            assertOnly(r, ReadRules.YAML_SYNTAX, 2, 1, "TAB");
        }

        @Test
        void unterminatedQuotedScalar() {
            Read r = read("---\nfigid: 'PMC1__f1\n---\n");
            assertNull(r.tree());
            assertOnly(r, ReadRules.YAML_SYNTAX, 3, 1, "while scanning a quoted scalar");
        }

        @Test
        void duplicateTopLevelKey() {
            Read r = read("---\nfigid: PMC1__f1\nnumber: F1\nfigid: PMC1__f2\n---\n");
            Finding f = assertOnly(r, ReadRules.YAML_DUPLICATE_KEY, 4, 1, "first defined at line 2");
            assertTrue(f.message().contains("duplicate key 'figid'"), f.message());
            assertEquals("figid", f.value());
            // the first value is kept, the repeated key is dropped
            assertEquals(List.of("figid", "number"), keys(r.tree()));
            assertScalar(r.tree().get("figid"), "PMC1__f1", ScalarType.STRING, true, 2, 8);
        }

        @Test
        void duplicateKeyInNestedMapping() {
            Read r = read("---\nschema-jsonld:\n  license: CC0\n  name: CreativeWork\n  license: CC-BY\n---\n");
            Finding f = assertOnly(r, ReadRules.YAML_DUPLICATE_KEY, 5, 3, "first defined at line 3");
            assertTrue(f.message().contains("'license'"), f.message());
            MapNode jsonld = map(r.tree().get("schema-jsonld"));
            assertEquals(List.of("license", "name"), keys(jsonld));
            assertScalar(jsonld.get("license"), "CC0", ScalarType.STRING, true, 3, 12);
        }

        @Test
        void duplicateKeyInListItemMapping() {
            Read r = read("---\ngenes:\n- word: A\n  symbol: B\n  word: C\n---\n");
            assertOnly(r, ReadRules.YAML_DUPLICATE_KEY, 5, 3, "duplicate key 'word': first defined at line 3");
        }

        @Test
        void sameKeyInSiblingMappingsIsNoDuplicate() {
            Read r = read("---\ngenes:\n- word: A\n- word: B\n---\n");
            assertClean(r);
        }

        @Test
        void theFormatsKeysAreReadAsTheirConstantsAndNothingElseIs() {
            Read r = read("---\nfigid: genes\n'genes':\n- \"hgnc_symbol\": hgnc_symbol\n  Word: x\n"
                    + "schema-jsonld:\n  '@id': y\n---\n");
            assertClean(r);
            MapNode root = r.tree();
            assertSame(Fields.FIGID, root.entries().get(0).key().value());
            assertSame(Fields.GENES, root.entries().get(1).key().value());
            assertSame(Fields.SCHEMA_JSONLD, root.entries().get(2).key().value());
            assertSame(Fields.LD_ID, map(root.get("schema-jsonld")).entries().get(0).key().value());
            MapNode gene = map(((SeqNode) root.get("genes")).items().get(0));
            assertSame(Fields.ITEM_HGNC_SYMBOL, gene.entries().get(0).key().value());
            assertEquals("Word", gene.entries().get(1).key().value());
            // Values are left as read, even when they spell a key.
            assertEquals(Fields.GENES, ((ScalarNode) root.get("figid")).value());
            assertNotSame(Fields.GENES, ((ScalarNode) root.get("figid")).value());
            assertNotSame(Fields.ITEM_HGNC_SYMBOL, ((ScalarNode) gene.get("hgnc_symbol")).value());
        }

        @Test
        void keysOfEqualHashesAreDuplicatesOnlyWhenTheirTextsAre() {
            // "Aa" and "BB" share a String hash code, as do "AaAa", "BBBB", "AaBB" and "BBAa".
            Read r = read("---\nAa: 1\nBB: 2\nAaAa: 3\nBBBB: 4\nAaBB: 5\nBBAa: 6\nBB: 7\n---\n");
            assertOnly(r, ReadRules.YAML_DUPLICATE_KEY, 8, 1, "duplicate key 'BB': first defined at line 3");
            assertEquals(List.of("Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa"), keys(r.tree()));
        }

        @Test
        void quotedAndPlainSpellingsOfOneKeyAreDuplicates() {
            Read r = read("---\nfigid: a\n'figid': b\n---\n");
            assertOnly(r, ReadRules.YAML_DUPLICATE_KEY, 3, 1, "first defined at line 2");
        }

        @Test
        void anchorAndAlias() {
            Read r = read("---\nfigid: &id PMC1__f1\nfigid_alias: *id\n---\n");
            assertEquals(2, r.findings().size(), () -> describe(r.findings()));
            assertFinding(r.findings().get(0), ReadRules.YAML_ANCHOR, 2, 8, "anchor &id is not allowed");
            assertFinding(r.findings().get(1), ReadRules.YAML_ANCHOR, 3, 14, "alias *id is not allowed");
            // the alias is not expanded: it stands as an omitted value
            // a node starts at its properties: the anchor
            assertScalar(r.tree().get("figid"), "PMC1__f1", ScalarType.STRING, true, 2, 8);
            assertScalar(r.tree().get("figid_alias"), "*id", ScalarType.OMITTED, true, 3, 14);
        }

        @Test
        void anchoredMappingAndItsAlias() {
            Read r = read("---\ncreator: &c\n  name: WikiPathways\nother: *c\n---\n");
            assertEquals(2, r.findings().size(), () -> describe(r.findings()));
            assertFinding(r.findings().get(0), ReadRules.YAML_ANCHOR, 2, 10, "anchor &c");
            assertFinding(r.findings().get(1), ReadRules.YAML_ANCHOR, 4, 8, "alias *c");
            assertEquals(List.of("name"), keys(map(r.tree().get("creator"))));
            assertEquals(ScalarType.OMITTED, scalar(r.tree().get("other")).type());
        }

        @Test
        void billionLaughsFinishesWithoutExpanding() {
            StringBuilder sb = new StringBuilder("---\n");
            sb.append("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
            for (char c = 'b'; c <= 'i'; c++) {
                char prev = (char) (c - 1);
                sb.append(c).append(": &").append(c).append(" [");
                for (int i = 0; i < 9; i++) {
                    sb.append(i == 0 ? "" : ", ").append('*').append(prev);
                }
                sb.append("]\n");
            }
            sb.append("---\n");
            Read r = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> read(sb.toString()));
            assertFalse(r.findings().isEmpty());
            // 9 anchors and 8 x 9 aliases, each reported where it is written; nothing else
            assertEquals(81, r.findings().size(), () -> describe(r.findings()));
            assertTrue(r.findings().stream().allMatch(f -> f.ruleId().equals("yaml-anchor")), describe(r.findings()));
            assertFinding(r.findings().get(0), ReadRules.YAML_ANCHOR, 2, 4, "anchor &a");
            assertFinding(r.findings().get(1), ReadRules.YAML_ANCHOR, 3, 4, "anchor &b");
            assertFinding(r.findings().get(2), ReadRules.YAML_ANCHOR, 3, 8, "alias *a");
            SeqNode last = seq(r.tree().get("i"));
            assertEquals(9, last.items().size());
            for (Node item : last.items()) {
                assertScalar(item, "*h", ScalarType.OMITTED, true, 10, scalar(item).column());
            }
        }

        @Test
        void explicitTags() {
            Read r = read("---\nyear: !!str 2019\nfigtype: !custom Figure\n---\n");
            assertEquals(2, r.findings().size(), () -> describe(r.findings()));
            assertFinding(r.findings().get(0), ReadRules.YAML_TAG, 2, 7, "explicit tag tag:yaml.org,2002:str");
            assertFinding(r.findings().get(1), ReadRules.YAML_TAG, 3, 10, "explicit tag !custom is not allowed");
            assertScalar(r.tree().get("year"), "2019", ScalarType.STRING, true, 2, 7);
            assertScalar(r.tree().get("figtype"), "Figure", ScalarType.STRING, true, 3, 10);
        }

        @Test
        void explicitTagOnCollection() {
            Read r = read("---\ncreator: !!map {name: WikiPathways}\n---\n");
            assertOnly(r, ReadRules.YAML_TAG, 2, 10, "tag:yaml.org,2002:map");
            assertEquals(List.of("name"), keys(map(r.tree().get("creator"))));
        }

        @Test
        void nonSpecificTagIsNotReported() {
            Read r = read("---\nnumber: ! 12\n---\n");
            assertClean(r);
        }

        @Test
        void complexKeyList() {
            Read r = read("---\n? [a, b]\n: c\nfigid: PMC1__f1\n---\n");
            assertOnly(r, ReadRules.YAML_COMPLEX_KEY, 2, 3, "a mapping key must be a string, found a list");
            // the complex key and its value are dropped, the rest is read
            assertEquals(List.of("figid"), keys(r.tree()));
            assertScalar(r.tree().get("figid"), "PMC1__f1", ScalarType.STRING, true, 4, 8);
        }

        @Test
        void complexKeyMapping() {
            Read r = read("---\n? {a: 1}\n: x\n---\n");
            assertOnly(r, ReadRules.YAML_COMPLEX_KEY, 2, 3, "found a mapping");
            assertTrue(r.tree().entries().isEmpty());
        }

        @Test
        void flowListAsImplicitKey() {
            Read r = read("---\n[a]: x\n---\n");
            assertOnly(r, ReadRules.YAML_COMPLEX_KEY, 2, 1, "found a list");
        }

        @Test
        void nestingDeeperThanThreeLevelsIsReportedOnce() {
            Read r = read(String.join("\n", "---",
                    "schema-jsonld:",   // 2: level 1 is the root
                    "  creator:",       // 3: level 2
                    "    name:",        // 4: level 3
                    "      deep: 1",    // 5: level 4, too deep
                    "      deeper: [1]",
                    "  other:",
                    "    more:",
                    "      also: [[x]]", // 9: too deep again, not reported again
                    "figid: PMC1__f1",
                    "---", ""));
            assertOnly(r, ReadRules.YAML_NESTING, 5, 7, "expected at most 3 nested levels");
            MapNode jsonld = map(r.tree().get("schema-jsonld"));
            MapNode creator = map(jsonld.get("creator"));
            assertScalar(creator.get("name"), "", ScalarType.OMITTED, false, 5, 7);
            MapNode other = map(jsonld.get("other"));
            assertEquals(ScalarType.OMITTED, scalar(other.get("more")).type());
            assertScalar(r.tree().get("figid"), "PMC1__f1", ScalarType.STRING, true, 10, 8);
        }

        @Test
        void deepFlowNestingIsReportedOnce() {
            Read r = read("---\na: [[[x]]]\nb: [[[y]]]\n---\n");
            assertOnly(r, ReadRules.YAML_NESTING, 2, 6, "found a deeper one");
            SeqNode inner = seq(seq(r.tree().get("a")).items().get(0));
            assertScalar(inner.items().get(0), "", ScalarType.OMITTED, false, 2, 6);
        }

        @Test
        void veryDeepFlowNestingFinishes() {
            Read r = assertTimeoutPreemptively(Duration.ofSeconds(30),
                    () -> read("---\na: " + "[".repeat(10_000) + "\n---\n"));
            assertNull(r.tree());
            assertEquals(2, r.findings().size(), describe(r.findings()));
            assertFinding(r.findings().get(0), ReadRules.YAML_NESTING, 2, 6, "nested levels");
            assertFinding(r.findings().get(1), ReadRules.YAML_NESTING, 2, 6, "the rest of the file was not read");
        }

        @Test
        void aMegabyteOfNestingIsAbandonedEarly() {
            Read r = assertTimeoutPreemptively(Duration.ofSeconds(30),
                    () -> read("---\na: " + "[".repeat(1_000_000) + "\n---\n"));
            assertNull(r.tree());
            assertTrue(r.findings().stream().anyMatch(f -> f.message().contains("the rest of the file was not read")),
                    describe(r.findings()));
        }

        @Test
        void secondDocumentInsideFrontMatter() {
            // '--- # comment' does not close the front matter for Jekyll, but starts a second YAML document
            Read r = read("---\nfigid: PMC1__f1\n--- # comment\nnumber: F1\n---\n");
            assertNull(r.tree());
            assertOnly(r, ReadRules.YAML_SYNTAX, 3, 1, "found a second one");
        }

        @Test
        void secondDocumentWithContentOnItsStartLine() {
            Read r = read("---\nfigid: PMC1__f1\n--- number: F1\n---\n");
            assertNull(r.tree());
            assertOnly(r, ReadRules.YAML_SYNTAX, 3, 1, "expected one YAML document in the front matter");
        }
    }

    @Nested
    @DisplayName("scalar values and YAML 1.1 typing")
    class Scalars {

        private MapNode typed() {
            Read r = read(String.join("\n", "---",
                    "a: NO",          // 2
                    "b: yes",         // 3
                    "c: on",          // 4
                    "d: 0123",        // 5
                    "e: 3716",        // 6
                    "f: 0.5",         // 7
                    "g: 2020-01-02",  // 8
                    "h: ~",           // 9
                    "i:",             // 10
                    "j: 'NO'",        // 11
                    "k: \"3716\"",    // 12
                    "l: null",        // 13
                    "m: Off",         // 14
                    "n: .na.character", // 15
                    "o: Homo sapiens", // 16
                    "p: 1e3",         // 17
                    "---", ""));
            assertClean(r);
            return r.tree();
        }

        @Test
        void booleans() {
            MapNode t = typed();
            assertScalar(t.get("a"), "NO", ScalarType.BOOLEAN, true, 2, 4);
            assertScalar(t.get("b"), "yes", ScalarType.BOOLEAN, true, 3, 4);
            assertScalar(t.get("c"), "on", ScalarType.BOOLEAN, true, 4, 4);
            assertScalar(t.get("m"), "Off", ScalarType.BOOLEAN, true, 14, 4);
        }

        @Test
        void numbers() {
            MapNode t = typed();
            assertScalar(t.get("d"), "0123", ScalarType.INTEGER, true, 5, 4);
            assertScalar(t.get("e"), "3716", ScalarType.INTEGER, true, 6, 4);
            assertScalar(t.get("f"), "0.5", ScalarType.FLOAT, true, 7, 4);
            assertScalar(t.get("p"), "1e3", ScalarType.FLOAT, true, 17, 4);
        }

        @Test
        void timestamp() {
            assertScalar(typed().get("g"), "2020-01-02", ScalarType.TIMESTAMP, true, 8, 4);
        }

        @Test
        void nulls() {
            MapNode t = typed();
            assertScalar(t.get("h"), "~", ScalarType.NULL, true, 9, 4);
            assertScalar(t.get("i"), "", ScalarType.NULL, true, 10, 3);
            assertScalar(t.get("l"), "null", ScalarType.NULL, true, 13, 4);
        }

        @Test
        void quotedScalarsAreStrings() {
            MapNode t = typed();
            assertScalar(t.get("j"), "NO", ScalarType.STRING, false, 11, 4);
            assertScalar(t.get("k"), "3716", ScalarType.STRING, false, 12, 4);
            assertTrue(scalar(t.get("j")).isString());
        }

        @Test
        void plainStrings() {
            MapNode t = typed();
            assertScalar(t.get("n"), ".na.character", ScalarType.STRING, true, 15, 4);
            assertScalar(t.get("o"), "Homo sapiens", ScalarType.STRING, true, 16, 4);
        }

        @Test
        void describeNamesTheType() {
            MapNode t = typed();
            assertEquals("a boolean (NO)", t.get("a").describe());
            assertEquals("an integer (3716)", t.get("e").describe());
            assertEquals("a string", t.get("j").describe());
        }

        @Test
        void foldedPlainScalar() {
            Read r = read(String.join("\n", "---",
                    "caption: A long caption that",
                    "  continues on a second line",
                    "",
                    "  and a new paragraph",
                    "keywords: Cancer | Cell",
                    "  | Signal transduction",
                    "---", ""));
            assertClean(r);
            assertScalar(r.tree().get("caption"),
                    "A long caption that continues on a second line\nand a new paragraph", ScalarType.STRING, true, 2, 10);
            assertScalar(r.tree().get("keywords"), "Cancer | Cell | Signal transduction", ScalarType.STRING, true,
                    6, 11);
        }

        @Test
        void foldedPlainScalarWithCrlf() {
            Read r = read("---\r\ncaption: first\r\n  second\r\nnext: x\r\n---\r\n");
            assertClean(r);
            assertScalar(r.tree().get("caption"), "first second", ScalarType.STRING, true, 2, 10);
            assertScalar(r.tree().get("next"), "x", ScalarType.STRING, true, 4, 7);
        }

        @Test
        void singleQuoteEscapes() {
            Read r = read(String.join("\n", "---",
                    "papertitle: 'Can''t stop: a ''made-up'' study'",
                    "figtitle: 'Trailing space '",
                    "empty: ''",
                    "folded: 'one",
                    "  two'",
                    "---", ""));
            assertClean(r);
            assertScalar(r.tree().get("papertitle"), "Can't stop: a 'made-up' study", ScalarType.STRING, false, 2, 13);
            assertScalar(r.tree().get("figtitle"), "Trailing space ", ScalarType.STRING, false, 3, 11);
            assertScalar(r.tree().get("empty"), "", ScalarType.STRING, false, 4, 8);
            assertScalar(r.tree().get("folded"), "one two", ScalarType.STRING, false, 5, 9);
        }

        @Test
        void doubleQuoteEscapes() {
            Read r = read("---\nk: \"tab\\there \\\"q\\\" \\u00e9\"\n---\n");
            assertClean(r);
            assertScalar(r.tree().get("k"), "tab\there \"q\" é", ScalarType.STRING, false, 2, 4);
        }

        @Test
        void quotedKeys() {
            Read r = read("---\nschema-jsonld:\n  '@id': https://example.org/x.html\n  \"@type\": Dataset\n---\n");
            assertClean(r);
            MapNode m = map(r.tree().get("schema-jsonld"));
            assertScalar(m.entry("@id").key(), "@id", ScalarType.STRING, false, 3, 3);
            assertScalar(m.get("@type"), "Dataset", ScalarType.STRING, true, 4, 12);
        }

        @Test
        void emptyFlowCollections() {
            Read r = read("---\nannotations: []\ngenes: []\nextra: {}\n---\n");
            assertClean(r);
            assertTrue(seq(r.tree().get("annotations")).items().isEmpty());
            assertTrue(map(r.tree().get("extra")).entries().isEmpty());
        }
    }

    @Nested
    @DisplayName("fixed bugs")
    class FixedBugs {

        @Test
        void tagWithEscapedSpaceDoesNotThrow() {
            for (String tag : List.of("!x%20", "!!str%20", "!<%20x>")) {
                Read r;
                try {
                    r = read("---\nfigtype: " + tag + " Figure\n---\n");
                } catch (RuntimeException e) {
                    fail("FrontMatterReader.read threw on tag " + tag + ": " + e);
                    return;
                }
                assertFalse(r.findings().isEmpty(), tag);
                assertFinding(r.findings().get(0), ReadRules.YAML_TAG, 2, 10, "explicit tag");
            }
        }

        @Test
        void hugeLimitDoesNotOverflow() {
            FindingSink sink = new FindingSink("x.md");
            MapNode tree = new FrontMatterReader(Long.MAX_VALUE).read("---\nfigid: x\n---\n".getBytes(
                    StandardCharsets.UTF_8), sink);
            assertTrue(sink.findings().isEmpty(), () -> describe(sink.findings()));
            assertNotNull(tree);
        }
    }
}
