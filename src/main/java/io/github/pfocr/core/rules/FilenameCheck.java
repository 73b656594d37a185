package io.github.pfocr.core.rules;

import io.github.pfocr.core.model.FindingSink;
import io.github.pfocr.core.model.FigureRecord;
import io.github.pfocr.core.model.Rule;
import io.github.pfocr.core.model.ScalarNode;

import java.util.List;
import java.util.regex.Pattern;

import static io.github.pfocr.core.model.Fields.FIGID;
import static io.github.pfocr.core.model.Fields.FILENAME;
import static io.github.pfocr.core.model.Fields.PMCID;

/** The image filename: its format and rule 4.3 (figid == pmcid + "__" + filename without .jpg). */
public final class FilenameCheck implements RecordCheck {
    public static final Rule FILENAME_FORMAT = Rule.error("filename-format", "filename is a .jpg name without a path.");
    public static final Rule FILENAME_FIGID = Rule.error("filename-figid",
            "figid equals pmcid + \"__\" + filename without .jpg, so the image URL resolves (4.3).");

    private static final Pattern FORMAT = Pattern.compile("[^/]+\\.jpg");

    @Override
    public List<Rule> rules() {
        return List.of(FILENAME_FORMAT, FILENAME_FIGID);
    }

    @Override
    public void check(FigureRecord record, FindingSink sink) {
        ScalarNode filename = record.string(FILENAME);
        if (filename == null) {
            return;
        }
        if (!FORMAT.matcher(filename.value()).matches()) {
            sink.report(FILENAME_FORMAT, filename, "filename: expected a .jpg file name without '/', found '"
                    + filename.value() + "'");
            return;
        }
        String figid = record.text(FIGID);
        String pmcid = record.text(PMCID);
        if (figid == null || pmcid == null) {
            return;
        }
        String stem = filename.value().substring(0, filename.value().length() - ".jpg".length());
        if (!figid.equals(pmcid + "__" + stem)) {
            String prefix = pmcid + "__";
            String expected = figid.startsWith(prefix) ? figid.substring(prefix.length()) + ".jpg" : null;
            sink.report(FILENAME_FIGID, filename, "filename: expected "
                    + (expected != null ? "'" + expected + "'" : "a name") + " so that pmcid + \"__\" + filename "
                    + "without .jpg equals figid '" + figid + "', found '" + filename.value() + "'", expected);
        }
    }
}
