package io.github.pfocr.core.rules;

import io.github.pfocr.core.model.FindingSink;
import io.github.pfocr.core.model.FigureRecord;
import io.github.pfocr.core.model.Rule;
import io.github.pfocr.core.model.ScalarNode;

import java.util.List;
import java.util.regex.Pattern;

import static io.github.pfocr.core.model.Fields.NDEX;

/** Rules 4.17 (ndex is '' or an NDEx UUID) and 4.24 (ndex is always written). */
public final class NdexCheck implements RecordCheck {
    public static final Rule NDEX_FORMAT = Rule.error("ndex-format", "ndex is '' or a lower-case NDEx UUID (4.17).");
    public static final Rule NDEX_PRESENT = Rule.warning("ndex-present",
            "ndex is present in every record, '' when there is no network (4.24).");

    public static final Pattern UUID = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @Override
    public List<Rule> rules() {
        return List.of(NDEX_FORMAT, NDEX_PRESENT);
    }

    @Override
    public void check(FigureRecord record, FindingSink sink) {
        if (!record.root().has(NDEX)) {
            sink.report(NDEX_PRESENT, record.root(), "expected field 'ndex' ('' when there is no NDEx network), found "
                    + "none", "''");
            return;
        }
        ScalarNode ndex = record.string(NDEX);
        if (ndex != null && !ndex.value().isEmpty() && !UUID.matcher(ndex.value()).matches()) {
            sink.report(NDEX_FORMAT, ndex, "ndex: expected '' or a UUID like 0626a9a9-df0c-11ea-99da-0ac135e8bacf, "
                    + "found '" + ndex.value() + "'");
        }
    }
}
