package io.github.pfocr.core.model;

import io.github.pfocr.core.model.Finding;

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
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
        part(sha, f.ruleId());
        part(sha, f.path());
        part(sha, f.figid());
        // Without a value, the message identifies the problem; its numbers (lines, counts) are left out.
        part(sha, f.value() != null ? "v" : "m");
        part(sha, f.value() != null ? f.value() : f.message().replaceAll("\\d+", "#"));
        return HexFormat.of().formatHex(sha.digest(), 0, 16);
    }

    /** Length-prefixed, so no two different field sequences hash alike; null differs from "". */
    private static void part(MessageDigest sha, String s) {
        if (s == null) {
            sha.update(new byte[] {-1, -1, -1, -1});
            return;
        }
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        int n = bytes.length;
        sha.update(new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n});
        sha.update(bytes);
    }
}
