package io.github.pfocr.core.output;

import io.github.pfocr.testing.ReportSchemas;
import io.github.pfocr.core.model.CheckResult;
import io.github.pfocr.core.model.Finding;
import io.github.pfocr.core.model.Severity;
import io.github.pfocr.core.model.Generation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.github.pfocr.testing.Dom.children;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The JUnit XML report: valid for Jenkins and Ant; a test case per clean file and per file and rule with errors. */
class JUnitXmlWriterTest {

    @TempDir
    Path temp;

    private static final String CLEAN = "_data/PMC1__a-genes.tsv";
    private static final String BAD = "_figures/PMC1__a b é.md";
    private static final String WARNED = "_figures/PMC2__c.md";
    private static final String EXTRA = "_figures/PMC3__gone.md";

    static CheckResult result() {
        List<Finding> findings = List.of(
                new Finding(BAD, 1, 1, Severity.ERROR, "yaml-syntax", "bad <yaml> & \"quotes\" 'é'", null, null,
                        null),
                new Finding(BAD, 4, 8, Severity.WARNING, "figlink-format", "figlink: 50% off, a: b | c", "PMC1__a b é",
                        null, "x"),
                new Finding(BAD, 9, 2, Severity.ERROR, "figid-filename", "line one\r\nline two\u0007 bell",
                        "PMC1__a b é", "PMC1__a b é", "PMC1__x"),
                new Finding(WARNED, 2, 3, Severity.WARNING, "figlink-format", "first warning", "PMC2__c", null, "y"),
                new Finding(WARNED, 5, 3, Severity.WARNING, "figtype-hint", "second warning", "PMC2__c", null, "z"),
                new Finding(EXTRA, 1, 1, Severity.ERROR, "file-unreadable", "cannot read", null, null, null));
        return new CheckResult(findings, 3, Map.of(Generation.G2B, 2), 1, 0, List.of(CLEAN, BAD, WARNED),
                Duration.ofSeconds(2));
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return f.newDocumentBuilder().parse(file.toFile());
    }

    private static List<String> childNames(Element parent) {
        List<String> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE) {
                out.add(((Element) nodes.item(i)).getTagName());
            }
        }
        return out;
    }

    @Test
    void validAgainstJenkinsAndAntSchemas() throws Exception {
        Path file = temp.resolve("out/TEST-pfocr-check.xml");
        JUnitXmlWriter.write(result(), file);
        assertEquals(List.of(), ReportSchemas.junitProblems(file));

        // The validation is not vacuous: the old shape (skipped on testsuites, two failures in one test case,
        // system-out inside a test case, no time) is rejected by both schemas.
        Path old = temp.resolve("old.xml");
        Files.writeString(old, "<testsuites name='pfocr' tests='1' failures='1' errors='0' skipped='0'>"
                + "<testsuite name='pfocr' tests='1' failures='1' errors='0' skipped='0'>"
                + "<testcase classname='pfocr' name='a.md'><failure type='a'>x</failure><failure type='b'>y</failure>"
                + "<system-out>w</system-out></testcase></testsuite></testsuites>");
        List<String> problems = ReportSchemas.junitProblems(old);
        assertEquals(2, problems.size(), problems.toString());
    }

    @Test
    void oneCasePerFileAndRuleOneFailurePerCase() throws Exception {
        Path file = temp.resolve("out/pfocr-junit.xml");
        JUnitXmlWriter.write(result(), file);
        Element root = parse(file).getDocumentElement();
        assertEquals("testsuites", root.getTagName());
        assertEquals(List.of("testsuite"), childNames(root));
        assertEquals(0, root.getAttributes().getLength(), "Ant's schema allows no attribute on testsuites");
        Element suite = children(root, "testsuite").get(0);
        assertEquals("pfocr", suite.getAttribute("name"));
        assertEquals("5", suite.getAttribute("tests"));
        assertEquals("3", suite.getAttribute("failures"), "one per file and rule with errors");
        assertEquals("0", suite.getAttribute("errors"));
        assertEquals("0", suite.getAttribute("skipped"));
        assertEquals(List.of("properties", "testcase", "testcase", "testcase", "testcase", "testcase", "system-out",
                "system-err"), childNames(suite), "Ant's order: properties, test cases, system-out, system-err");

        List<Element> cases = children(suite, "testcase");
        assertEquals(List.of(CLEAN, BAD + " [figid-filename]", BAD + " [yaml-syntax]", WARNED,
                EXTRA + " [file-unreadable]"), cases.stream().map(c -> c.getAttribute("name")).toList(),
                "checked files in order, then files with findings that were not in the list; rules by id");
        cases.forEach(c -> assertEquals("pfocr", c.getAttribute("classname")));
        cases.forEach(c -> assertEquals("0", c.getAttribute("time")));
        cases.forEach(c -> assertTrue(childNames(c).size() <= 1, "at most one failure per test case"));

        assertEquals(List.of(), childNames(cases.get(0)), "a clean file passes");
        Element figid = children(cases.get(1), "failure").get(0);
        assertEquals("[figid-filename] line one line two\uFFFD bell", figid.getAttribute("message"),
                "line breaks in an attribute become spaces, characters XML cannot carry U+FFFD");
        assertEquals("figid-filename", figid.getAttribute("type"));
        assertEquals(BAD + ":9:2: error [figid-filename] line one\\r\\nline two\\u0007 bell\n", figid.getTextContent(),
                "the text is the escaped console line");
        Element yaml = children(cases.get(2), "failure").get(0);
        assertEquals("[yaml-syntax] bad <yaml> & \"quotes\" 'é'", yaml.getAttribute("message"));
        assertEquals(List.of(), childNames(cases.get(3)), "warnings alone do not fail a file");
        assertEquals("file-unreadable", children(cases.get(4), "failure").get(0).getAttribute("type"));

        assertEquals(BAD + ":4:8: warning [figlink-format] figlink: 50% off, a: b | c\n"
                + WARNED + ":2:3: warning [figlink-format] first warning\n"
                + WARNED + ":5:3: warning [figtype-hint] second warning\n",
                children(suite, "system-out").get(0).getTextContent(), "warnings are the suite's output");
    }

    @Test
    void severalErrorsOfOneRuleMakeOneFailure() throws Exception {
        List<Finding> findings = List.of(
                new Finding(WARNED, 2, 3, Severity.ERROR, "figlink-pmcid", "first", null, null, null),
                new Finding(WARNED, 3, 3, Severity.ERROR, "figlink-pmcid", "second", null, null, null));
        Path file = temp.resolve("two.xml");
        JUnitXmlWriter.write(new CheckResult(findings, 1, Map.of(), 0, 0, List.of(WARNED), Duration.ZERO), file);
        assertEquals(List.of(), ReportSchemas.junitProblems(file));
        Element suite = children(parse(file).getDocumentElement(), "testsuite").get(0);
        List<Element> cases = children(suite, "testcase");
        assertEquals(1, cases.size());
        Element failure = children(cases.get(0), "failure").get(0);
        assertEquals("[figlink-pmcid] first (and 1 more)", failure.getAttribute("message"));
        assertEquals(WARNED + ":2:3: error [figlink-pmcid] first\n" + WARNED + ":3:3: error [figlink-pmcid] second\n",
                failure.getTextContent());
    }

    @Test
    void noFindingsNoFailures() throws Exception {
        Path file = temp.resolve("junit.xml");
        JUnitXmlWriter.write(new CheckResult(List.of(), 1, Map.of(Generation.G1A, 1), 0, 0, List.of("_figures/a.md"),
                Duration.ZERO), file);
        Element suite = children(parse(file).getDocumentElement(), "testsuite").get(0);
        assertEquals("1", suite.getAttribute("tests"));
        assertEquals("0", suite.getAttribute("failures"));
        List<Element> cases = children(suite, "testcase");
        assertEquals(1, cases.size());
        assertEquals("_figures/a.md", cases.get(0).getAttribute("name"));
        assertEquals(List.of(), childNames(cases.get(0)));
    }

    @Test
    void deterministicUtf8() throws Exception {
        Path a = temp.resolve("a.xml");
        Path b = temp.resolve("b.xml");
        JUnitXmlWriter.write(result(), a);
        CheckResult r = result();
        JUnitXmlWriter.write(new CheckResult(r.findings(), r.figureFiles(), r.generations(), r.tableFiles(),
                r.mapFiles(), r.files(), Duration.ofHours(1)), b);
        byte[] bytes = Files.readAllBytes(a);
        assertArrayEquals(bytes, Files.readAllBytes(b));
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>"), text);
        assertTrue(text.contains("PMC1__a b é.md"), "UTF-8 as is");
        assertTrue(text.contains("timestamp=\"1970-01-01T00:00:00\"") && text.contains("hostname=\"localhost\""),
                "the fixed values Ant's schema requires, never the clock or the machine");
        assertFalse(text.contains("\u0007"));
        assertFalse(text.contains("\r"), "LF line ends only");
        assertTrue(text.endsWith("</testsuites>\n"));
    }
}
