package org.myoplan.atlas.sites;

/** The suggested-sites table cannot be read; the message names the file, the line and the field. */
public final class SiteFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SiteFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
