package io.github.pfocr.core.model;

/**
 * One baselined finding (or several identical ones) of {@code pfocr-baseline.json}.
 *
 * @param message the message when the baseline was written, for people reading the file
 * @param count how many identical findings (same fingerprint in the same file) it stands for
 */
public record BaselineEntry(String rule, String path, String figid, String fingerprint, String message, int count) {
    /** Findings with this key are the same finding as far as the baseline is concerned. */
    public String key() {
        return rule + '\0' + path + '\0' + fingerprint;
    }
}
