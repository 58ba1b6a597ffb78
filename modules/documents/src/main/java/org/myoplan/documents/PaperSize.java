package org.myoplan.documents;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** The paper a clinic prints on. */
public enum PaperSize {
    A4(PDRectangle.A4), LETTER(PDRectangle.LETTER);

    private final PDRectangle rectangle;

    PaperSize(PDRectangle rectangle) {
        this.rectangle = rectangle;
    }

    PDRectangle rectangle() {
        return rectangle;
    }
}
