package io.github.pfocr.core.model;

import java.util.List;

/**
 * An entity table as read: its path, kind, layout (null when the header is unknown) and rows.
 *
 * @param path relative path with {@code /}
 */
public record TsvTable(String path, TsvKind kind, TsvLayout layout, List<String> header, List<Row> rows) {

    /** One data row with its 1-based line number. */
    public record Row(int line, String[] cells) {
        public String cell(int i) {
            return i >= 0 && i < cells.length ? cells[i] : null;
        }
    }

    /** The values of a column, in row order, skipping rows too short to have it; empty for an unknown column. */
    public List<String> column(String name) {
        int i = layout == null ? -1 : layout.column(name);
        if (i < 0) {
            return List.of();
        }
        return rows.stream().map(r -> r.cell(i)).filter(v -> v != null).toList();
    }
}
