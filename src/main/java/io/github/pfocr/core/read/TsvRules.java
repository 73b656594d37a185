package io.github.pfocr.core.read;

import io.github.pfocr.core.model.Rule;

import java.util.List;

/** Rules on the layout and values of one entity table (section 5 of the data-format specification). */
public final class TsvRules {
    public static final Rule TSV_HEADER = Rule.error("tsv-header",
            "The header row is not one of the known layouts for the table's kind (genes, chemicals, diseases).");
    public static final Rule TSV_COLUMNS = Rule.error("tsv-columns", "A row does not have the header's column count.");
    public static final Rule TSV_VALUE_FORMAT = Rule.error("tsv-value-format",
            "A value does not match its column's format (taxon and gene ids, mesh:, chebi:, doid:, source enum).");
    public static final Rule TSV_DUPLICATE_ROW = Rule.info("tsv-duplicate-row",
            "A row repeats an earlier row exactly, as the G2 writer writes for a word found twice; the catalog keeps "
                    + "one.");
    public static final Rule TSV_EMPTY = Rule.warning("tsv-empty",
            "The table has a header but no rows; the generators never write an empty table.");
    public static final Rule TSV_WHITESPACE = Rule.info("tsv-whitespace",
            "An OCR word has leading, trailing or doubled spaces: OCR noise the G2 writer keeps as read.");

    public static final List<Rule> ALL = List.of(TSV_HEADER, TSV_COLUMNS, TSV_VALUE_FORMAT, TSV_DUPLICATE_ROW,
            TSV_EMPTY, TSV_WHITESPACE, Words.WORD_MIXED_SCRIPT);

    private TsvRules() {
    }
}
