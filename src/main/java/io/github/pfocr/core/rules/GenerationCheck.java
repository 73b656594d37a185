package io.github.pfocr.core.rules;

import io.github.pfocr.core.model.FindingSink;
import io.github.pfocr.core.model.FigureRecord;
import io.github.pfocr.core.model.Generation;
import io.github.pfocr.core.model.Rule;

import java.util.List;

import static io.github.pfocr.core.model.Fields.DOI;
import static io.github.pfocr.core.model.Fields.PMC_RANKED_RESULT_INDEX;

/** Section 2: every record must belong to one known format generation. */
public final class GenerationCheck implements RecordCheck {
    public static final Rule GENERATION_UNKNOWN = Rule.error("generation-unknown",
            "The record fits no known format generation (G1a, G1b, G2a, G2b).");

    @Override
    public List<Rule> rules() {
        return List.of(GENERATION_UNKNOWN);
    }

    @Override
    public void check(FigureRecord record, FindingSink sink) {
        if (record.generation() == Generation.UNKNOWN) {
            boolean both = record.root().has(PMC_RANKED_RESULT_INDEX);
            sink.report(GENERATION_UNKNOWN, record.root(), "expected either '" + PMC_RANKED_RESULT_INDEX
                    + "' (G1 records) or '" + DOI + "' (G2 records), found " + (both ? "both" : "neither")
                    + "; generation-specific rules were skipped");
        }
    }
}
