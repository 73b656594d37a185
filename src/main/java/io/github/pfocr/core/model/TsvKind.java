package io.github.pfocr.core.model;

import java.util.List;

/** What an entity table holds, told by its file-name suffix. */
public enum TsvKind {
    GENES("-genes.tsv", List.of(TsvLayout.GENES, TsvLayout.GENES_NO_SYNONYM_COUNT, TsvLayout.LEGACY_GENES)),
    CHEMICALS("-chemicals.tsv", List.of(TsvLayout.CHEMICALS, TsvLayout.LEGACY_IDENTIFIERS)),
    DISEASES("-diseases.tsv", List.of(TsvLayout.DISEASES, TsvLayout.LEGACY_IDENTIFIERS));

    private final String suffix;
    private final List<TsvLayout> layouts;

    TsvKind(String suffix, List<TsvLayout> layouts) {
        this.suffix = suffix;
        this.layouts = layouts;
    }

    public String suffix() {
        return suffix;
    }

    /** The layouts a table of this kind may have, newest first. */
    public List<TsvLayout> layouts() {
        return layouts;
    }

    /** The kind of a file name such as {@code PMC1__f1-genes.tsv}, or null. */
    public static TsvKind of(String fileName) {
        for (TsvKind k : values()) {
            if (fileName.endsWith(k.suffix) && fileName.length() > k.suffix.length()) {
                return k;
            }
        }
        return null;
    }

    /** The figid part of a table's file name. */
    public String figid(String fileName) {
        return fileName.substring(0, fileName.length() - suffix.length());
    }
}
