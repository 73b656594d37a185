package io.github.pfocr.core.output;

import io.github.pfocr.core.model.CheckResult;
import io.github.pfocr.core.model.Finding;
import io.github.pfocr.core.model.Severity;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a check result as JUnit XML that both common schemas accept (Jenkins xunit's {@code junit-10.xsd} and Ant's
 * {@code JUnit.xsd}), so every CI test tab reads it: one test suite {@code pfocr}; a file without errors is one
 * passing test case named by its path; a file with errors gets one test case per rule ({@code path [rule]}) with
 * exactly one {@code <failure>} whose text lists every error of that rule in the file. Warnings never fail a test;
 * they are listed in the suite's {@code <system-out>}. Time is 0 and the timestamp and host name are fixed, so the
 * same result gives the same bytes.
 */
public final class JUnitXmlWriter {
    public static final String SUITE = "pfocr";
    /** Ant's schema requires a timestamp and a host name; fixed values keep the file reproducible. */
    static final String TIMESTAMP = "1970-01-01T00:00:00";
    static final String HOSTNAME = "localhost";

    /** The JDK's own implementation, whatever StAX provider the class path carries: the same bytes everywhere. */
    private static final XMLOutputFactory XML = XMLOutputFactory.newDefaultFactory();

    /** One test case: a file, and the errors of one rule in it (none for a passing file). */
    private record TestCase(String name, List<Finding> errors) {
    }

    private JUnitXmlWriter() {
    }

    public static void write(CheckResult result, Path target) throws IOException {
        AtomicFiles.write(target, out -> write(result, out));
    }

    static void write(CheckResult result, OutputStream out) throws IOException {
        Map<String, Map<String, List<Finding>>> errorsByFile = new LinkedHashMap<>();
        for (String file : result.files()) {
            errorsByFile.putIfAbsent(file, new TreeMap<>());
        }
        StringBuilder warnings = new StringBuilder();
        for (Finding f : result.findings()) {
            Map<String, List<Finding>> byRule = errorsByFile.computeIfAbsent(f.path(), p -> new TreeMap<>());
            if (f.severity() == Severity.ERROR) {
                byRule.computeIfAbsent(f.ruleId(), r -> new ArrayList<>()).add(f);
            } else {
                warnings.append(f.toConsoleLine()).append('\n');
            }
        }
        List<TestCase> cases = new ArrayList<>();
        errorsByFile.forEach((file, byRule) -> {
            if (byRule.isEmpty()) {
                cases.add(new TestCase(file, List.of()));
            }
            byRule.forEach((rule, errors) -> cases.add(new TestCase(file + " [" + rule + "]", errors)));
        });
        try {
            XMLStreamWriter w = XML.createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            // Ant's schema allows no attribute on testsuites; the counts are on the one testsuite.
            w.writeStartElement("testsuites");
            w.writeCharacters("\n  ");
            w.writeStartElement("testsuite");
            w.writeAttribute("name", SUITE);
            w.writeAttribute("package", SUITE);
            w.writeAttribute("id", "0");
            w.writeAttribute("timestamp", TIMESTAMP);
            w.writeAttribute("hostname", HOSTNAME);
            w.writeAttribute("tests", Integer.toString(cases.size()));
            w.writeAttribute("failures", Long.toString(result.counts().errorGroups()));
            w.writeAttribute("errors", "0");
            w.writeAttribute("skipped", "0");
            w.writeAttribute("time", "0");
            w.writeCharacters("\n    ");
            w.writeEmptyElement("properties");
            for (TestCase c : cases) {
                writeCase(w, c);
            }
            w.writeCharacters("\n    ");
            w.writeStartElement("system-out");
            w.writeCharacters(content(warnings.toString()));
            w.writeEndElement();
            w.writeCharacters("\n    ");
            w.writeEmptyElement("system-err");
            w.writeCharacters("\n  ");
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndDocument();
            w.flush();
            w.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write JUnit XML: " + e.getMessage(), e);
        }
    }

    private static void writeCase(XMLStreamWriter w, TestCase c) throws XMLStreamException {
        w.writeCharacters("\n    ");
        boolean passed = c.errors().isEmpty();
        if (passed) {
            w.writeEmptyElement("testcase");
        } else {
            w.writeStartElement("testcase");
        }
        w.writeAttribute("classname", SUITE);
        w.writeAttribute("name", attribute(c.name()));
        w.writeAttribute("time", "0");
        if (passed) {
            return;
        }
        Finding first = c.errors().get(0);
        StringBuilder text = new StringBuilder();
        for (Finding f : c.errors()) {
            text.append(f.toConsoleLine()).append('\n');
        }
        w.writeCharacters("\n      ");
        w.writeStartElement("failure");
        String more = c.errors().size() > 1 ? " (and " + (c.errors().size() - 1) + " more)" : "";
        w.writeAttribute("message", attribute("[" + first.ruleId() + "] " + first.message() + more));
        w.writeAttribute("type", attribute(first.ruleId()));
        w.writeCharacters(content(text.toString()));
        w.writeEndElement();
        w.writeCharacters("\n    ");
        w.writeEndElement();
    }

    /**
     * An attribute value: line breaks become spaces (what XML attribute-value normalisation would make of them
     * anyway, written out so the file says what a reader sees) and characters XML 1.0 cannot carry become U+FFFD.
     */
    static String attribute(String s) {
        return text(s.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' '));
    }

    /**
     * Element content: line breaks become {@code \n} (what an XML parser makes of CR and CRLF anyway, written out so
     * the file has one line-end style), other characters as in {@link #text}.
     */
    static String content(String s) {
        return text(s.replace("\r\n", "\n").replace('\r', '\n'));
    }

    /** Text: characters XML 1.0 cannot carry (most C0 controls, lone surrogates, U+FFFE/F) become U+FFFD. */
    static String text(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                if (sb != null) {
                    sb.append(c).append(s.charAt(i + 1));
                }
                i++;
                continue;
            }
            boolean ok = c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xD7FF
                    || c >= 0xE000 && c <= 0xFFFD;
            if (!ok && sb == null) {
                sb = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (sb != null) {
                sb.append(ok ? c : '\uFFFD');
            }
        }
        return sb == null ? s : sb.toString();
    }
}
