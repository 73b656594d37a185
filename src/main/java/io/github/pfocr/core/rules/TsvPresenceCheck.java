package io.github.pfocr.core.rules;

import io.github.pfocr.core.model.FindingSink;
import io.github.pfocr.core.model.FigureRecord;
import io.github.pfocr.core.model.Rule;
import io.github.pfocr.core.model.TsvKind;

import java.util.List;

/**
 * Rule 4.25: a G2 figure is only written with at least one gene row or three chemical rows, so it has a genes or
 * a chemicals table in {@code _data/}.
 */
public final class TsvPresenceCheck implements RecordCheck {
    public static final Rule TSV_MISSING = Rule.warning("tsv-missing",
            "A G2 figure has neither _data/<figid>-genes.tsv nor _data/<figid>-chemicals.tsv (4.25).");

    @Override
    public List<Rule> rules() {
        return List.of(TSV_MISSING);
    }

    @Override
    public void check(FigureRecord record, FindingSink sink) {
        if (record.generation().isG2() && record.table(TsvKind.GENES) == null
                && record.table(TsvKind.CHEMICALS) == null) {
            sink.report(TSV_MISSING, record.root(), "expected _data/" + record.figid() + "-genes.tsv or _data/"
                    + record.figid() + "-chemicals.tsv for this G2 figure, found neither");
        }
    }
}
