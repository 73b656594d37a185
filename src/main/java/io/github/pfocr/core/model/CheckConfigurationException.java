package io.github.pfocr.core.model;

/** The request cannot be carried out (e.g. the figures directory does not exist); not a finding about the data. */
public class CheckConfigurationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CheckConfigurationException(String message) {
        super(message);
    }
}
