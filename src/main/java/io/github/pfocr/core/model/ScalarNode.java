package io.github.pfocr.core.model;

/**
 * A scalar with its text, its resolved type and whether it was written plain (unquoted).
 *
 * @param value the scalar's text after YAML unescaping and folding
 * @param type the type YAML 1.1 resolves it to
 * @param plain true when written without quotes
 */
public record ScalarNode(String value, ScalarType type, boolean plain, int line, int column, int start, int end)
        implements Node {

    public boolean isString() {
        return type == ScalarType.STRING;
    }

    @Override
    public String describe() {
        return type == ScalarType.STRING ? "a string" : type.noun() + " (" + value + ")";
    }
}
