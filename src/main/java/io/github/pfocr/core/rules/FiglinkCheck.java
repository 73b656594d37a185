package io.github.pfocr.core.rules;

import io.github.pfocr.core.model.FindingSink;
import io.github.pfocr.core.model.FigureRecord;
import io.github.pfocr.core.model.Rule;
import io.github.pfocr.core.model.ScalarNode;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.github.pfocr.core.model.Fields.FIGLINK;
import static io.github.pfocr.core.model.Fields.PMCID;

/** Rule 4.14: figlink is /pmc/articles/&lt;pmcid&gt;/figure/&lt;id&gt;/ (slashes may be missing; the pmcid may not). */
public final class FiglinkCheck implements RecordCheck {
    public static final Rule FIGLINK_FORMAT = Rule.warning("figlink-format",
            "figlink starts with a slash (/pmc/articles/<pmcid>/figure/<id>/); without it the site's link to PMC "
                    + "breaks (4.14).");
    public static final Rule FIGLINK_TRAILING_SLASH = Rule.info("figlink-trailing-slash",
            "figlink ends with a slash; the new-batch writer often leaves it out, and the link works either way (4.14).");
    public static final Rule FIGLINK_PMCID = Rule.error("figlink-pmcid",
            "figlink is a PMC figure link of the record's own pmcid (4.14).");

    private static final Pattern EXACT = Pattern.compile("/pmc/articles/PMC\\d+/figure/[^/]+/");
    static final Pattern LOOSE = Pattern.compile("/?pmc/articles/(PMC\\d+)/figure/([^/]+)/?");

    @Override
    public List<Rule> rules() {
        return List.of(FIGLINK_FORMAT, FIGLINK_TRAILING_SLASH, FIGLINK_PMCID);
    }

    @Override
    public void check(FigureRecord record, FindingSink sink) {
        ScalarNode figlink = record.string(FIGLINK);
        if (figlink == null) {
            return;
        }
        Matcher m = LOOSE.matcher(figlink.value());
        if (!m.matches()) {
            sink.report(FIGLINK_PMCID, figlink, "figlink: expected /pmc/articles/<pmcid>/figure/<id>/, found '"
                    + figlink.value() + "'");
            return;
        }
        String pmcid = record.text(PMCID);
        if (pmcid != null && !pmcid.equals(m.group(1))) {
            sink.report(FIGLINK_PMCID, figlink, "figlink: expected a link into " + pmcid + ", found one into "
                    + m.group(1) + " ('" + figlink.value() + "')");
            return;
        }
        if (!EXACT.matcher(figlink.value()).matches()) {
            String expected = "/pmc/articles/" + m.group(1) + "/figure/" + m.group(2) + "/";
            boolean leading = figlink.value().startsWith("/");
            sink.report(leading ? FIGLINK_TRAILING_SLASH : FIGLINK_FORMAT, figlink, "figlink: expected '" + expected
                    + "' with " + (leading ? "a trailing slash" : "leading and trailing slashes") + ", found '"
                    + figlink.value() + "'", expected);
        }
    }
}
