package io.github.pfocr.core.read;

import io.github.pfocr.core.model.TsvTable;
import io.github.pfocr.core.model.TsvKind;
import io.github.pfocr.core.model.TsvLayout;

import io.github.pfocr.core.model.FindingSink;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads an entity table and checks its layout: header, column counts, value formats, duplicate rows, noisy words.
 * Tables are written by R's {@code write.table(quote = FALSE)}, so a cell is everything between tabs.
 */
public final class TsvReader {
    private static final Pattern NOISY_SPACES = Pattern.compile("^\\s|\\s$| {2}");

    private TsvReader() {
    }

    /** @return the table, or null when the file is not readable text (reported) */
    public static TsvTable read(Path file, TsvKind kind, long maxSize, FindingSink sink) {
        byte[] bytes = TextFiles.readBytes(file, maxSize, sink);
        String text = bytes == null ? null : TextFiles.decode(bytes, sink);
        if (text != null) {
            TextFiles.reportInvalidUnicode(text, sink);
        }
        return text == null ? null : parse(text, kind, sink);
    }

    /** Parses a table already read as text; findings go to the sink. */
    public static TsvTable parse(String text, TsvKind kind, FindingSink sink) {
        String[] lines = text.split("\n", -1);
        int count = lines.length;
        if (count > 0 && lines[count - 1].isEmpty()) {
            count--;
        }
        List<String> header = count == 0 ? List.of() : List.of(cells(lines[0]));
        TsvLayout layout = TsvLayout.of(header);
        if (layout == null || !kind.layouts().contains(layout)) {
            sink.report(TsvRules.TSV_HEADER, 1, 1, "expected a " + kind.name().toLowerCase() + " header ("
                    + String.join(" | ", kind.layouts().stream().map(l -> String.join(",", l.header())).toList())
                    + "), found '" + String.join(",", header) + "'", String.join("\t", kind.layouts().get(0).header()),
                    String.join("\t", header));
            return new TsvTable(sink.path(), kind, null, header, List.of());
        }
        List<TsvTable.Row> rows = new ArrayList<>(count);
        Map<String, Integer> seen = new HashMap<>();
        int word = layout.column("word");
        for (int i = 1; i < count; i++) {
            int line = i + 1;
            String row = withoutCr(lines[i]);
            String[] cells = cells(row);
            if (cells.length != header.size()) {
                sink.report(TsvRules.TSV_COLUMNS, line, 1, "expected " + header.size() + " tab-separated columns, found "
                        + cells.length, null, row);
                continue;
            }
            Integer first = seen.putIfAbsent(row, line);
            if (first != null) {
                sink.report(TsvRules.TSV_DUPLICATE_ROW, line, 1, "row repeats line " + first + " exactly", null, row);
            }
            checkValues(layout, cells, line, sink);
            if (word >= 0 && NOISY_SPACES.matcher(cells[word]).find()) {
                sink.report(TsvRules.TSV_WHITESPACE, line, column(cells, word), "word '" + cells[word]
                        + "' has leading, trailing or doubled spaces", cells[word].strip().replaceAll(" {2,}", " "),
                        cells[word]);
            }
            int mixed = word >= 0 ? Words.mixedScript(cells[word]) : -1;
            if (mixed >= 0) {
                sink.report(Words.WORD_MIXED_SCRIPT, line, column(cells, word) + mixed,
                        Words.mixedScriptMessage("word", cells[word], mixed), Words.latin(cells[word]), cells[word]);
            }
            rows.add(new TsvTable.Row(line, cells));
        }
        if (count <= 1) {
            sink.report(TsvRules.TSV_EMPTY, 1, 1, "expected at least one row after the header, found none", null, null);
        }
        return new TsvTable(sink.path(), kind, layout, header, List.copyOf(rows));
    }

    private static void checkValues(TsvLayout layout, String[] cells, int line, FindingSink sink) {
        for (int c = 0; c < cells.length; c++) {
            Pattern p = layout.pattern(c);
            if (p != null && !p.matcher(cells[c]).matches()) {
                sink.report(TsvRules.TSV_VALUE_FORMAT, line, column(cells, c), "column " + layout.header().get(c)
                        + ": expected a value matching " + p.pattern() + ", found '" + cells[c] + "'", null, cells[c]);
            }
        }
    }

    /** The 1-based character column where cell {@code c} starts. */
    public static int column(String[] cells, int c) {
        int col = 1;
        for (int i = 0; i < c && i < cells.length; i++) {
            col += cells[i].length() + 1;
        }
        return col;
    }

    /** R writes \n; a table edited on Windows has \r\n, which is read the same. */
    private static String withoutCr(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    private static String[] cells(String line) {
        String[] cells = withoutCr(line).split("\t", -1);
        return cells.length == 1 && cells[0].isEmpty() ? new String[0] : cells;
    }

}
