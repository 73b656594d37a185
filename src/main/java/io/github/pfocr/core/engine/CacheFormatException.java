package io.github.pfocr.core.engine;

/** The cache file is damaged, truncated or written by something else; it is discarded, never trusted. */
public class CacheFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CacheFormatException(String message) {
        super(message);
    }
}
