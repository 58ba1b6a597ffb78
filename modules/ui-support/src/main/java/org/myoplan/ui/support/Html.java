package org.myoplan.ui.support;

/** Text that goes into a Swing label's {@code <html>}: a name or a finding must show as typed, never as markup. */
public final class Html {

    private Html() {
    }

    /** The text with {@code &}, {@code <} and {@code >} escaped (the ampersand first, so nothing is escaped twice). */
    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
