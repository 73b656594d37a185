package io.github.pfocr.core.model;

/**
 * A node of a front-matter tree, with the 1-based line and column at which it starts in the file.
 * Built from SnakeYAML's event stream rather than its composer so that anchors, aliases, tags and duplicate
 * keys are seen as written instead of being expanded or silently merged.
 */
public sealed interface Node permits ScalarNode, MapNode, SeqNode {
    int line();

    int column();

    /** A short noun for messages: "a string", "an integer", "a list", ... */
    String describe();
}
