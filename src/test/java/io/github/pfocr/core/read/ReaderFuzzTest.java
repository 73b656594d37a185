package io.github.pfocr.core.read;

import io.github.pfocr.core.model.Finding;
import io.github.pfocr.core.model.FindingSink;
import io.github.pfocr.core.model.Severity;
import io.github.pfocr.core.model.Rule;
import io.github.pfocr.core.model.MapNode;
import io.github.pfocr.core.model.Node;
import io.github.pfocr.core.model.ScalarNode;
import io.github.pfocr.core.model.SeqNode;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Deterministic mutation fuzzing of {@link FrontMatterReader}: made-up figure files are mutated at random (fixed
 * seed, so every run feeds the same inputs) and every result must keep the reader's contract: nothing thrown, every
 * finding positioned at line and column >= 1 with a message and a known rule id, and null returned only with a
 * reason reported.
 */
class ReaderFuzzTest {

    private static final long SEED = 0x5EED_F0C2L;
    private static final int ITERATIONS = 3000;
    private static final int MAX_REPORTED = 10;

    private static final Map<String, Rule> RULES = ReadRules.ALL.stream()
            .collect(Collectors.toMap(Rule::id, Function.identity()));

    /** YAML-significant characters (and a few neighbours) to sprinkle in. */
    private static final String SIGNIFICANT = ":-[]{}&*!|>'\"#%@\t\n?, .~<`\\";

    private static final int[][] INVALID_UTF8 = {
            {0xFF}, {0xFE}, {0xC3}, {0x80}, {0xBF}, {0xC0, 0xAF}, {0xED, 0xA0, 0x80}, {0xF0, 0x9F}, {0xF8, 0x88, 0x80},
            {0xE2, 0x82}, {0xF4, 0x90, 0x80, 0x80},
    };

    private static final String[] SNIPPETS = {
            "---\n", "...\n", "--- ", "\uFEFF", "\r\n", "\r", "&a ", "*a", "!!str ", "!x ", "? ", ": ", "- ", "'", "''",
            "\"\\u00\"", "%YAML 1.1\n", "%TAG ! tag:x,2000:\n", "<<: *a\n", "|\n", ">-\n", "{a: ", "[b, ", "\t", "#",
            "key: value\n", "0123", "NO", "~", "2020-01-02", "\u00e9", "\u2028", "\uD83D\uDE00",
    };

    // Made-up records in the shapes the format uses; none is real data.
    private static final List<String> SEEDS = List.of(
            String.join("\n",
                    "---",
                    "figid: PMC7654321__fig3",
                    "figtitle: An invented kinase cascade",
                    "organisms:",
                    "- Mus musculus",
                    "- NA",
                    "pmcid: PMC7654321",
                    "number: F3",
                    "caption: A folded caption that goes on",
                    "  over two lines with a 'quote' and colon-like text",
                    "year: '2020'",
                    "doi: .na.character",
                    "keywords: Alpha | Beta",
                    "  | Gamma",
                    "automl_pathway: 0.8765432",
                    "ndex: ''",
                    "seo: CreativeWork",
                    "schema-jsonld:",
                    "  '@context': https://schema.org/",
                    "  '@id': https://example.org/figures/PMC7654321__fig3.html",
                    "  creator:",
                    "    '@type': Organization",
                    "    name: WikiPathways",
                    "  keywords:",
                    "  - XYZ1",
                    "  - 'On'",
                    "  - si:abc-12",
                    "---",
                    ""),
            String.join("\n",
                    "---",
                    "figid: PMC1111__g1",
                    "number: Figure 1",
                    "pmc_ranked_result_index: '42'",
                    "pathway_score: 0.5123456",
                    "annotations: []",
                    "genes:",
                    "- word: MADE1",
                    "  symbol: MADE1",
                    "  source: hgnc_symbol",
                    "  hgnc_symbol: MADE1",
                    "  entrez: '99999'",
                    "- word: '|UP'",
                    "  symbol: UP",
                    "  source: bioentities_symbol",
                    "  hgnc_symbol: UP2",
                    "  entrez: '88888'",
                    "chemicals:",
                    "- word: sugar",
                    "  source: MESH",
                    "  identifier: D000001",
                    "diseases: []",
                    "---",
                    ""),
            "---\nfigid: PMC2__x\nlist: [a, 'b', \"c\", {k: v}]\nmap: {one: 1, two: [2]}\ntext: \"esc \\t \\\" ok\"\n---\n",
            "\uFEFF---\r\nfigid: PMC3__y\r\ncaption: >-\r\n  block folded\r\n  text\r\nlit: |\r\n  keep\r\n   this\r\n...\r\n");

    /** Applies one random mutation. */
    private static byte[] mutate(byte[] in, Random rnd) {
        int len = in.length;
        int at = len == 0 ? 0 : rnd.nextInt(len + 1);
        // Byte-level damage that breaks UTF-8 is kept rare enough for most mutants to reach the YAML parser.
        switch (rnd.nextInt(16)) {
            case 0 -> { // bit flip, the high bit (which breaks UTF-8) one time in eight
                if (len == 0) {
                    return in;
                }
                byte[] out = in.clone();
                int i = rnd.nextInt(len);
                out[i] ^= (byte) (1 << (rnd.nextInt(8) == 0 ? 7 : rnd.nextInt(7)));
                return out;
            }
            case 1 -> { // random byte, mostly printable ASCII
                if (len == 0) {
                    return in;
                }
                byte[] out = in.clone();
                out[rnd.nextInt(len)] = (byte) (rnd.nextInt(4) == 0 ? rnd.nextInt(256) : 0x20 + rnd.nextInt(0x5F));
                return out;
            }
            case 2, 3 -> { // delete a short range
                int n = Math.min(len - Math.min(at, len), 1 + rnd.nextInt(8));
                return splice(in, at, n, new byte[0]);
            }
            case 4, 5, 6 -> { // insert YAML-significant characters
                StringBuilder sb = new StringBuilder();
                int n = 1 + rnd.nextInt(3);
                for (int i = 0; i < n; i++) {
                    sb.append(SIGNIFICANT.charAt(rnd.nextInt(SIGNIFICANT.length())));
                }
                return splice(in, at, 0, utf8(sb.toString()));
            }
            case 7 -> { // truncate
                return Arrays.copyOf(in, len == 0 ? 0 : rnd.nextInt(len));
            }
            case 8 -> { // duplicate a line
                List<int[]> lines = lines(in);
                int[] l = lines.get(rnd.nextInt(lines.size()));
                byte[] line = Arrays.copyOfRange(in, l[0], l[1]);
                return splice(in, l[1], 0, line);
            }
            case 9 -> { // deep nesting burst
                int depth = 2 + rnd.nextInt(rnd.nextBoolean() ? 8 : 200);
                String burst = switch (rnd.nextInt(4)) {
                    case 0 -> "[".repeat(depth) + "x" + "]".repeat(rnd.nextInt(depth + 1));
                    case 1 -> "{a: ".repeat(depth) + "b" + "}".repeat(rnd.nextInt(depth + 1));
                    case 2 -> {
                        StringBuilder sb = new StringBuilder("\n");
                        for (int i = 0; i < depth; i++) {
                            sb.append("  ".repeat(i)).append("k").append(i).append(":\n");
                        }
                        yield sb.toString();
                    }
                    default -> {
                        StringBuilder sb = new StringBuilder("\n");
                        for (int i = 0; i < depth; i++) {
                            sb.append("  ".repeat(i)).append("- ");
                        }
                        yield sb.append("x\n").toString();
                    }
                };
                return splice(in, lineStart(in, at), 0, utf8(burst));
            }
            case 10 -> { // invalid UTF-8
                int[] seq = INVALID_UTF8[rnd.nextInt(INVALID_UTF8.length)];
                byte[] b = new byte[seq.length];
                for (int i = 0; i < seq.length; i++) {
                    b[i] = (byte) seq[i];
                }
                return splice(in, at, 0, b);
            }
            case 11, 12 -> { // a snippet: delimiters, anchors, tags, directives, CR, BOM, non-BMP, ...
                return splice(in, rnd.nextBoolean() ? at : lineStart(in, at), 0,
                        utf8(SNIPPETS[rnd.nextInt(SNIPPETS.length)]));
            }
            case 13 -> { // move a line
                List<int[]> lines = lines(in);
                int[] l = lines.get(rnd.nextInt(lines.size()));
                byte[] line = Arrays.copyOfRange(in, l[0], l[1]);
                byte[] without = splice(in, l[0], l[1] - l[0], new byte[0]);
                int to = lineStart(without, without.length == 0 ? 0 : rnd.nextInt(without.length + 1));
                return splice(without, to, 0, line);
            }
            default -> { // rare: a NUL byte, or reindent a line
                if (rnd.nextInt(10) == 0) {
                    return splice(in, at, 0, new byte[] {0});
                }
                int start = lineStart(in, at);
                return rnd.nextBoolean() ? splice(in, start, 0, utf8(" ".repeat(1 + rnd.nextInt(4))))
                        : splice(in, start, start < len && in[start] == ' ' ? 1 : 0, new byte[0]);
            }
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] splice(byte[] in, int at, int remove, byte[] insert) {
        at = Math.max(0, Math.min(at, in.length));
        remove = Math.max(0, Math.min(remove, in.length - at));
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length + insert.length);
        out.write(in, 0, at);
        out.writeBytes(insert);
        out.write(in, at + remove, in.length - at - remove);
        return out.toByteArray();
    }

    private static int lineStart(byte[] in, int at) {
        int i = Math.min(at, in.length);
        while (i > 0 && in[i - 1] != '\n') {
            i--;
        }
        return i;
    }

    /** [start, end) of every line, each including its newline; at least one (possibly empty) line. */
    private static List<int[]> lines(byte[] in) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < in.length; i++) {
            if (in[i] == '\n') {
                out.add(new int[] {start, i + 1});
                start = i + 1;
            }
        }
        if (start < in.length || out.isEmpty()) {
            out.add(new int[] {start, in.length});
        }
        return out;
    }

    private static String show(byte[] b) {
        StringBuilder sb = new StringBuilder();
        for (byte x : b) {
            int c = x & 0xFF;
            if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\\') {
                sb.append("\\\\");
            } else if (c >= 0x20 && c < 0x7F) {
                sb.append((char) c);
            } else {
                sb.append(String.format("\\x%02X", c));
            }
        }
        return sb.length() > 600 ? sb.substring(0, 600) + "...(" + b.length + " bytes)" : sb.toString();
    }

    /** The contract violations of one read, empty when none. */
    private static List<String> violations(List<Finding> findings, MapNode tree) {
        List<String> out = new ArrayList<>();
        for (Finding f : findings) {
            Rule rule = RULES.get(f.ruleId());
            if (rule == null) {
                out.add("unknown rule id: " + f.toConsoleLine());
            } else if (rule.severity() != f.severity()) {
                out.add("severity differs from the rule's: " + f.toConsoleLine());
            }
            if (f.line() < 1 || f.column() < 1) {
                out.add("unpositioned: " + f.toConsoleLine());
            }
            if (f.message() == null || f.message().isBlank()) {
                out.add("empty message: " + f.toConsoleLine());
            }
        }
        if (tree == null && findings.stream().noneMatch(f -> f.severity() == Severity.ERROR)) {
            out.add("no tree, yet no error reported");
        }
        if (tree != null) {
            // every node positioned; at most MAX_DEPTH nested collections
            Deque<Object[]> todo = new ArrayDeque<>();
            todo.push(new Object[] {tree, 1});
            while (!todo.isEmpty()) {
                Object[] top = todo.pop();
                Node n = (Node) top[0];
                int depth = (Integer) top[1];
                if (n.line() < 1 || n.column() < 1) {
                    out.add("unpositioned node " + n.describe() + " at " + n.line() + ":" + n.column());
                }
                if (n instanceof MapNode m) {
                    if (depth > YamlTreeBuilder.MAX_DEPTH) {
                        out.add("a mapping nested " + depth + " deep at " + m.line() + ":" + m.column());
                    }
                    for (MapNode.Entry e : m.entries()) {
                        todo.push(new Object[] {e.key(), depth + 1});
                        todo.push(new Object[] {e.value(), depth + 1});
                    }
                } else if (n instanceof SeqNode s) {
                    if (depth > YamlTreeBuilder.MAX_DEPTH) {
                        out.add("a list nested " + depth + " deep at " + s.line() + ":" + s.column());
                    }
                    for (Node item : s.items()) {
                        todo.push(new Object[] {item, depth + 1});
                    }
                } else if (!(n instanceof ScalarNode)) {
                    out.add("unknown node " + n);
                }
            }
        }
        return out;
    }

    @Test
    void seedsAreCleanRecords() {
        FrontMatterReader reader = new FrontMatterReader(1 << 20);
        for (String seed : SEEDS) {
            FindingSink sink = new FindingSink("seed.md");
            MapNode tree = reader.read(utf8(seed), sink);
            assertTrue(sink.findings().isEmpty(), () -> "seed has findings: " + sink.findings());
            assertTrue(tree != null && !tree.entries().isEmpty(), "seed yields a tree");
        }
    }

    @Test
    void mutatedFilesKeepTheReaderContract() {
        Random rnd = new Random(SEED);
        FrontMatterReader reused = new FrontMatterReader(1 << 20);
        List<String> failures = new ArrayList<>();
        int withFindings = 0;
        for (int i = 0; i < ITERATIONS && failures.size() < MAX_REPORTED; i++) {
            byte[] input = utf8(SEEDS.get(rnd.nextInt(SEEDS.size())));
            int mutations = 1 + rnd.nextInt(rnd.nextInt(4) == 0 ? 12 : 4);
            for (int m = 0; m < mutations; m++) {
                input = mutate(input, rnd);
            }
            String where = "iteration " + i + " (seed " + SEED + "), input \"" + show(input) + "\": ";
            FindingSink sink = new FindingSink("_figures/fuzz.md");
            MapNode tree;
            try {
                tree = reused.read(input, sink);
            } catch (Throwable t) {
                failures.add(where + "threw " + t);
                continue;
            }
            List<Finding> findings = List.copyOf(sink.findings());
            if (!findings.isEmpty()) {
                withFindings++;
            }
            for (String v : violations(findings, tree)) {
                failures.add(where + v);
            }
            // a reader reused across files gives what a fresh one gives
            FindingSink fresh = new FindingSink("_figures/fuzz.md");
            try {
                MapNode again = new FrontMatterReader(1 << 20).read(input, fresh);
                if (!findings.equals(fresh.findings()) || !Objects.equals(tree, again)) {
                    failures.add(where + "a reused reader differs from a fresh one: " + findings + " vs "
                            + fresh.findings());
                }
            } catch (Throwable t) {
                failures.add(where + "a fresh reader threw " + t);
            }
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " contract violation(s):\n" + String.join("\n", failures));
        }
        // the mutations must actually produce bad input, or the test proves nothing
        int bad = withFindings;
        assertTrue(bad > ITERATIONS / 3, () -> "only " + bad + " of " + ITERATIONS + " mutants had findings");
    }

    @Test
    void mutationIsDeterministic() {
        Random a = new Random(SEED);
        Random b = new Random(SEED);
        byte[] x = utf8(SEEDS.get(0));
        byte[] y = utf8(SEEDS.get(0));
        for (int i = 0; i < 200; i++) {
            x = mutate(x, a);
            y = mutate(y, b);
        }
        assertEquals(show(x), show(y));
    }
}
