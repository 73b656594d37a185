package io.github.pfocr.core.rules;

import io.github.pfocr.core.model.FindingSink;
import io.github.pfocr.core.model.FigureRecord;
import io.github.pfocr.core.model.Generation;
import io.github.pfocr.core.model.Rule;
import io.github.pfocr.core.model.ScalarNode;

import java.util.List;
import java.util.regex.Pattern;

import static io.github.pfocr.core.model.Fields.NUMBER;

/** Rule 4.4: G1b and G2 records carry the normalised figure number; G1a keeps PMC's raw label. */
public final class NumberCheck implements RecordCheck {
    public static final Rule NUMBER_FORMAT = Rule.error("number-format",
            "number is normalised (F, S, SF, GA, AF or EV plus digits) in G1b and G2 records (4.4).");

    /** The shape normalizeFigNumber() produces. */
    static final Pattern NORMALISED = Pattern.compile("(F|S|SF|GA|AF|EV)(\\d+[A-Za-z]?(_\\d+[A-Za-z]?)?)?");

    @Override
    public List<Rule> rules() {
        return List.of(NUMBER_FORMAT);
    }

    @Override
    public void check(FigureRecord record, FindingSink sink) {
        Generation g = record.generation();
        ScalarNode number = record.string(NUMBER);
        if (number == null || g == Generation.G1A || g == Generation.UNKNOWN) {
            return;
        }
        if (!NORMALISED.matcher(number.value()).matches()) {
            sink.report(NUMBER_FORMAT, number, "number: expected a normalised figure number such as F2, SF1 or GA1 in a "
                    + g.label() + " record, found '" + number.value() + "'");
        }
    }
}
