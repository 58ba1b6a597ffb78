package org.myoplan.documents;

import java.awt.print.PageFormat;
import java.awt.print.Pageable;
import java.awt.print.Printable;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;

/** A written PDF ready for the system's printing (java.awt.print), open until closed. */
public final class PrintableDocument implements Pageable, AutoCloseable {

    private final PDDocument document;
    private final PDFPageable pages;

    private PrintableDocument(PDDocument document) {
        this.document = document;
        this.pages = new PDFPageable(document);
    }

    public static PrintableDocument of(byte[] pdf) throws IOException {
        return new PrintableDocument(Loader.loadPDF(pdf));
    }

    @Override
    public int getNumberOfPages() {
        return pages.getNumberOfPages();
    }

    @Override
    public PageFormat getPageFormat(int pageIndex) {
        return pages.getPageFormat(pageIndex);
    }

    @Override
    public Printable getPrintable(int pageIndex) {
        return pages.getPrintable(pageIndex);
    }

    @Override
    public void close() throws IOException {
        document.close();
    }
}
