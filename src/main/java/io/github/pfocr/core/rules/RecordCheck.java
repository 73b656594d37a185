package io.github.pfocr.core.rules;

import io.github.pfocr.core.model.Rule;

import io.github.pfocr.core.model.FindingSink;
import io.github.pfocr.core.model.FigureRecord;

import java.util.List;

/**
 * A check of one figure record on its own (with its linked tables). Implementations are stateless and
 * thread-safe: one instance checks every record, from any thread.
 */
public interface RecordCheck {
    /** The rules this check reports. */
    List<Rule> rules();

    void check(FigureRecord record, FindingSink sink);
}
