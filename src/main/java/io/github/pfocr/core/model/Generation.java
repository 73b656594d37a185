package io.github.pfocr.core.model;


/**
 * The format generations of section 2 of the data-format specification, told apart per file by which fields
 * are present and where {@code organisms_ner} sits.
 */
public enum Generation {
    /** Inline entities, raw PMC figure label, no figid_alias. */
    G1A("G1a"),
    /** Inline entities plus the figid_alias / redirect_from / figtype trio appended. */
    G1B("G1b"),
    /** TSV-backed, organisms_ner after figtype. */
    G2A("G2a"),
    /** TSV-backed, organisms_ner right after organisms. */
    G2B("G2b"),
    /** Fits none of the above. */
    UNKNOWN("unknown");

    private final String label;

    Generation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isG1() {
        return this == G1A || this == G1B;
    }

    public boolean isG2() {
        return this == G2A || this == G2B;
    }

    /** Detects the generation of one record from its top-level keys. */
    public static Generation detect(MapNode root) {
        boolean g1 = root.has(Fields.PMC_RANKED_RESULT_INDEX);
        boolean g2 = root.has(Fields.DOI);
        if (g1 == g2) {
            return UNKNOWN;
        }
        if (g1) {
            return root.has(Fields.FIGID_ALIAS) ? G1B : G1A;
        }
        return Fields.ORGANISMS_NER.equals(root.keyAfter(Fields.ORGANISMS)) ? G2B : G2A;
    }
}
