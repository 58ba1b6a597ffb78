package org.myoplan.documents;

import java.awt.image.BufferedImage;
import java.util.Objects;

/** A picture for a document (a 3D view of the targets) and its caption. */
public record Picture(BufferedImage image, String caption) {

    public Picture {
        Objects.requireNonNull(image, "image");
        caption = caption == null ? "" : caption;
    }
}
