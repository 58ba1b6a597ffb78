package org.myoplan.documents;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The lines of a PDF page as drawn: glyphs grouped by baseline and read left to right, with no bidi
 * reordering of their own (PDFTextStripper's text output reorders right-to-left runs, which would
 * hide how the line was laid out).
 */
final class VisualLines extends PDFTextStripper {

    private final Map<Integer, List<TextPosition>> byBaseline = new TreeMap<>();

    private VisualLines() throws IOException {
    }

    static List<String> of(PDDocument document, int page) throws IOException {
        VisualLines lines = new VisualLines();
        lines.setStartPage(page);
        lines.setEndPage(page);
        lines.getText(document);
        List<String> result = new ArrayList<>();
        for (List<TextPosition> glyphs : lines.byBaseline.values()) {
            glyphs.sort(Comparator.comparingDouble(TextPosition::getXDirAdj));
            StringBuilder line = new StringBuilder();
            float end = Float.NaN;
            for (TextPosition glyph : glyphs) {
                if (!Float.isNaN(end) && glyph.getXDirAdj() - end > glyph.getWidthOfSpace() * 0.5f) {
                    line.append(' ');
                }
                line.append(glyph.getUnicode());
                end = glyph.getXDirAdj() + glyph.getWidthDirAdj();
            }
            result.add(line.toString().replaceAll(" +", " "));
        }
        return result;
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        byBaseline.computeIfAbsent(Math.round(text.getYDirAdj()), y -> new ArrayList<>()).add(text);
    }
}
