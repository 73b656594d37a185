package io.github.pfocr.core.fix;

import io.github.pfocr.core.model.FigureRecord;
import io.github.pfocr.core.model.Finding;

/** How one rule's finding is repaired: the edits that make the record satisfy the rule again. */
@FunctionalInterface
public interface Repair {

    /** Plans the edits for {@code finding} of {@code record} on {@code editor}. */
    void plan(FigureRecord record, Finding finding, FrontMatterEditor editor) throws Unrepairable;

    /** Why a finding cannot be repaired here; the finding is then reported as it is. */
    final class Unrepairable extends Exception {
        private static final long serialVersionUID = 1L;

        public Unrepairable(String reason) {
            super(reason, null, false, false);
        }
    }
}
