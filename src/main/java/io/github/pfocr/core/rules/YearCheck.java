package io.github.pfocr.core.rules;

import io.github.pfocr.core.model.FindingSink;
import io.github.pfocr.core.model.FigureRecord;
import io.github.pfocr.core.model.Rule;
import io.github.pfocr.core.model.ScalarNode;

import java.util.List;
import java.util.regex.Pattern;

import static io.github.pfocr.core.model.Fields.REFTEXT;
import static io.github.pfocr.core.model.Fields.YEAR;

/** Rule 4.15: year is '' or four digits, and a known year appears in the reference text. */
public final class YearCheck implements RecordCheck {
    public static final Rule YEAR_FORMAT = Rule.error("year-format", "year is a quoted four-digit year or '' (4.15).");
    public static final Rule YEAR_EMPTY = Rule.warning("year-empty", "year is '' (unknown) (4.15).");
    public static final Rule YEAR_REFTEXT = Rule.warning("year-reftext", "year appears in reftext (4.15).");

    private static final Pattern FORMAT = Pattern.compile("((19|20)\\d\\d)?");

    @Override
    public List<Rule> rules() {
        return List.of(YEAR_FORMAT, YEAR_EMPTY, YEAR_REFTEXT);
    }

    @Override
    public void check(FigureRecord record, FindingSink sink) {
        ScalarNode year = record.string(YEAR);
        if (year == null) {
            return;
        }
        if (!FORMAT.matcher(year.value()).matches()) {
            sink.report(YEAR_FORMAT, year, "year: expected a four-digit year from 1900 to 2099 or '', found '"
                    + year.value() + "'");
        } else if (year.value().isEmpty()) {
            sink.report(YEAR_EMPTY, year, "year: expected the publication year, found '' (unknown)");
        } else {
            String reftext = record.text(REFTEXT);
            if (reftext != null && !reftext.contains(year.value())) {
                sink.report(YEAR_REFTEXT, year, "year: expected " + year.value() + " to appear in reftext, found '"
                        + reftext + "'");
            }
        }
    }
}
