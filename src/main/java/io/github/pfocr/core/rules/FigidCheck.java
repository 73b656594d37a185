package io.github.pfocr.core.rules;

import io.github.pfocr.core.model.FindingSink;
import io.github.pfocr.core.model.FigureRecord;
import io.github.pfocr.core.model.Rule;
import io.github.pfocr.core.model.ScalarNode;

import java.util.List;
import java.util.regex.Pattern;

import static io.github.pfocr.core.model.Fields.FIGID;
import static io.github.pfocr.core.model.Fields.PMCID;

/** The figid: its format, rule 4.1 (equals the file name) and rule 4.2 (starts with the pmcid). */
public final class FigidCheck implements RecordCheck {
    public static final Rule FIGID_FORMAT = Rule.error("figid-format", "figid matches PMC<digits>__<image name>, "
            + "without '/', whitespace or control characters.");
    public static final Rule FIGID_FILENAME = Rule.error("figid-filename",
            "figid equals the file's name without .md (4.1).");
    public static final Rule FIGID_PMCID = Rule.error("figid-pmcid", "figid starts with pmcid + \"__\" (4.2).");

    /**
     * A figid names files, URLs and GMT terms, so after {@code __} it holds no {@code /}, no whitespace, no control
     * or format character (a line feed or tab would forge GMT lines) and no unpaired surrogate.
     */
    public static final Pattern FORMAT = Pattern.compile("PMC\\d++__[^/\\s\\p{Z}\\p{Cc}\\p{Cf}\\p{Cs}]++");

    @Override
    public List<Rule> rules() {
        return List.of(FIGID_FORMAT, FIGID_FILENAME, FIGID_PMCID);
    }

    @Override
    public void check(FigureRecord record, FindingSink sink) {
        ScalarNode figid = record.string(FIGID);
        if (figid == null) {
            return;
        }
        if (!FORMAT.matcher(figid.value()).matches()) {
            sink.report(FIGID_FORMAT, figid, "figid: expected PMC<digits>__<image name>, found '" + figid.value() + "'");
        }
        if (!figid.value().equals(record.baseName())) {
            sink.report(FIGID_FILENAME, figid, "figid: expected '" + record.baseName() + "' (the file name), found '"
                    + figid.value() + "'", record.baseName());
        }
        String pmcid = record.text(PMCID);
        if (pmcid != null && !figid.value().startsWith(pmcid + "__")) {
            sink.report(FIGID_PMCID, figid, "figid: expected it to start with '" + pmcid + "__' (the pmcid), found '"
                    + figid.value() + "'");
        }
    }
}
