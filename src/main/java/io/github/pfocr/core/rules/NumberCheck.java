package io.github.pfocr.core.rules;

import io.github.pfocr.core.model.FindingSink;
import io.github.pfocr.core.model.FigureRecord;
import io.github.pfocr.core.model.Generation;
import io.github.pfocr.core.model.Rule;
import io.github.pfocr.core.model.ScalarNode;
import io.github.pfocr.core.read.Words;

import java.util.List;
import java.util.regex.Pattern;

import static io.github.pfocr.core.model.Fields.NUMBER;

/** Rule 4.4: G1b and G2 records carry the normalised figure number; G1a keeps PMC's raw label. */
public final class NumberCheck implements RecordCheck {
    public static final Rule NUMBER_FORMAT = Rule.error("number-format",
            "number is normalised (F, S, SF, GA, AF or EV plus digits) in G1b and G2 records (4.4).");

    public static final Rule NUMBER_MARKUP = Rule.warning("number-markup", "G1a: number holds no HTML markup ('<b>Figure "
            + "2.</b>'), which the site and the catalog would show as text.");
    public static final Rule NUMBER_FALLBACK = Rule.warning("number-fallback", "number is not F0, the generator's "
            + "fallback when it found no figure number (figid_alias becomes <pmcid>__F0, shared by such figures).");

    /** An HTML start or end tag; bounded so matching stays linear. */
    private static final Pattern MARKUP = Pattern.compile("</?[A-Za-z][A-Za-z0-9]{0,10}+(?:\\s[^<>]{0,200}+)?/?>");

    /** The shape normalizeFigNumber() produces. */
    static final Pattern NORMALISED = Pattern.compile("(F|S|SF|GA|AF|EV)(\\d+[A-Za-z]?(_\\d+[A-Za-z]?)?)?");

    /** The label without HTML tags, as the catalog publishes a G1a number ({@code <b>Figure 2.</b>}: Figure 2.). */
    public static String withoutMarkup(String number) {
        return number == null ? null : MARKUP.matcher(number).replaceAll("").strip();
    }

    @Override
    public List<Rule> rules() {
        return List.of(NUMBER_FORMAT, NUMBER_MARKUP, NUMBER_FALLBACK);
    }

    @Override
    public void check(FigureRecord record, FindingSink sink) {
        Generation g = record.generation();
        ScalarNode number = record.string(NUMBER);
        if (number == null || g == Generation.UNKNOWN) {
            return;
        }
        if (g == Generation.G1A) {
            if (MARKUP.matcher(number.value()).find()) {
                sink.report(NUMBER_MARKUP, number, "number: expected the figure label as text, found HTML markup in "
                        + Words.quoted(number.value()), withoutMarkup(number.value()));
            }
            return;
        }
        if ("F0".equals(number.value())) {
            sink.report(NUMBER_FALLBACK, number, "number: expected the figure's number, found 'F0', the generator's "
                    + "fallback when it found none (figid_alias is then <pmcid>__F0)");
            return;
        }
        if (!NORMALISED.matcher(number.value()).matches()) {
            sink.report(NUMBER_FORMAT, number, "number: expected a normalised figure number such as F2, SF1 or GA1 in a "
                    + g.label() + " record, found '" + number.value() + "'");
        }
    }
}
