package io.github.pfocr.core.model;

import java.util.Locale;

/** How much a finding matters. Only errors fail the build by default. */
public enum Severity {
    ERROR,
    WARNING;

    /** The lower-case word used in console lines and reports. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
