package io.github.pfocr.core.rules;

import io.github.pfocr.core.model.FindingSink;
import io.github.pfocr.core.model.FigureRecord;
import io.github.pfocr.core.model.Rule;
import io.github.pfocr.core.model.ScalarNode;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.github.pfocr.core.model.Fields.FIGLINK;
import static io.github.pfocr.core.model.Fields.FIGTYPE;
import static io.github.pfocr.core.model.Fields.FILENAME;
import static io.github.pfocr.core.model.Fields.NUMBER;

/** figtype: its allowed values and rule 4.7 (it follows the number's prefix; the image name may hint otherwise). */
public final class FigtypeCheck implements RecordCheck {
    public static final Rule FIGTYPE_VALUE = Rule.error("figtype-value",
            "figtype is one of Figure, Scheme, Supplemental figure, Graphical abstract, Appendix figure, Extended view.");
    public static final Rule FIGTYPE_NUMBER = Rule.error("figtype-number",
            "figtype matches the prefix of number (F Figure, S Scheme, SF Supplemental figure, ...) (4.7).");
    public static final Rule FIGTYPE_HINT = Rule.warning("figtype-hint",
            "The image name or figure link says graphical abstract or scheme but figtype says otherwise (4.7).");

    /** pp_figures_step_1.R's mapping from number prefix to figure type. */
    static final Map<String, String> BY_PREFIX = Map.of("F", "Figure", "S", "Scheme", "SF", "Supplemental figure",
            "GA", "Graphical abstract", "AF", "Appendix figure", "EV", "Extended view");

    private static final Pattern PREFIX = Pattern.compile("^[A-Za-z]+");
    /** A "ga" or "sch" token in an image name: ga1, _ga_001, -ga001, sch1, scheme2. */
    private static final Pattern GA = Pattern.compile("(?i)(?:^|[^a-z])ga(?:\\d|[^a-z]|$)");
    private static final Pattern SCHEME = Pattern.compile("(?i)(?:^|[^a-z])sch(?:eme)?(?:\\d|[^a-z]|$)");

    @Override
    public List<Rule> rules() {
        return List.of(FIGTYPE_VALUE, FIGTYPE_NUMBER, FIGTYPE_HINT);
    }

    @Override
    public void check(FigureRecord record, FindingSink sink) {
        ScalarNode figtype = record.string(FIGTYPE);
        if (figtype == null) {
            return;
        }
        if (!BY_PREFIX.containsValue(figtype.value())) {
            sink.report(FIGTYPE_VALUE, figtype, "figtype: expected one of Figure, Scheme, Supplemental figure, "
                    + "Graphical abstract, Appendix figure, Extended view, found '" + figtype.value() + "'");
            return;
        }
        String number = record.text(NUMBER);
        Matcher m = number == null ? null : PREFIX.matcher(number);
        String expected = m != null && m.find() ? BY_PREFIX.get(m.group()) : null;
        if (expected != null && !expected.equals(figtype.value())) {
            sink.report(FIGTYPE_NUMBER, figtype, "figtype: expected '" + expected + "' for number '" + number
                    + "', found '" + figtype.value() + "'", expected);
            return;
        }
        String names = String.valueOf(record.text(FILENAME)) + " " + lastSegment(record.text(FIGLINK));
        String hinted = GA.matcher(names).find() ? "Graphical abstract"
                : SCHEME.matcher(names).find() ? "Scheme" : null;
        if (hinted != null && !hinted.equals(figtype.value())) {
            sink.report(FIGTYPE_HINT, figtype, "figtype: the image name or figure link suggests '" + hinted
                    + "', found '" + figtype.value() + "' (number '" + number + "')");
        }
    }

    private static String lastSegment(String link) {
        if (link == null) {
            return "";
        }
        String l = link.endsWith("/") ? link.substring(0, link.length() - 1) : link;
        return l.substring(l.lastIndexOf('/') + 1);
    }
}
