package io.github.pfocr.core.rules;

import io.github.pfocr.core.model.Rule;

import java.util.List;

/** Rules that look across records, tables and map files (uniqueness 4.20/4.21, gene ids 4.19, linkage 4.25, maps). */
public final class RepositoryRules {
    public static final Rule FIGID_UNIQUE = Rule.error("figid-unique", "No two records share a figid (4.21).");
    public static final Rule FIGID_ALIAS_UNIQUE = Rule.error("figid-alias-unique",
            "No two records share a figid_alias; they would collide as redirect pages and GMT terms (4.20).");
    public static final Rule REDIRECT_FROM_UNIQUE = Rule.error("redirect-from-unique",
            "No two records share a redirect_from (jekyll-redirect-from would write one page twice).");
    public static final Rule JSONLD_ID_UNIQUE = Rule.error("jsonld-id-unique",
            "No two records share a schema-jsonld '@id'.");
    public static final Rule FILENAME_UNIQUE = Rule.error("filename-unique",
            "No two records of one pmcid share a filename (4.21).");
    public static final Rule FIGLINK_UNIQUE = Rule.error("figlink-unique", "No two records share a figlink (slashes "
            + "aside): one figure would have two pages, or a record links to another's figure.");
    public static final Rule GENE_ID_SYMBOL = Rule.warning("gene-id-symbol", "An NCBI gene id has the same symbol in "
            + "every record and table; the minority mapping is reported, naming the files of the majority (4.19).");
    public static final Rule GENE_SYMBOL_ID = Rule.warning("gene-symbol-id", "G1: an hgnc_symbol has the same entrez "
            + "id in every record; the minority mapping is reported (4.19).");
    public static final Rule TSV_ORPHAN = Rule.warning("tsv-orphan",
            "An entity table's figid matches no figure record (4.25).");
    public static final Rule MAP_LINE_FORMAT = Rule.error("map-line-format",
            "A map file line is figid<TAB>value with a valid figid and value (WP id or NDEx UUID).");
    public static final Rule MAP_DUPLICATE = Rule.error("map-duplicate", "A map file lists one figid twice.");
    public static final Rule MAP_ORPHAN = Rule.warning("map-orphan", "A map file entry names a figure that does not exist.");
    public static final Rule NDEX_MAP = Rule.warning("ndex-map",
            "A figure's ndex equals its entry in _data/ndex_map.tsv (4.17).");
    public static final Rule WPID_MAP = Rule.warning("wpid-map",
            "A figure's wpid equals its entry in _data/wpid_map.tsv (4.18).");

    /**
     * The rules that compare every record with every other (or with a map entry reported at the map file when the
     * record lacks the field): a partial run checks them only among the selected records, and says so.
     */
    public static final List<Rule> NEED_EVERY_RECORD = List.of(FIGID_UNIQUE, FIGID_ALIAS_UNIQUE,
            REDIRECT_FROM_UNIQUE, JSONLD_ID_UNIQUE, FILENAME_UNIQUE, FIGLINK_UNIQUE, GENE_ID_SYMBOL, GENE_SYMBOL_ID,
            NDEX_MAP, WPID_MAP);

    public static final List<Rule> ALL = List.of(FIGID_UNIQUE, FIGID_ALIAS_UNIQUE, REDIRECT_FROM_UNIQUE,
            JSONLD_ID_UNIQUE, FILENAME_UNIQUE, FIGLINK_UNIQUE, GENE_ID_SYMBOL, GENE_SYMBOL_ID, TSV_ORPHAN,
            MAP_LINE_FORMAT, MAP_DUPLICATE, MAP_ORPHAN, NDEX_MAP, WPID_MAP);

    private RepositoryRules() {
    }
}
