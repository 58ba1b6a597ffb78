package org.myoplan.documents;

import java.awt.image.BufferedImage;
import java.util.Objects;

/**
 * A picture for a document (a 3D view of the targets), its caption, and the credit its geometry's licence
 * asks for on every page that shows it (empty for Myoplan's own atlas).
 */
public record Picture(BufferedImage image, String caption, String credit) {

    public Picture {
        Objects.requireNonNull(image, "image");
        caption = caption == null ? "" : caption;
        credit = credit == null ? "" : credit;
    }

    /** A picture that owes no credit. */
    public Picture(BufferedImage image, String caption) {
        this(image, caption, "");
    }
}
