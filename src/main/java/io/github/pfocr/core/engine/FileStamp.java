package io.github.pfocr.core.engine;

/**
 * How a figure file and its linked tables looked when read: sizes and modification times, and a hash of their
 * contents that confirms a cache hit when only the times changed (a fresh clone).
 *
 * @param size the figure file's size
 * @param modified the figure file's modification time in milliseconds
 * @param tables the linked tables' names, sizes and times, in {@code TsvKind} order: {@code name\tsize\tmodified}
 * @param contentHash a hash of the figure file's and the tables' bytes
 */
record FileStamp(long size, long modified, String tables, long contentHash) {
}
