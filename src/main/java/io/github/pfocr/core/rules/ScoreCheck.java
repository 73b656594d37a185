package io.github.pfocr.core.rules;

import io.github.pfocr.core.model.FindingSink;
import io.github.pfocr.core.model.FigureRecord;
import io.github.pfocr.core.model.Rule;
import io.github.pfocr.core.model.ScalarNode;
import io.github.pfocr.core.model.ScalarType;

import java.util.List;

import static io.github.pfocr.core.model.Fields.AUTOML_PATHWAY;
import static io.github.pfocr.core.model.Fields.PATHWAY_SCORE;

/** Rule 4.16: the pathway score (pathway_score in G1, automl_pathway in G2) is a probability of at least 0.5. */
public final class ScoreCheck implements RecordCheck {
    public static final Rule SCORE_RANGE = Rule.error("score-range",
            "pathway_score / automl_pathway is a number from 0 to 1 (4.16).");
    public static final Rule SCORE_LOW = Rule.warning("score-low",
            "pathway_score / automl_pathway is below the 0.5 inclusion threshold (4.16).");

    @Override
    public List<Rule> rules() {
        return List.of(SCORE_RANGE, SCORE_LOW);
    }

    @Override
    public void check(FigureRecord record, FindingSink sink) {
        for (String field : List.of(PATHWAY_SCORE, AUTOML_PATHWAY)) {
            if (record.node(field) instanceof ScalarNode s
                    && (s.type() == ScalarType.FLOAT || s.type() == ScalarType.INTEGER)) {
                double v = parse(s.value());
                if (!(v >= 0 && v <= 1)) {
                    sink.report(SCORE_RANGE, s, field + ": expected a number from 0 to 1, found " + s.value());
                } else if (v < 0.5) {
                    sink.report(SCORE_LOW, s, field + ": expected at least 0.5 (the pathway classifier's threshold), "
                            + "found " + s.value());
                }
            }
        }
    }

    /** YAML 1.1 numbers as SnakeYAML resolves them; anything unusual (.inf, sexagesimal) counts as out of range. */
    static double parse(String yaml) {
        try {
            return Double.parseDouble(yaml.replace("_", ""));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
