package io.github.pfocr.core.model;

import java.util.List;

/** A sequence in source order. */
public record SeqNode(List<Node> items, int line, int column, int start, int end) implements Node {
    @Override
    public String describe() {
        return "a list";
    }
}
