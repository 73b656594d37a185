package io.github.pfocr.core.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The known header rows of section 5 of the data-format specification and, per column, the pattern its values
 * must match (columns without a pattern are free text). Values are never quoted; {@code NA} is R's missing value.
 */
public enum TsvLayout {
    /** Current G2 genes table, 11 columns. */
    GENES(columns("organism_id", "\\d+", "organism_name", null, "organism_group", null, "word", null,
            "match", null, "ncbigene_symbol", null, "ncbigene_id", "\\d+",
            "source", "ncbigene_symbol|ncbigene_synonym|famplex_relations",
            "count_direct", "\\d+|NA", "count_synonym", "\\d+|NA", "count_match", "\\d+|NA")),
    /** The older G2a genes table, without count_synonym. */
    GENES_NO_SYNONYM_COUNT(columns("organism_id", "\\d+", "organism_name", null, "organism_group", null, "word", null,
            "match", null, "ncbigene_symbol", null, "ncbigene_id", "\\d+",
            "source", "ncbigene_symbol|ncbigene_synonym|famplex_relations",
            "count_direct", "\\d+|NA", "count_match", "\\d+|NA")),
    CHEMICALS(columns("word", null, "mesh", "mesh:[CD]\\d+|NA", "match", null, "name", null,
            "chebi", "chebi:\\d+|NA")),
    DISEASES(columns("word", null, "mesh", "mesh:[CD]\\d+|NA", "match", null, "name", null,
            "doid", "doid:\\d+|NA")),
    /** Legacy G1 copy of the inline genes ({@code download/}). */
    LEGACY_GENES(columns("word", null, "symbol", null,
            "source", "hgnc_symbol|hgnc_alias_symbol|hgnc_prev_symbol|bioentities_symbol",
            "hgnc_symbol", null, "entrez", "\\d+")),
    /** Legacy G1 copy of the inline chemicals or diseases. */
    LEGACY_IDENTIFIERS(columns("word", null, "source", "MESH|", "identifier", "[CD]\\d{6,9}|"));

    private final List<String> header;
    private final List<Pattern> patterns;

    TsvLayout(Map<String, String> columns) {
        this.header = List.copyOf(columns.keySet());
        this.patterns = columns.values().stream().map(p -> p == null ? null : Pattern.compile(p)).toList();
    }

    public List<String> header() {
        return header;
    }

    /** The pattern of column {@code i}, or null for free text. */
    public Pattern pattern(int i) {
        return patterns.get(i);
    }

    public int column(String name) {
        return header.indexOf(name);
    }

    /** The layout with exactly this header, or null. */
    public static TsvLayout of(List<String> header) {
        for (TsvLayout l : values()) {
            if (l.header.equals(header)) {
                return l;
            }
        }
        return null;
    }

    private static Map<String, String> columns(String... namePattern) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < namePattern.length; i += 2) {
            m.put(namePattern[i], namePattern[i + 1]);
        }
        return m;
    }
}
