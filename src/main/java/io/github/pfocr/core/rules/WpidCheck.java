package io.github.pfocr.core.rules;

import io.github.pfocr.core.model.FindingSink;
import io.github.pfocr.core.model.FigureRecord;
import io.github.pfocr.core.model.Rule;
import io.github.pfocr.core.model.ScalarNode;

import java.util.List;
import java.util.regex.Pattern;

import static io.github.pfocr.core.model.Fields.WPID;

/** Rule 4.18: wpid, when present, is a WikiPathways id. */
public final class WpidCheck implements RecordCheck {
    public static final Rule WPID_FORMAT = Rule.error("wpid-format", "wpid matches WP<digits> (4.18).");

    public static final Pattern FORMAT = Pattern.compile("WP\\d+");

    @Override
    public List<Rule> rules() {
        return List.of(WPID_FORMAT);
    }

    @Override
    public void check(FigureRecord record, FindingSink sink) {
        ScalarNode wpid = record.string(WPID);
        if (wpid != null && !FORMAT.matcher(wpid.value()).matches()) {
            sink.report(WPID_FORMAT, wpid, "wpid: expected WP<digits>, found '" + wpid.value() + "'");
        }
    }
}
