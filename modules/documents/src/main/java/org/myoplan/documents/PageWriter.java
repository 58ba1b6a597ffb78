package org.myoplan.documents;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Lays out a document top to bottom: headings, wrapped paragraphs, tables that break cleanly across
 * pages (repeating their header row), pictures, signature lines; then numbers the pages. Coordinates
 * are PDF points from the bottom left.
 */
final class PageWriter implements AutoCloseable {

    static final float MARGIN = 50;
    static final float BODY = 9.5f;
    private static final float LEADING = 1.35f;
    private static final Color GRID = new Color(0.75f, 0.78f, 0.8f);
    private static final Color HEADER_FILL = new Color(0.88f, 0.93f, 0.95f);

    private final PDDocument document;
    private final DocumentFonts fonts;
    private final PDRectangle paper;
    private final String footer;
    private PDPageContentStream content;
    private float y;
    /** Per page (by index), the credits its pictures owe, printed at its foot. */
    private final Map<Integer, Set<String>> credits = new TreeMap<>();

    PageWriter(PDDocument document, PaperSize paper, String footer) {
        this.document = document;
        this.fonts = new DocumentFonts(document);
        this.paper = paper.rectangle();
        this.footer = footer;
        newPage();
    }

    float width() {
        return paper.getWidth() - 2 * MARGIN;
    }

    // ---- blocks ---------------------------------------------------------------------------------

    void title(String text) {
        paragraph(text, 16, true, Color.BLACK);
        space(4);
    }

    void heading(String text) {
        ensure(BODY * 4);
        space(6);
        paragraph(text, 11.5f, true, new Color(0.05f, 0.23f, 0.31f));
        space(2);
    }

    void paragraph(String text, float size, boolean bold, Color colour) {
        for (String line : wrap(text, width(), size, bold)) {
            ensure(size * LEADING);
            y -= size * LEADING;
            write(line, MARGIN, y + size * 0.25f, size, bold, colour);
        }
    }

    void paragraph(String text) {
        paragraph(text, BODY, false, Color.BLACK);
    }

    /** The clinic's logo at the top right of the page, at most this high; the text goes on beside it. */
    void logo(BufferedImage image, float maxHeight) {
        if (image == null) {
            return;
        }
        float scale = Math.min(maxHeight / image.getHeight(), width() * 0.3f / image.getWidth());
        float w = image.getWidth() * scale, h = image.getHeight() * scale;
        try {
            PDImageXObject picture = LosslessFactory.createFromImage(document, image);
            content.drawImage(picture, paper.getWidth() - MARGIN - w, y - h, w, h);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Label and value pairs in two columns. */
    void facts(List<String[]> pairs) {
        items(pairs, width() * 0.28f);
    }

    /** Label and value pairs, the label in a column this wide and the value wrapped beside it (a numbered list). */
    void items(List<String[]> pairs, float labelWidth) {
        for (String[] pair : pairs) {
            List<String> lines = wrap(pair[1], width() - labelWidth, BODY, false);
            ensure(lines.size() * BODY * LEADING);
            float top = y;
            write(pair[0], MARGIN, top - BODY * LEADING + BODY * 0.25f, BODY, true, Color.DARK_GRAY);
            for (String line : lines) {
                y -= BODY * LEADING;
                write(line, MARGIN + labelWidth, y + BODY * 0.25f, BODY, false, Color.BLACK);
            }
        }
    }

    /** A table with a header row, column widths as fractions of the text width; rows never split. */
    void table(String[] headers, float[] fractions, List<String[]> rows) {
        float[] widths = new float[fractions.length];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = fractions[i] * width();
        }
        ensure(rowHeight(headers, widths, true) + rowHeight(rows.isEmpty() ? headers : rows.get(0), widths, false));
        row(headers, widths, true);
        for (String[] row : rows) {
            if (y - rowHeight(row, widths, false) < MARGIN + 20) {
                newPage();
                row(headers, widths, true);
            }
            row(row, widths, false);
        }
        space(4);
    }

    /** Pictures side by side, scaled to the width, each with a caption below. */
    void pictures(List<BufferedImage> images, List<String> captions, float height) {
        if (images.isEmpty()) {
            return;
        }
        ensure(height + BODY * 3);
        float gap = 12;
        float each = (width() - gap * (images.size() - 1)) / images.size();
        float x = MARGIN;
        for (int i = 0; i < images.size(); i++) {
            BufferedImage image = images.get(i);
            float scale = Math.min(each / image.getWidth(), height / image.getHeight());
            float w = image.getWidth() * scale, h = image.getHeight() * scale;
            try {
                // JPEG: the pictures are shaded renderings, where it is far smaller and faster than lossless
                PDImageXObject picture = JPEGFactory.createFromImage(document, image, 0.9f);
                content.drawImage(picture, x + (each - w) / 2, y - h, w, h);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            write(captions.get(i), x + (each - fonts.width(captions.get(i), false, BODY)) / 2, y - height - BODY * 1.5f,
                    BODY, false, Color.DARK_GRAY);
            x += each + gap;
        }
        y -= height + BODY * 2.5f;
    }

    /**
     * A credit the pictures drawn on this page owe (the attribution of the atlas they show), written at the
     * page's foot, above its number; once a page however many pictures ask for it.
     */
    void credit(String text) {
        credits.computeIfAbsent(document.getNumberOfPages() - 1, page -> new LinkedHashSet<>()).add(text);
    }

    /** A small coloured square and its meaning. */
    void legend(List<Color> colours, List<String> meanings) {
        float x = MARGIN;
        ensure(BODY * 2);
        y -= BODY * LEADING;
        for (int i = 0; i < colours.size(); i++) {
            fill(colours.get(i), x, y, BODY, BODY);
            write(meanings.get(i), x + BODY + 4, y + 1, BODY, false, Color.BLACK);
            x += BODY + 12 + fonts.width(meanings.get(i), false, BODY);
        }
        space(4);
    }

    /** Signature lines in two columns: a line, then the label beneath. */
    void signatures(List<String> labels) {
        float columnWidth = (width() - 30) / 2;
        for (int i = 0; i < labels.size(); i += 2) {
            ensure(48);
            y -= 36;
            for (int k = 0; k < 2 && i + k < labels.size(); k++) {
                float x = MARGIN + k * (columnWidth + 30);
                line(x, y, x + columnWidth, y, Color.BLACK);
                write(labels.get(i + k), x, y - BODY - 2, BODY - 1, false, Color.DARK_GRAY);
            }
            y -= 12;
        }
    }

    void space(float points) {
        y -= points;
    }

    // ---- pages ----------------------------------------------------------------------------------

    /** Starts a new page unless this much room is left: keeps a heading with what follows it. */
    void needs(float height) {
        ensure(height);
    }

    private void ensure(float height) {
        if (y - height < MARGIN + 20) {
            newPage();
        }
    }

    private void newPage() {
        try {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(paper);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = paper.getHeight() - MARGIN;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Closes the last page and writes "title - page n of N" at the foot of every page. */
    @Override
    public void close() {
        try {
            content.close();
            int pages = document.getNumberOfPages();
            for (int i = 0; i < pages; i++) {
                try (PDPageContentStream foot = new PDPageContentStream(document, document.getPage(i),
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    content = foot;
                    String text = footer + "  -  page " + (i + 1) + " of " + pages;
                    write(text, paper.getWidth() - MARGIN - fonts.width(text, false, 7.5f), MARGIN - 22, 7.5f, false,
                            Color.GRAY);
                    float line = MARGIN - 12;
                    for (String credit : credits.getOrDefault(i, Set.of())) {
                        write(credit, MARGIN, line, 7f, false, Color.DARK_GRAY);
                        line += 9;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- drawing --------------------------------------------------------------------------------

    private void row(String[] cells, float[] widths, boolean header) {
        float height = rowHeight(cells, widths, header);
        if (header) {
            fill(HEADER_FILL, MARGIN, y - height, width(), height);
        }
        float x = MARGIN;
        for (int i = 0; i < widths.length; i++) {
            float lineY = y - 4;
            for (String line : wrap(i < cells.length ? cells[i] : "", widths[i] - 8, BODY, header)) {
                lineY -= BODY * LEADING;
                write(line, x + 4, lineY + BODY * 0.3f, BODY, header, Color.BLACK);
            }
            x += widths[i];
        }
        line(MARGIN, y - height, MARGIN + width(), y - height, GRID);
        y -= height;
    }

    private float rowHeight(String[] cells, float[] widths, boolean header) {
        int lines = 1;
        for (int i = 0; i < widths.length && i < cells.length; i++) {
            lines = Math.max(lines, wrap(cells[i], widths[i] - 8, BODY, header).size());
        }
        return lines * BODY * LEADING + 8;
    }

    /** Greedy word wrap; a word longer than the line is cut. */
    List<String> wrap(String text, float maxWidth, float size, boolean bold) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : (text == null ? "" : text).split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (fonts.width(candidate, bold, size) <= maxWidth) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                while (fonts.width(word, bold, size) > maxWidth && word.length() > 1) {
                    int cut = word.length() - 1;
                    while (cut > 1 && fonts.width(word.substring(0, cut), bold, size) > maxWidth) {
                        cut--;
                    }
                    lines.add(word.substring(0, cut));
                    word = word.substring(cut);
                }
                line.append(word);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private void write(String text, float x, float baseline, float size, boolean bold, Color colour) {
        try {
            content.beginText();
            content.setNonStrokingColor(colour);
            content.newLineAtOffset(x, baseline);
            for (DocumentFonts.Run run : fonts.runs(text, bold)) {
                content.setFont(run.font(), size);
                content.showText(run.text());
            }
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void fill(Color colour, float x, float bottom, float w, float h) {
        try {
            content.setNonStrokingColor(colour);
            content.addRect(x, bottom, w, h);
            content.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void line(float x1, float y1, float x2, float y2, Color colour) {
        try {
            content.setStrokingColor(colour);
            content.setLineWidth(0.6f);
            content.moveTo(x1, y1);
            content.lineTo(x2, y2);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
