package org.myoplan.ui.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void markupInANameShowsAsTyped() {
        assertEquals("&lt;b&gt;Smith &amp; Jones&lt;/b&gt;", Html.escape("<b>Smith & Jones</b>"));
    }

    @Test
    void anEscapedTextIsEscapedOnceMore() {
        assertEquals("&amp;lt;", Html.escape("&lt;"));
    }

    @Test
    void plainTextIsLeftAsItIs() {
        assertEquals("Müller, Anna; 3 units", Html.escape("Müller, Anna; 3 units"));
    }
}
