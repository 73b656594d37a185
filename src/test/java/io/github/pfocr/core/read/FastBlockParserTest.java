package io.github.pfocr.core.read;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.DocumentEndEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Differential tests of {@link FastBlockParser} against SnakeYAML's {@link ParserImpl}: whatever the fast parser
 * accepts must yield the very events (fields and marks) SnakeYAML yields; declining is always allowed.
 */
class FastBlockParserTest {
    private static final int LIMIT = 3_000_000;

    /** Every field YamlTreeBuilder can see, as one comparable line. */
    static String describe(Event e) {
        StringBuilder b = new StringBuilder(e.getClass().getSimpleName());
        b.append(' ').append(mark(e.getStartMark())).append('-').append(mark(e.getEndMark()));
        if (e instanceof NodeEvent n) {
            b.append(" anchor=").append(n.getAnchor());
        }
        if (e instanceof ScalarEvent sc) {
            b.append(" tag=").append(sc.getTag()).append(" style=").append(sc.getScalarStyle())
                    .append(" implicit=").append(sc.getImplicit().canOmitTagInPlainScalar()).append('/')
                    .append(sc.getImplicit().canOmitTagInNonPlainScalar()).append(" value=[")
                    .append(sc.getValue()).append(']');
        } else if (e instanceof CollectionStartEvent cs) {
            b.append(" tag=").append(cs.getTag()).append(" implicit=").append(cs.getImplicit())
                    .append(" flow=").append(cs.getFlowStyle());
        } else if (e instanceof DocumentStartEvent d) {
            b.append(" explicit=").append(d.getExplicit()).append(" version=").append(d.getVersion())
                    .append(" tags=").append(d.getTags());
        } else if (e instanceof DocumentEndEvent d) {
            b.append(" explicit=").append(d.getExplicit());
        } else if (e instanceof AliasEvent) {
            b.append(" alias");
        }
        return b.toString();
    }

    private static String mark(Mark m) {
        return m == null ? "null" : m.getIndex() + ":" + m.getLine() + ":" + m.getColumn();
    }

    private static List<String> drain(Parser p) {
        List<String> out = new ArrayList<>();
        while (true) {
            Event e = p.getEvent();
            out.add(describe(e));
            if (e.is(Event.ID.StreamEnd)) {
                return out;
            }
        }
    }

    /** SnakeYAML's events for a range, or null when it fails. */
    static List<String> snake(String text, int from, int to) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(LIMIT);
        try {
            return drain(new ParserImpl(new StreamReader(new StringReader(text.substring(from, to))), options));
        } catch (YAMLException | IllegalArgumentException e) {
            return null;
        }
    }

    /** The oracle: the fast parser declines, or matches SnakeYAML exactly. @return whether it accepted */
    static boolean oracle(String text, int from, int to) {
        FastBlockParser fast = FastBlockParser.of(text, from, to, LIMIT);
        if (fast == null) {
            return false;
        }
        List<String> expected = snake(text, from, to);
        List<String> actual = drain(fast);
        if (expected == null) {
            fail("accepted what SnakeYAML rejects:\n" + text.substring(from, to) + "\nfast: " + actual);
        }
        assertEquals(String.join("\n", expected), String.join("\n", actual), () -> "for:\n" + text.substring(from, to));
        return true;
    }

    static boolean oracle(String text) {
        return oracle(text, 0, text.length());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "a: b\n",
        "a: b",
        "figid: PMC1\nyear: '2001'\nndex: ''\nannotations: []\nextra: {}\n",
        "caption: Summary of the signaling pathway\n  that continues here.\nnext: x\n",
        "papertitle: 'Neuropeptide-Induced: Roles of\n  Etk/Bmx,  Src, and it''s ''q''.'\nb: c\n",
        "a: 'x  y   \n   z'\n",
        "a: 'it''s'\n'@id': https://x.org/a#b\n",
        "ndex: \nseo: CreativeWork\n",
        "ndex:\nseo: x\n",
        "last:",
        "last:   \n\n",
        "schema-jsonld:\n  '@context': https://schema.org/\n  description: text that\n    folds\n  creator:\n"
                + "    '@type': Organization\n    name: WikiPathways\n  keywords:\n  - GNAQ\n  - BMX\nfigtype: Figure\n",
        "genes:\n- word: Ga12,Gaq\n  symbol: G-ALPHA-q\n  entrez: '2776'\n- word: AR*\n  entrez: '367'\nchemicals: []\n",
        "genes:\n  - word: x\n    y: z\n  - plain item\n  - 'quoted item'\n  - []\nnext: 1\n",
        "a:\n  b:\n    c: d\n    e:\n    - f\n  g: h\n",
        "a: café – κB ✓ 日本語\nb: 'ü'\n",
        "a: x\n\n\nb: y\n",
        "a: line one\n\n  after a blank line\n",
        "a: 'one\n\n  two'\n",
        "a: -1\nb: -x y\nc: 1.5e3\nd: a:b c::d\ne: x#y\n",
        "- a\n- b: c\n  d: e\n- -x\n",
        "- a\n  - b\n",
        "a: b\n  - c\n",
        "a: b\n  [c] {d} 'e' \"f\"\n",
        "a b  c: d\n",
        "a:    spaced value   \n",
        "  \n\na: b\n",
        "a: b   ",
        "a: b\n  c   \n",
    })
    void accepts(String yaml) {
        assertTrue(oracle(yaml), () -> "declined:\n" + yaml);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "\n  \n", "a\n", "a: b\tc\n", "a: b\r\n", "a: \"q\"\n", "a: |\n  x\n", "a: >\n  x\n", "a: &x b\n",
        "a: *x\n", "a: !!str b\n", "%YAML 1.1\n---\na: b\n", "---\na: b\n", "a: b\n...\n", "a: [b]\n",
        "a: {b: c}\n", "? a\n: b\n", "a: b # c\n", "# c\na: b\n", "a: b: c\n", "a: b:\n", "a:\n  b\n",
        "a: b\n c: d\n", "a: b\n  c: d\n", "a: b\n  # c\n", " a: b\n", "a : b\n", "[a]: b\n", "a: b\n- c\n",
        "- \n", "-\n", "a: 'b\nc'\n", "a: 'b", "a: @b\n", "a: `b\n", "a: %b\n", "a:\u0085b\n", "a: \u2028\n",
        "a: \uFEFFb\n", "a: \uD83D\uDE00\n", "a: \u0001\n", "a:\n  b: c\n d: e\n", "a: x\n  - y: z\n", "- - x\n",
    })
    void declines(String yaml) {
        assertNull(FastBlockParser.of(yaml, 0, yaml.length(), LIMIT), () -> "accepted:\n" + yaml);
        oracle(yaml);
    }

    @Test
    void declinesOverTheCodePointLimit() {
        String yaml = "a: " + "b".repeat(100) + "\n";
        assertNull(FastBlockParser.of(yaml, 0, yaml.length(), yaml.length()));
        assertNotNull(FastBlockParser.of(yaml, 0, yaml.length(), yaml.length() + 1));
    }

    @Test
    void declinesDeepNesting() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 9; i++) {
            b.append(" ".repeat(2 * i)).append("k:\n");
        }
        b.append(" ".repeat(18)).append("v: 1\n");
        assertNull(FastBlockParser.of(b.toString(), 0, b.length(), LIMIT));
        oracle(b.toString());
    }

    @Test
    void readsARangeInPlace() {
        String text = "---\na: b\nc:\n- d\n---\nbody";
        int from = 4;
        int to = text.indexOf("---", from);
        assertTrue(oracle(text, from, to));
    }

    private static Path shared() {
        return Path.of(System.getProperty("pfocr.sharedDirectory", Path.of("..", "shared").toString()));
    }

    static Path figures() {
        return shared().resolve("corpus/pfocr-database/_figures");
    }

    /** The front matter's range in a figure file: after the first line, up to the next '---' line. */
    static int[] frontMatter(String text) {
        int from = text.indexOf('\n') + 1;
        int to = text.indexOf("\n---", from - 1);
        return from <= 0 || to < 0 ? null : new int[] {from, to + 1};
    }

    private static List<String> records() throws IOException {
        Path dir = figures();
        Assumptions.assumeTrue(Files.isDirectory(dir), "the sample records are not at " + dir.toAbsolutePath()
                + " (set -Dpfocr.sharedDirectory)");
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                out.add(Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    @Test
    void acceptsTheRealRecords() throws IOException {
        List<String> records = records();
        int accepted = 0;
        for (String text : records) {
            int[] r = frontMatter(text);
            assertNotNull(r);
            if (oracle(text, r[0], r[1])) {
                accepted++;
            }
        }
        int n = records.size();
        int a = accepted;
        assertTrue(n > 0 && a * 10 >= n * 9, () -> "accepted only " + a + " of " + n + " records");
    }

    @Test
    void agreesOnTheYamlTestSuite() throws IOException {
        Path suite = shared().resolve("conformance/yaml-test-suite");
        Assumptions.assumeTrue(Files.isDirectory(suite), "the YAML test suite is not at " + suite.toAbsolutePath());
        List<Path> inputs;
        try (Stream<Path> files = Files.walk(suite)) {
            inputs = files.filter(p -> p.getFileName().toString().equals("in.yaml")).sorted().toList();
        }
        assertTrue(inputs.size() > 300, () -> "only " + inputs.size() + " cases");
        for (Path p : inputs) {
            oracle(new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
        }
    }

    private static final String EDITS = " -:'\"#[]{}&*!|>\n\tAa0.";

    /** Seeded random edits of every record's front matter; the oracle must hold for each mutant. */
    @Test
    void agreesOnMutants() throws IOException {
        Random random = new Random(20261202L);
        int mutants = 0;
        int accepted = 0;
        for (String text : records()) {
            int[] r = frontMatter(text);
            String base = text.substring(r[0], r[1]);
            for (int m = 0; m < 250; m++) {
                StringBuilder b = new StringBuilder(base);
                int edits = 1 + random.nextInt(3);
                for (int e = 0; e < edits && b.length() > 0; e++) {
                    mutate(b, random);
                }
                mutants++;
                if (oracle(b.toString())) {
                    accepted++;
                }
            }
        }
        int a = accepted;
        int n = mutants;
        assertTrue(a > n / 10, () -> "only " + a + " of " + n + " mutants accepted: the fuzzing tests little");
    }

    private static void mutate(StringBuilder b, Random random) {
        int at = random.nextInt(b.length());
        char c = EDITS.charAt(random.nextInt(EDITS.length()));
        int lineStart = b.lastIndexOf("\n", at) + 1;
        int lineEnd = b.indexOf("\n", at);
        lineEnd = lineEnd < 0 ? b.length() : lineEnd + 1;
        switch (random.nextInt(6)) {
            case 0 -> b.insert(at, c);
            case 1 -> b.deleteCharAt(at);
            case 2 -> b.setCharAt(at, c);
            case 3 -> b.insert(lineStart, b.substring(lineStart, lineEnd)); // duplicate a line
            case 4 -> b.insert(lineStart, random.nextBoolean() ? " " : "  "); // indent more
            default -> {
                if (lineStart < b.length() && b.charAt(lineStart) == ' ') {
                    b.deleteCharAt(lineStart); // indent less
                } else {
                    b.insert(at, ' ');
                }
            }
        }
    }
}
