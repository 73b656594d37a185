package io.github.pfocr.core.rules;

/** A value and where it was written: the little a cross-file rule keeps of each record. */
public record Located(String value, String path, int line, int column) {
    public String where() {
        return path + ":" + line + ":" + column;
    }
}
