package org.myoplan.documents;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts of one document, embedded as subsets: DejaVu Sans (Latin, Greek, Cyrillic, Arabic),
 * Droid Sans Fallback (Chinese, Japanese) and Nanum Gothic (Korean). Text is split into runs by the first font that has
 * each character; a character no font has prints as '?' rather than failing. Right-to-left text is
 * shaped (Arabic letters joined) and put in visual order, since PDF draws glyphs left to right.
 */
final class DocumentFonts {

    private static final String FOLDER = "/org/myoplan/documents/fonts/";
    private static final int MISSING = '?';

    /** A stretch of text in one font. */
    record Run(PDType0Font font, String text) {
    }

    /** Each font file read and parsed once per JVM: for its character coverage and its bytes. */
    private static final Map<String, TrueTypeFont> COVERAGE = new ConcurrentHashMap<>();
    private static final Map<String, byte[]> BYTES = new ConcurrentHashMap<>();

    private final PDDocument document;
    private final List<Face> regular = new ArrayList<>();
    private final List<Face> bold = new ArrayList<>();

    /**
     * A font of this document. Embedded only when a character needs it, so that a document in Latin
     * letters does not pay for the large CJK fonts.
     */
    private final class Face {
        private final String file;
        private PDType0Font font;

        Face(String file) {
            this.file = file;
        }

        boolean has(int codePoint) {
            try {
                return coverage(file).getUnicodeCmapLookup().getGlyphId(codePoint) > 0;
            } catch (IOException e) {
                return false;
            }
        }

        PDType0Font font() {
            if (font == null) {
                try {
                    font = PDType0Font.load(document, new TTFParser().parse(new RandomAccessReadBuffer(bytes(file))),
                            true);
                } catch (IOException e) {
                    throw new UncheckedIOException("The font " + file + " cannot be read", e);
                }
            }
            return font;
        }
    }

    DocumentFonts(PDDocument document) {
        this.document = document;
        Face chineseJapanese = new Face("DroidSansFallbackFull.ttf");
        Face korean = new Face("NanumGothic.ttf");
        regular.add(new Face("DejaVuSans.ttf"));
        bold.add(new Face("DejaVuSans-Bold.ttf"));
        for (List<Face> faces : List.of(regular, bold)) {
            faces.add(chineseJapanese);
            faces.add(korean);
        }
    }

    List<Run> runs(String text, boolean boldFace) {
        List<Face> faces = boldFace ? bold : regular;
        String visual = visualOrder(text == null ? "" : text);
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        Face currentFace = null;
        for (int i = 0; i < visual.length(); ) {
            int cp = visual.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isISOControl(cp)) {
                cp = ' ';
            }
            Face face = faceFor(faces, cp);
            if (face == null) {
                cp = MISSING;
                face = faces.get(0);
            }
            if (face != currentFace && current.length() > 0) {
                runs.add(new Run(currentFace.font(), current.toString()));
                current.setLength(0);
            }
            currentFace = face;
            current.appendCodePoint(cp);
        }
        if (current.length() > 0) {
            runs.add(new Run(currentFace.font(), current.toString()));
        }
        return runs;
    }

    /** The width of a text in points at a font size. */
    float width(String text, boolean boldFace, float size) {
        float width = 0;
        for (Run run : runs(text, boldFace)) {
            try {
                width += run.font().getStringWidth(run.text()) / 1000f * size;
            } catch (IOException | IllegalArgumentException e) {
                width += run.text().length() * size * 0.5f;
            }
        }
        return width;
    }

    private static Face faceFor(List<Face> faces, int codePoint) {
        for (Face face : faces) {
            if (face.has(codePoint)) {
                return face;
            }
        }
        return null;
    }

    /**
     * Arabic joined into its presentation forms, then the line reordered for left-to-right drawing.
     * The documents are left-to-right: a line keeps that direction whatever its first letter, and
     * only each right-to-left run (a name) is laid out right to left inside it (Unicode bidi).
     */
    static String visualOrder(String text) {
        if (!Bidi.requiresBidi(text.toCharArray(), 0, text.length())) {
            return text;
        }
        String shaped = text;
        try {
            shaped = new ArabicShaping(ArabicShaping.LETTERS_SHAPE | ArabicShaping.TEXT_DIRECTION_LOGICAL).shape(text);
        } catch (ArabicShapingException e) {
            // unshaped letters still print, only unjoined
        }
        Bidi bidi = new Bidi(shaped, Bidi.DIRECTION_LEFT_TO_RIGHT);
        return bidi.writeReordered(Bidi.DO_MIRRORING);
    }

    private static TrueTypeFont coverage(String file) {
        return COVERAGE.computeIfAbsent(file, f -> {
            try {
                return new TTFParser().parse(new RandomAccessReadBuffer(bytes(f)));
            } catch (IOException e) {
                throw new UncheckedIOException("The font " + f + " cannot be read", e);
            }
        });
    }

    private static byte[] bytes(String file) {
        return BYTES.computeIfAbsent(file, f -> {
            try (InputStream in = DocumentFonts.class.getResourceAsStream(FOLDER + f)) {
                if (in == null) {
                    throw new IllegalStateException("The font " + f + " is missing from the documents module");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("The font " + f + " cannot be read", e);
            }
        });
    }
}
