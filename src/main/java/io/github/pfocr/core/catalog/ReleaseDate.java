package io.github.pfocr.core.catalog;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** The release date from Maven's {@code project.build.outputTimestamp}. */
public final class ReleaseDate {
    private ReleaseDate() {
    }

    /**
     * Reads an ISO-8601 timestamp ({@code 2026-01-01T00:00:00Z}) or seconds since the epoch, as Maven accepts.
     *
     * @return the UTC date, or null when unset or when a single character disables it (Maven's convention)
     * @throws IllegalArgumentException when the value is neither
     */
    public static LocalDate parse(String outputTimestamp) {
        if (outputTimestamp == null || outputTimestamp.isBlank() || outputTimestamp.length() < 2) {
            return null;
        }
        String v = outputTimestamp.trim();
        try {
            if (v.chars().allMatch(Character::isDigit)) {
                return Instant.ofEpochSecond(Long.parseLong(v)).atZone(ZoneOffset.UTC).toLocalDate();
            }
            return OffsetDateTime.parse(v).atZoneSameInstant(ZoneOffset.UTC).toLocalDate();
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException("project.build.outputTimestamp '" + outputTimestamp
                    + "' is neither an ISO-8601 timestamp nor seconds since the epoch", e);
        }
    }
}
