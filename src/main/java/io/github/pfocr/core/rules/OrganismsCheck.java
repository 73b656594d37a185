package io.github.pfocr.core.rules;

import io.github.pfocr.core.model.FindingSink;
import io.github.pfocr.core.model.FigureRecord;
import io.github.pfocr.core.model.Fields;
import io.github.pfocr.core.model.Rule;
import io.github.pfocr.core.model.Node;
import io.github.pfocr.core.model.ScalarNode;
import io.github.pfocr.core.model.SeqNode;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static io.github.pfocr.core.model.Fields.ORGANISMS;
import static io.github.pfocr.core.model.Fields.ORGANISMS_NER;

/** Rule 4.22: organisms and organisms_ner are lists of distinct, real organism names. */
public final class OrganismsCheck implements RecordCheck {
    public static final Rule ORGANISMS_SCALAR = Rule.info("organisms-scalar",
            "organisms is a single string instead of a list, as the G1 writer always wrote it; the catalog makes it a "
                    + "list (4.22).");
    public static final Rule ORGANISMS_PLACEHOLDER = Rule.info("organisms-placeholder",
            "An organisms / organisms_ner item is NA, .na.character or empty, as the G2 writer writes when no "
                    + "organism was recognised; the catalog drops it (4.22).");
    public static final Rule ORGANISMS_DUPLICATE = Rule.warning("organisms-duplicate",
            "An organisms / organisms_ner item is repeated (4.22).");

    @Override
    public List<Rule> rules() {
        return List.of(ORGANISMS_SCALAR, ORGANISMS_PLACEHOLDER, ORGANISMS_DUPLICATE);
    }

    @Override
    public void check(FigureRecord record, FindingSink sink) {
        ScalarNode single = record.string(ORGANISMS);
        if (single != null) {
            sink.report(ORGANISMS_SCALAR, single, "organisms: expected a list, found the single string '"
                    + single.value() + "'", "- " + single.value());
        }
        for (String field : List.of(ORGANISMS, ORGANISMS_NER)) {
            if (record.node(field) instanceof SeqNode seq) {
                Set<String> seen = new HashSet<>();
                for (Node item : seq.items()) {
                    if (item instanceof ScalarNode s && s.isString()) {
                        if (Fields.isMissing(s.value())) {
                            sink.report(ORGANISMS_PLACEHOLDER, s, field + ": expected an organism name, found the "
                                    + "placeholder '" + s.value() + "'");
                        } else if (!seen.add(s.value())) {
                            sink.report(ORGANISMS_DUPLICATE, s, field + ": '" + s.value() + "' is listed twice");
                        }
                    }
                }
            }
        }
    }
}
