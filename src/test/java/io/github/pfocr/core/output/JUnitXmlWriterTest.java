package io.github.pfocr.core.output;

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

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The JUnit XML report: one suite, a test case per file, a failure per error, warnings as output. */
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

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && e.getTagName().equals(name)) {
                out.add(e);
            }
        }
        return out;
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
    void oneSuiteOneCasePerFileOneFailurePerError() throws Exception {
        Path file = temp.resolve("out/pfocr-junit.xml");
        JUnitXmlWriter.write(result(), file);
        Element root = parse(file).getDocumentElement();
        assertEquals("testsuites", root.getTagName());
        assertEquals(List.of("testsuite"), childNames(root));
        Element suite = children(root, "testsuite").get(0);
        assertEquals("pfocr", suite.getAttribute("name"));
        assertEquals("4", suite.getAttribute("tests"));
        assertEquals("2", suite.getAttribute("failures"), "files with at least one error");
        assertEquals("0", suite.getAttribute("errors"));
        assertEquals("0", suite.getAttribute("skipped"));
        assertEquals("4", root.getAttribute("tests"));
        assertEquals("2", root.getAttribute("failures"));

        List<Element> cases = children(suite, "testcase");
        assertEquals(List.of(CLEAN, BAD, WARNED, EXTRA), cases.stream().map(c -> c.getAttribute("name")).toList(),
                "checked files in order, then files with findings that were not in the list");
        cases.forEach(c -> assertEquals("pfocr", c.getAttribute("classname")));

        assertEquals(List.of(), childNames(cases.get(0)), "a clean file passes");

        Element bad = cases.get(1);
        assertEquals(List.of("failure", "failure", "system-out"), childNames(bad));
        List<Element> failures = children(bad, "failure");
        assertEquals("[yaml-syntax] bad <yaml> & \"quotes\" 'é'", failures.get(0).getAttribute("message"));
        assertEquals("yaml-syntax", failures.get(0).getAttribute("type"));
        assertEquals(BAD + ":1:1: error [yaml-syntax] bad <yaml> & \"quotes\" 'é'", failures.get(0).getTextContent());
        assertEquals("[figid-filename] line one line two\uFFFD bell", failures.get(1).getAttribute("message"),
                "line breaks in an attribute become spaces, characters XML cannot carry U+FFFD");
        assertEquals("figid-filename", failures.get(1).getAttribute("type"));
        assertEquals(BAD + ":9:2: error [figid-filename] line one\\r\\nline two\\u0007 bell",
                failures.get(1).getTextContent(), "the text is the escaped console line");
        assertEquals(BAD + ":4:8: warning [figlink-format] figlink: 50% off, a: b | c\n",
                children(bad, "system-out").get(0).getTextContent());

        Element warned = cases.get(2);
        assertEquals(List.of("system-out"), childNames(warned), "warnings alone do not fail a file");
        assertEquals(WARNED + ":2:3: warning [figlink-format] first warning\n"
                + WARNED + ":5:3: warning [figtype-hint] second warning\n",
                children(warned, "system-out").get(0).getTextContent());

        Element extra = cases.get(3);
        assertEquals(List.of("failure"), childNames(extra));
        assertEquals("file-unreadable", children(extra, "failure").get(0).getAttribute("type"));
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
        assertTrue(text.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites "), text);
        assertTrue(text.contains("PMC1__a b é.md"), "UTF-8 as is");
        assertFalse(text.contains("time=") || text.contains("timestamp") || text.contains("hostname"));
        assertFalse(text.contains("\u0007"));
        assertFalse(text.contains("\r"), "LF line ends only");
        assertTrue(text.endsWith("</testsuites>\n"));
    }
}
