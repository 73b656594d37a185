package io.github.pfocr.core.model;

import java.util.List;

/** Field names as written in figure files. */
public final class Fields {
    public static final String FIGID = "figid";
    public static final String FIGLINK = "figlink";
    public static final String NUMBER = "number";
    public static final String CAPTION = "caption";
    public static final String PMCID = "pmcid";
    public static final String PAPERTITLE = "papertitle";
    public static final String REFTEXT = "reftext";
    public static final String YEAR = "year";
    public static final String FILENAME = "filename";
    public static final String FIGTITLE = "figtitle";
    public static final String ORGANISMS = "organisms";
    public static final String ORGANISMS_NER = "organisms_ner";
    public static final String NDEX = "ndex";
    public static final String SEO = "seo";
    public static final String SCHEMA_JSONLD = "schema-jsonld";
    public static final String PMC_RANKED_RESULT_INDEX = "pmc_ranked_result_index";
    public static final String PATHWAY_SCORE = "pathway_score";
    public static final String ANNOTATIONS = "annotations";
    public static final String GENES = "genes";
    public static final String CHEMICALS = "chemicals";
    public static final String DISEASES = "diseases";
    public static final String FIGID_ALIAS = "figid_alias";
    public static final String REDIRECT_FROM = "redirect_from";
    public static final String FIGTYPE = "figtype";
    public static final String DOI = "doi";
    public static final String JOURNAL_TITLE = "journal_title";
    public static final String JOURNAL_NLM_TA = "journal_nlm_ta";
    public static final String PUBLISHER_NAME = "publisher_name";
    public static final String KEYWORDS = "keywords";
    public static final String AUTOML_PATHWAY = "automl_pathway";
    public static final String WPID = "wpid";

    /** Keys of the schema-jsonld mapping. */
    public static final String LD_CONTEXT = "@context";
    public static final String LD_ID = "@id";
    public static final String LD_TYPE = "@type";
    public static final String LD_DESCRIPTION = "description";
    public static final String LD_LICENSE = "license";
    public static final String LD_NAME = "name";
    public static final String LD_CREATOR = "creator";
    public static final String LD_KEYWORDS = "keywords";

    /** Keys of an inline gene, chemical or disease. */
    public static final String ITEM_WORD = "word";
    public static final String ITEM_SYMBOL = "symbol";
    public static final String ITEM_SOURCE = "source";
    public static final String ITEM_HGNC_SYMBOL = "hgnc_symbol";
    public static final String ITEM_ENTREZ = "entrez";
    public static final String ITEM_IDENTIFIER = "identifier";

    /** Every key above: the names a record's mappings hold. */
    public static final List<String> KEYS = List.of(FIGID, FIGLINK, NUMBER, CAPTION, PMCID, PAPERTITLE, REFTEXT, YEAR,
            FILENAME, FIGTITLE, ORGANISMS, ORGANISMS_NER, NDEX, SEO, SCHEMA_JSONLD, PMC_RANKED_RESULT_INDEX,
            PATHWAY_SCORE, ANNOTATIONS, GENES, CHEMICALS, DISEASES, FIGID_ALIAS, REDIRECT_FROM, FIGTYPE, DOI,
            JOURNAL_TITLE, JOURNAL_NLM_TA, PUBLISHER_NAME, KEYWORDS, AUTOML_PATHWAY, WPID, LD_CONTEXT, LD_ID, LD_TYPE,
            LD_DESCRIPTION, LD_LICENSE, LD_NAME, LD_CREATOR, ITEM_WORD, ITEM_SYMBOL, ITEM_SOURCE, ITEM_HGNC_SYMBOL,
            ITEM_ENTREZ, ITEM_IDENTIFIER);

    /** R's NA as written by yaml::write_yaml, and the other spellings of "missing". */
    public static final String NA_CHARACTER = ".na.character";
    public static final String NA = "NA";

    public static boolean isMissing(String value) {
        return value == null || value.isEmpty() || NA.equals(value) || NA_CHARACTER.equals(value);
    }

    private Fields() {
    }
}
