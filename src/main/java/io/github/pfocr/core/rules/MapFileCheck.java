package io.github.pfocr.core.rules;

import io.github.pfocr.core.model.Finding;
import io.github.pfocr.core.model.FindingSink;
import io.github.pfocr.core.read.TextFiles;
import io.github.pfocr.core.model.Rule;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The two map files the workflows push into figure fields (section 5.5-5.7): {@code wpid_map.tsv} and
 * {@code ndex_map.tsv}, each {@code figid<TAB>value} per line without a header.
 */
public final class MapFileCheck {
    private static final Pattern FIGID = FigidCheck.FORMAT;

    /** Which map: the field it feeds, its value format and the rule comparing it with the figure. */
    public enum Kind {
        WPID("wpid", WpidCheck.FORMAT, RepositoryRules.WPID_MAP, "WP<digits>"),
        NDEX("ndex", NdexCheck.UUID, RepositoryRules.NDEX_MAP, "an NDEx UUID");

        private final String field;
        private final Pattern format;
        private final Rule mismatch;
        private final String expected;

        Kind(String field, Pattern format, Rule mismatch, String expected) {
            this.field = field;
            this.format = format;
            this.mismatch = mismatch;
            this.expected = expected;
        }
    }

    private MapFileCheck() {
    }

    /**
     * Checks one map file against the records.
     *
     * @param figuresDirectory the figures directory as shown in messages (relative, with {@code /})
     */
    public static List<Finding> check(Path file, String relativePath, Kind kind, long maxSize, int maxFindingsPerFile,
            RepositoryIndex index, String figuresDirectory) {
        FindingSink sink = new FindingSink(relativePath, maxFindingsPerFile);
        byte[] bytes = TextFiles.readBytes(file, maxSize, sink);
        String text = bytes == null ? null : TextFiles.decode(bytes, sink);
        List<Finding> out = new ArrayList<>();
        if (text != null) {
            check(text, kind, index, figuresDirectory, sink, out);
        }
        out.addAll(sink.findings());
        return out;
    }

    /** Line-level findings go to the map's sink; a value mismatch is reported at the figure's field into out. */
    static void check(String text, Kind kind, RepositoryIndex index, String figuresDirectory, FindingSink sink,
            List<Finding> out) {
        Function<String, Located> fieldOf = kind == Kind.WPID ? index::wpid : index::ndex;
        String[] lines = text.split("\n", -1);
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            int n = i + 1;
            if (line.isEmpty()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != 2 || !FIGID.matcher(cells[0]).matches() || !kind.format.matcher(cells[1]).matches()) {
                sink.report(RepositoryRules.MAP_LINE_FORMAT, n, 1, "expected figid<TAB>" + kind.expected
                        + ", found '" + line + "'" + (cells.length == 1 && line.contains(" ")
                                ? " (separated by spaces, not a tab)" : ""), null, line);
                continue;
            }
            Integer first = seen.putIfAbsent(cells[0], n);
            if (first != null) {
                sink.report(RepositoryRules.MAP_DUPLICATE, n, 1, "figid " + cells[0] + " is already mapped on line "
                        + first, null, cells[0]);
                continue;
            }
            if (!index.hasFigure(cells[0])) {
                sink.report(RepositoryRules.MAP_ORPHAN, n, 1, "expected a figure " + figuresDirectory + "/" + cells[0]
                        + ".md for this entry, found none", null, cells[0]);
                continue;
            }
            if (index.isUnparsed(cells[0])) {
                continue;
            }
            Located field = fieldOf.apply(cells[0]);
            String actual = field == null ? null : field.value();
            if (!cells[1].equals(actual)) {
                String message = kind.field + ": expected '" + cells[1] + "' as in " + sink.path() + ":" + n
                        + ", found " + (actual == null ? "no " + kind.field + " field" : "'" + actual + "'");
                Located at = field != null ? field : new Located(null, sink.path(), n, cells[0].length() + 2);
                out.add(RepositoryIndex.finding(kind.mismatch, at, message, cells[1]));
            }
        }
    }
}
