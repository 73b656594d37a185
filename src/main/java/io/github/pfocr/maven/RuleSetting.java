package io.github.pfocr.maven;

/** One {@code <rule><id>...</id><severity>error|warning|off</severity></rule>} of the pom's {@code <rules>}. */
public class RuleSetting {
    /** The rule id, as listed in README.md. */
    private String id;
    /** error, warning or off. */
    private String severity;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getSeverity() {
        return severity;
    }

    public void setSeverity(String severity) {
        this.severity = severity;
    }
}
