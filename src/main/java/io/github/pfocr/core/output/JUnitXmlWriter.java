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

/**
 * Writes a check result as JUnit XML in the Surefire style CI systems show in their test tabs: one test suite
 * {@code pfocr}, one test case per checked file (named by its path), one {@code <failure>} per error of that file and
 * its warnings as console lines in {@code <system-out>}. No time, host name or timestamp is written, so the same result
 * gives the same bytes.
 */
public final class JUnitXmlWriter {
    public static final String SUITE = "pfocr";

    /** The JDK's own implementation, whatever StAX provider the class path carries: the same bytes everywhere. */
    private static final XMLOutputFactory XML = XMLOutputFactory.newDefaultFactory();

    private JUnitXmlWriter() {
    }

    public static void write(CheckResult result, Path target) throws IOException {
        AtomicFiles.write(target, out -> write(result, out));
    }

    static void write(CheckResult result, OutputStream out) throws IOException {
        Map<String, List<Finding>> byFile = new LinkedHashMap<>();
        for (String file : result.files()) {
            byFile.putIfAbsent(file, new ArrayList<>());
        }
        for (Finding f : result.findings()) {
            byFile.computeIfAbsent(f.path(), p -> new ArrayList<>()).add(f);
        }
        int tests = byFile.size();
        long failures = byFile.values().stream()
                .filter(fs -> fs.stream().anyMatch(f -> f.severity() == Severity.ERROR)).count();
        try {
            XMLStreamWriter w = XML.createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.writeStartElement("testsuites");
            counts(w, tests, failures);
            w.writeCharacters("\n  ");
            w.writeStartElement("testsuite");
            counts(w, tests, failures);
            for (Map.Entry<String, List<Finding>> e : byFile.entrySet()) {
                writeCase(w, e.getKey(), e.getValue());
            }
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

    private static void writeCase(XMLStreamWriter w, String path, List<Finding> findings)
            throws XMLStreamException {
        w.writeCharacters("\n    ");
        List<Finding> warnings = findings.stream().filter(f -> f.severity() != Severity.ERROR).toList();
        boolean empty = findings.isEmpty();
        if (empty) {
            w.writeEmptyElement("testcase");
        } else {
            w.writeStartElement("testcase");
        }
        w.writeAttribute("classname", SUITE);
        w.writeAttribute("name", attribute(path));
        if (empty) {
            return;
        }
        for (Finding f : findings) {
            if (f.severity() == Severity.ERROR) {
                w.writeCharacters("\n      ");
                w.writeStartElement("failure");
                w.writeAttribute("message", attribute("[" + f.ruleId() + "] " + f.message()));
                w.writeAttribute("type", attribute(f.ruleId()));
                w.writeCharacters(content(f.toConsoleLine()));
                w.writeEndElement();
            }
        }
        if (!warnings.isEmpty()) {
            StringBuilder sb = new StringBuilder();
            for (Finding f : warnings) {
                sb.append(f.toConsoleLine()).append('\n');
            }
            w.writeCharacters("\n      ");
            w.writeStartElement("system-out");
            w.writeCharacters(content(sb.toString()));
            w.writeEndElement();
        }
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

    /** The suite's name and counts, the same on testsuites and testsuite. */
    private static void counts(XMLStreamWriter w, int tests, long failures) throws XMLStreamException {
        w.writeAttribute("name", SUITE);
        w.writeAttribute("tests", Integer.toString(tests));
        w.writeAttribute("failures", Long.toString(failures));
        w.writeAttribute("errors", "0");
        w.writeAttribute("skipped", "0");
    }
}
