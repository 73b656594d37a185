package io.github.pfocr.core.rules;

import io.github.pfocr.core.model.FindingSink;
import io.github.pfocr.core.model.FigureRecord;
import io.github.pfocr.core.model.Rule;
import io.github.pfocr.core.model.ScalarNode;

import java.util.List;

import static io.github.pfocr.core.model.Fields.FIGID_ALIAS;
import static io.github.pfocr.core.model.Fields.FIGTYPE;
import static io.github.pfocr.core.model.Fields.NUMBER;
import static io.github.pfocr.core.model.Fields.PMCID;
import static io.github.pfocr.core.model.Fields.REDIRECT_FROM;

/** figid_alias: rule 4.5 (equals pmcid + "__" + number) and rule 4.23 (G1's trio is all or nothing). */
public final class FigidAliasCheck implements RecordCheck {
    public static final Rule FIGID_ALIAS_NUMBER = Rule.error("figid-alias-number",
            "figid_alias equals pmcid + \"__\" + number (4.5).");
    public static final Rule ALIAS_TRIO = Rule.error("alias-trio",
            "In G1 records figid_alias, redirect_from and figtype are all present or all absent (4.23).");

    private static final List<String> TRIO = List.of(FIGID_ALIAS, REDIRECT_FROM, FIGTYPE);

    @Override
    public List<Rule> rules() {
        return List.of(FIGID_ALIAS_NUMBER, ALIAS_TRIO);
    }

    @Override
    public void check(FigureRecord record, FindingSink sink) {
        ScalarNode alias = record.string(FIGID_ALIAS);
        String pmcid = record.text(PMCID);
        String number = record.text(NUMBER);
        if (alias != null && pmcid != null && number != null && !alias.value().equals(pmcid + "__" + number)) {
            String expected = pmcid + "__" + number;
            sink.report(FIGID_ALIAS_NUMBER, alias, "figid_alias: expected '" + expected + "' (pmcid + \"__\" + number), "
                    + "found '" + alias.value() + "'", expected);
        }
        if (record.generation().isG1()) {
            List<String> present = TRIO.stream().filter(record.root()::has).toList();
            if (!present.isEmpty() && present.size() < TRIO.size()) {
                List<String> missing = TRIO.stream().filter(f -> !present.contains(f)).toList();
                sink.report(ALIAS_TRIO, record.root().entry(present.get(0)).key(), "expected " + String.join(", ", TRIO)
                        + " together, found " + String.join(", ", present) + " without " + String.join(", ", missing));
            }
        }
    }
}
