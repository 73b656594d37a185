package io.github.pfocr.core.model;

/**
 * A node of a front-matter tree, with the 1-based line and column at which it starts in the file.
 * Built from SnakeYAML's event stream rather than its composer so that anchors, aliases, tags and duplicate
 * keys are seen as written instead of being expanded or silently merged.
 */
public sealed interface Node permits ScalarNode, MapNode, SeqNode {
    int line();

    int column();

    /** Where the node starts, as a char offset into the file's decoded text (what the fix goal edits). */
    int start();

    /** Where the node ends (exclusive): after a block collection's last item, a flow one's closing bracket. */
    int end();

    /** A short noun for messages: "a string", "an integer", "a list", ... */
    String describe();
}
