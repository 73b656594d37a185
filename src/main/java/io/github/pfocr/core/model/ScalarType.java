package io.github.pfocr.core.model;

/** The type YAML 1.1 (and so Jekyll) gives a scalar: plain scalars are resolved, quoted ones are strings. */
public enum ScalarType {
    STRING("a string"),
    INTEGER("an integer"),
    FLOAT("a number"),
    BOOLEAN("a boolean"),
    NULL("null"),
    TIMESTAMP("a date"),
    /** A node left out because it was an alias or nested too deep; rules treat it as no usable value. */
    OMITTED("an omitted value");

    private final String noun;

    ScalarType(String noun) {
        this.noun = noun;
    }

    public String noun() {
        return noun;
    }
}
