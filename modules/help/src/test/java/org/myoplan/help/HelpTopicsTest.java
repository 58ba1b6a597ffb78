package org.myoplan.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HelpTopicsTest {

    private static final Pattern LINK = Pattern.compile("href=\"([^\"]+)\"");
    private static final Pattern ANCHOR = Pattern.compile("<a name=\"([^\"]+)\">");

    @Test
    void everyPageExistsAndHasATitle() throws IOException {
        for (String page : HelpTopics.ALL) {
            String html = read(page);
            assertTrue(html.matches("(?s).*<title>[^<]+</title>.*"), page + " has a title");
        }
    }

    @Test
    void everyLinkLeadsToAPageAndAnchorOfTheGuide() throws IOException {
        List<String> broken = new ArrayList<>();
        for (String page : HelpTopics.ALL) {
            Matcher link = LINK.matcher(read(page));
            while (link.find()) {
                if (!resolves(link.group(1))) {
                    broken.add(page + " -> " + link.group(1));
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void everyPageCanBeReachedFromTheContents() throws IOException {
        Set<String> reached = new HashSet<>();
        List<String> toVisit = new ArrayList<>(List.of(HelpTopics.GUIDE));
        while (!toVisit.isEmpty()) {
            String page = toVisit.remove(0);
            if (reached.add(page)) {
                Matcher link = LINK.matcher(read(page));
                while (link.find()) {
                    toVisit.add(link.group(1).replaceFirst("#.*", ""));
                }
            }
        }
        assertEquals(new HashSet<>(HelpTopics.ALL), reached);
    }

    @Test
    void everyWindowAndHelpIdHasItsPage() {
        HelpTopics.BY_WINDOW.forEach((window, page) -> assertTrue(resolves(page), window + " -> " + page));
        HelpTopics.BY_HELP_ID.forEach((id, page) -> assertTrue(resolves(page), id + " -> " + page));
    }

    @Test
    void aWindowIsKnownByItsIdAndASecondCopyByTheSame() {
        assertEquals(Optional.of("session-editor.html"), HelpTopics.forWindow("SessionEditor"));
        assertEquals(Optional.of("session-editor.html"), HelpTopics.forWindow("SessionEditor_3"));
        assertEquals(Optional.of("3d-view.html"), HelpTopics.forWindow("ViewerTopComponent"));
        assertEquals(Optional.empty(), HelpTopics.forWindow("SomeoneElsesWindow"));
        assertEquals(Optional.empty(), HelpTopics.forWindow(null));
    }

    @Test
    void myoplanHelpIdsNameTheirPageOthersAreNotOurs() {
        assertEquals(Optional.of("dose-checks.html"), HelpTopics.forHelpId("myoplan.dose-checks"));
        assertEquals(Optional.of("options.html#records"), HelpTopics.forHelpId("myoplan.options.records"));
        assertEquals(Optional.empty(), HelpTopics.forHelpId("myoplan.no-such-page"));
        assertEquals(Optional.empty(), HelpTopics.forHelpId("org.openide.windows.TopComponent"));
        assertEquals(Optional.empty(), HelpTopics.forHelpId(null));
    }

    private static boolean resolves(String target) {
        String file = target.replaceFirst("#.*", "");
        if (!HelpTopics.ALL.contains(file) || HelpTopics.url(target).isEmpty()) {
            return false;
        }
        if (!target.contains("#")) {
            return true;
        }
        try {
            Matcher anchor = ANCHOR.matcher(read(file));
            while (anchor.find()) {
                if (anchor.group(1).equals(target.substring(target.indexOf('#') + 1))) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    private static String read(String page) throws IOException {
        try (InputStream in = HelpTopics.class.getResourceAsStream(HelpTopics.PAGES + page)) {
            assertTrue(in != null, "page " + page + " exists");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
