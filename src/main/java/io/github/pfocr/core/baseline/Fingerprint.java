package io.github.pfocr.core.baseline;

import io.github.pfocr.core.finding.Finding;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A finding's identity across edits: its rule, file, figid and a hash of the offending value, never its line, so
 * an unrelated edit elsewhere in the file keeps it, and fixing the value retires it.
 */
public final class Fingerprint {
    private Fingerprint() {
    }

    public static String of(Finding f) {
        // Without a value, the message identifies the problem; its numbers (lines, counts) are left out.
        String subject = f.value() != null ? "v:" + f.value() : "m:" + f.message().replaceAll("\\d+", "#");
        String key = f.ruleId() + '\0' + f.path() + '\0' + (f.figid() == null ? "" : f.figid()) + '\0' + subject;
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
