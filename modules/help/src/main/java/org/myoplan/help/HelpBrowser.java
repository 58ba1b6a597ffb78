package org.myoplan.help;

import java.awt.BorderLayout;
import java.io.IOException;
import java.net.URL;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.JButton;
import javax.swing.JEditorPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JToolBar;
import javax.swing.event.HyperlinkEvent;
import javax.swing.text.Document;
import org.openide.util.NbBundle.Messages;

/** The guide's pages in an HTML view, with Back and Contents; links between pages stay inside it. */
@Messages({
    "BTN_Back=Back",
    "BTN_Contents=Contents",
    "# {0} - page",
    "MSG_NoPage=<html><body><p>The help page {0} is missing from this copy of Myoplan.</p></body></html>"
})
final class HelpBrowser extends JPanel {

    static final String PAGE_VIEW = "help.page";
    private static final Logger LOG = Logger.getLogger(HelpBrowser.class.getName());

    private final JEditorPane view = new JEditorPane();
    private final JButton back = new JButton(Bundle.BTN_Back());
    private final Deque<URL> earlier = new ArrayDeque<>();
    private URL current;

    HelpBrowser() {
        super(new BorderLayout());
        view.setName(PAGE_VIEW);
        view.setEditable(false);
        view.setContentType("text/html");
        view.putClientProperty(JEditorPane.HONOR_DISPLAY_PROPERTIES, Boolean.TRUE); // the application's font
        view.addHyperlinkListener(e -> {
            if (e.getEventType() == HyperlinkEvent.EventType.ACTIVATED && e.getURL() != null) {
                go(e.getURL(), true);
            }
        });
        back.setName("help.back");
        back.addActionListener(e -> {
            if (!earlier.isEmpty()) {
                go(earlier.pop(), false);
            }
        });
        JButton contents = new JButton(Bundle.BTN_Contents());
        contents.setName("help.contents");
        contents.addActionListener(e -> show(HelpTopics.GUIDE));
        JToolBar bar = new JToolBar();
        bar.setFloatable(false);
        bar.add(back);
        bar.add(contents);
        add(bar, BorderLayout.NORTH);
        add(new JScrollPane(view), BorderLayout.CENTER);
        back.setEnabled(false);
    }

    /** Shows a page of the guide by its file name, with an optional "#anchor". */
    void show(String page) {
        HelpTopics.url(page).ifPresentOrElse(url -> go(url, true), () -> view.setText(Bundle.MSG_NoPage(page)));
    }

    /** The title of the page shown (its HTML title), for the window's tab and for tests. */
    String title() {
        Object title = view.getDocument().getProperty(Document.TitleProperty);
        return title == null ? "" : title.toString();
    }

    private void go(URL url, boolean remember) {
        if (remember && current != null && !current.equals(url)) {
            earlier.push(current);
        }
        try {
            view.setPage(url);
            current = url;
        } catch (IOException e) {
            LOG.log(Level.INFO, "Help page " + url + " cannot be read", e);
            view.setText(Bundle.MSG_NoPage(url));
        }
        back.setEnabled(!earlier.isEmpty());
    }
}
