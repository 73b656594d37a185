package io.github.pfocr.core.rules;

import io.github.pfocr.core.model.FindingSink;
import io.github.pfocr.core.model.FigureRecord;
import io.github.pfocr.core.model.Rule;
import io.github.pfocr.core.model.MapNode;
import io.github.pfocr.core.model.ScalarNode;

import java.util.List;
import java.util.Map;

import static io.github.pfocr.core.model.Fields.*;

/** schema-jsonld: rule 4.8 ('@id' is the page URL), rule 4.9 (description is the caption) and its constants. */
public final class JsonLdCheck implements RecordCheck {
    public static final Rule JSONLD_ID = Rule.error("jsonld-id",
            "schema-jsonld '@id' equals https://pfocr.wikipathways.org/figures/<figid>.html (4.8).");
    public static final Rule JSONLD_DESCRIPTION = Rule.error("jsonld-description",
            "schema-jsonld description equals caption once parsed (4.9).");
    public static final Rule JSONLD_CONSTANT = Rule.error("jsonld-constant", "schema-jsonld's fixed values: '@context' "
            + "https://schema.org/, '@type' Dataset, license CC0, name CreativeWork, creator Organization WikiPathways.");

    /** The page URL prefix every generator writes. */
    public static final String PAGE_URL = "https://pfocr.wikipathways.org/figures/";

    private static final Map<String, String> CONSTANTS = Map.of(LD_CONTEXT, "https://schema.org/", LD_TYPE, "Dataset",
            LD_LICENSE, "CC0", LD_NAME, "CreativeWork");
    private static final Map<String, String> CREATOR_CONSTANTS = Map.of(LD_TYPE, "Organization", LD_NAME,
            "WikiPathways");

    @Override
    public List<Rule> rules() {
        return List.of(JSONLD_ID, JSONLD_DESCRIPTION, JSONLD_CONSTANT);
    }

    @Override
    public void check(FigureRecord record, FindingSink sink) {
        MapNode ld = record.jsonld();
        if (ld == null) {
            return;
        }
        String figid = record.text(FIGID);
        ScalarNode id = FigureRecord.string(ld, LD_ID);
        if (id != null && figid != null && !id.value().equals(PAGE_URL + figid + ".html")) {
            String expected = PAGE_URL + figid + ".html";
            sink.report(JSONLD_ID, id, "schema-jsonld '@id': expected '" + expected + "', found '" + id.value() + "'",
                    expected);
        }
        ScalarNode description = FigureRecord.string(ld, LD_DESCRIPTION);
        String caption = record.text(CAPTION);
        if (description != null && caption != null && !description.value().equals(caption)) {
            sink.report(JSONLD_DESCRIPTION, description, "schema-jsonld description: expected the caption's text, "
                    + "found a different text (" + firstDifference(caption, description.value()) + ")", caption);
        }
        constants(ld, CONSTANTS, SCHEMA_JSONLD + ".", sink);
        if (ld.get(LD_CREATOR) instanceof MapNode creator) {
            constants(creator, CREATOR_CONSTANTS, SCHEMA_JSONLD + "." + LD_CREATOR + ".", sink);
        }
    }

    private static void constants(MapNode map, Map<String, String> constants, String prefix, FindingSink sink) {
        for (MapNode.Entry e : map.entries()) {
            String expected = constants.get(e.key().value());
            if (expected != null && e.value() instanceof ScalarNode s && s.isString()
                    && !expected.equals(s.value())) {
                sink.report(JSONLD_CONSTANT, s, prefix + e.key().value() + ": expected '" + expected + "', found '"
                        + s.value() + "'", expected);
            }
        }
    }

    /** Where two texts first differ, briefly, so a long caption mismatch is easy to find. */
    static String firstDifference(String expected, String found) {
        int i = 0;
        while (i < expected.length() && i < found.length() && expected.charAt(i) == found.charAt(i)) {
            i++;
        }
        return "first difference at character " + (i + 1) + ": expected '" + excerpt(expected, i) + "', found '"
                + excerpt(found, i) + "'";
    }

    private static String excerpt(String s, int i) {
        return i >= s.length() ? "<end>" : s.substring(i, Math.min(s.length(), i + 20));
    }
}
