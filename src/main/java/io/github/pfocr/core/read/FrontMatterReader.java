package io.github.pfocr.core.read;

import io.github.pfocr.core.model.Suppression;
import io.github.pfocr.core.model.FindingSink;
import io.github.pfocr.core.model.MapNode;
import io.github.pfocr.core.model.Node;
import io.github.pfocr.core.model.ScalarNode;
import io.github.pfocr.core.model.ScalarType;


/**
 * Reads a figure file the way Jekyll does: UTF-8 (a BOM is dropped), front matter between a first line
 * {@code ---} and the next line {@code ---} or {@code ...} (trailing blanks and CRLF allowed). Every deviation is
 * reported to the sink; nothing here throws on bad input. Not thread-safe: one per thread.
 */
public final class FrontMatterReader {
    private final YamlTreeBuilder builder;

    /** @param maxFileSize the size above which a file is not parsed, in bytes */
    public FrontMatterReader(long maxFileSize) {
        // Characters never outnumber bytes, so the file-size limit bounds the code points too.
        this.builder = new YamlTreeBuilder((int) Math.min(Integer.MAX_VALUE - 1L, Math.max(0L, maxFileSize)) + 1);
    }

    /** @return the front matter's root mapping, or null when the file yields none (the reason is reported) */
    public MapNode read(byte[] bytes, FindingSink sink) {
        String text = TextFiles.decode(bytes, sink);
        if (text == null) {
            return null;
        }
        int bom = 0;
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
            bom = 1;
        }
        int firstEnd = lineEnd(text, 0);
        if (!isDelimiter(text, 0, firstEnd, false)) {
            sink.report(ReadRules.FRONT_MATTER_MISSING, 1, 1, "expected '---' on the first line to open the front "
                    + "matter, found '" + abbreviate(text.substring(0, firstEnd)) + "'", "---", null);
            return null;
        }
        int start = nextLine(text, firstEnd);
        int pos = start;
        int line = 2;
        while (pos < text.length()) {
            int end = lineEnd(text, pos);
            if (isDelimiter(text, pos, end, true)) {
                checkBody(text, nextLine(text, end), line + 1, sink);
                findSuppressions(text, start, pos, sink);
                return root(builder.build(text, start, pos, 2, start + bom, sink), sink);
            }
            pos = nextLine(text, end);
            line++;
        }
        sink.report(ReadRules.FRONT_MATTER_UNTERMINATED, 1, 1, "expected a line '---' closing the front matter "
                + "opened on line 1, found the end of the file", null, null);
        return null;
    }

    private static MapNode root(Node node, FindingSink sink) {
        if (node instanceof MapNode map) {
            return map;
        }
        if (node instanceof ScalarNode s && s.type() == ScalarType.NULL && s.value().isEmpty()) {
            sink.report(ReadRules.FRONT_MATTER_NOT_MAPPING, s.line(), 1,
                    "expected a mapping of fields, found an empty front matter", null, null);
        } else if (node != null) {
            sink.report(ReadRules.FRONT_MATTER_NOT_MAPPING, node.line(), node.column(),
                    "expected a mapping of fields, found " + node.describe(), null, null);
        }
        return null;
    }

    /** Cheap pre-test, then the line-by-line parse of {@code # pfocr-disable} comments. */
    private static void findSuppressions(String text, int from, int to, FindingSink sink) {
        int hit = text.indexOf("pfocr-disable", from);
        if (hit < 0 || hit >= to) {
            return;
        }
        int line = 2;
        int pos = from;
        while (pos < to) {
            int end = Math.min(lineEnd(text, pos), to);
            Suppression s = Suppression.parse(text.substring(pos, end), line);
            if (s != null) {
                sink.suppress(s);
            }
            pos = end + 1;
            line++;
        }
    }

    private static void checkBody(String text, int from, int line, FindingSink sink) {
        for (int i = from; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                int[] pos = position(text, from, i, line);
                sink.report(ReadRules.BODY_NOT_EMPTY, pos[0], pos[1], "expected nothing after the closing '---', "
                        + "found text that Jekyll would render as the page body", null, null);
                return;
            }
        }
    }

    private static int[] position(String text, int from, int offset, int line) {
        int col = 1;
        for (int i = from; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return new int[] {line, col};
    }

    /** Jekyll's delimiter: {@code ---} (or, closing only, {@code ...}) then only blanks up to the line end. */
    private static boolean isDelimiter(String text, int from, int end, boolean closing) {
        if (end - from < 3) {
            return false;
        }
        boolean dashes = text.startsWith("---", from);
        if (!dashes && !(closing && text.startsWith("...", from))) {
            return false;
        }
        for (int i = from + 3; i < end; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    private static int lineEnd(String text, int from) {
        int nl = text.indexOf('\n', from);
        return nl < 0 ? text.length() : nl;
    }

    private static int nextLine(String text, int lineEnd) {
        return Math.min(text.length(), lineEnd + 1);
    }

    private static String abbreviate(String s) {
        String t = s.strip();
        return t.length() > 40 ? t.substring(0, 40) + "..." : t;
    }
}
