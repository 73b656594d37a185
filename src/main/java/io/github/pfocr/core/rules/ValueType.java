package io.github.pfocr.core.rules;

import io.github.pfocr.core.model.MapNode;
import io.github.pfocr.core.model.Node;
import io.github.pfocr.core.model.ScalarNode;
import io.github.pfocr.core.model.ScalarType;
import io.github.pfocr.core.model.SeqNode;

/** The YAML shapes the format uses for a field's value. */
enum ValueType {
    STRING("a string"),
    NUMBER("a number"),
    MAP("a mapping"),
    /** A list whose items are checked elsewhere (entity lists, annotations). */
    LIST("a list"),
    STRING_LIST("a list of strings"),
    /** G1 organisms: R wrote a single organism as a scalar. */
    STRING_OR_STRING_LIST("a string or a list of strings");

    private final String noun;

    ValueType(String noun) {
        this.noun = noun;
    }

    String noun() {
        return noun;
    }

    /** Whether the node itself has this shape (list items are judged separately). */
    boolean accepts(Node node) {
        return switch (this) {
            case STRING -> node instanceof ScalarNode s && s.isString();
            case NUMBER -> node instanceof ScalarNode s
                    && (s.type() == ScalarType.FLOAT || s.type() == ScalarType.INTEGER);
            case MAP -> node instanceof MapNode;
            case LIST, STRING_LIST -> node instanceof SeqNode;
            case STRING_OR_STRING_LIST -> node instanceof SeqNode || node instanceof ScalarNode s && s.isString();
        };
    }

    boolean hasStringItems() {
        return this == STRING_LIST || this == STRING_OR_STRING_LIST;
    }
}
