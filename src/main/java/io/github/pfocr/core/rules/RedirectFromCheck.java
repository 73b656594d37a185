package io.github.pfocr.core.rules;

import io.github.pfocr.core.model.FindingSink;
import io.github.pfocr.core.model.FigureRecord;
import io.github.pfocr.core.model.Rule;
import io.github.pfocr.core.model.ScalarNode;

import java.util.List;

import static io.github.pfocr.core.model.Fields.FIGID_ALIAS;
import static io.github.pfocr.core.model.Fields.NUMBER;
import static io.github.pfocr.core.model.Fields.PMCID;
import static io.github.pfocr.core.model.Fields.REDIRECT_FROM;

/** Rule 4.6: redirect_from is "/figures/" + figid_alias (= pmcid + "__" + number), the page jekyll-redirect-from creates. */
public final class RedirectFromCheck implements RecordCheck {
    public static final Rule REDIRECT_FROM_ALIAS = Rule.error("redirect-from-alias",
            "redirect_from equals \"/figures/\" + figid_alias (4.6).");

    @Override
    public List<Rule> rules() {
        return List.of(REDIRECT_FROM_ALIAS);
    }

    @Override
    public void check(FigureRecord record, FindingSink sink) {
        ScalarNode redirect = record.string(REDIRECT_FROM);
        // When figid_alias itself disagrees with pmcid and number, figid-alias-number blames it; the redirect is
        // judged against the alias the record should have, so a correct redirect_from is not blamed too.
        String pmcid = record.text(PMCID);
        String number = record.text(NUMBER);
        String alias = pmcid != null && number != null ? pmcid + "__" + number : record.text(FIGID_ALIAS);
        if (redirect != null && alias != null && !redirect.value().equals("/figures/" + alias)) {
            String expected = "/figures/" + alias;
            sink.report(REDIRECT_FROM_ALIAS, redirect, "redirect_from: expected '" + expected + "' (\"/figures/\" + "
                    + "pmcid + \"__\" + number), found '" + redirect.value() + "'", expected);
        }
    }
}
