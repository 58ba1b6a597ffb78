package org.myoplan.planning.ui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.FlowLayout;
import javax.swing.BorderFactory;
import javax.swing.DefaultListCellRenderer;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.ListSelectionModel;
import org.myoplan.history.ui.PatientRecords;
import org.myoplan.dosing.rules.Acknowledgement;
import org.myoplan.dosing.rules.Finding;
import org.myoplan.dosing.rules.Severity;
import org.myoplan.planning.SessionDraft;
import org.openide.DialogDisplayer;
import org.openide.NotifyDescriptor;
import org.openide.util.NbBundle.Messages;

/**
 * The dose checks of the plan, renewed with every change, most severe first; each with its source.
 * A warning is acknowledged (a block overridden, when it can be) with a reason, which stays with the plan.
 */
@Messages({
    "LBL_Findings=Dose checks",
    "BTN_Acknowledge=Acknowledge...",
    "TITLE_Acknowledge=Acknowledge the Finding",
    "# {0} - finding",
    "LBL_Reason=Why go ahead despite this?\n{0}",
    "# {0} - severity", "# {1} - message",
    "# {2} - width in pixels",
    "LBL_Finding=<html><div style=\"width:{2}px\"><b>{0}</b> {1}",
    "# {0} - reason", "# {1} - clinician",
    "LBL_Acknowledged=<br><i>acknowledged by {1}: {0}</i>",
    "# {0} - source",
    "LBL_Source=<br><small>Source: {0}</small>",
    "LBL_NoFindings=No findings: every check passes.",
    "MSG_InfoNeedsNothing=This finding is information; it needs no acknowledgement.",
    "SEVERITY_BLOCKING=Blocking", "SEVERITY_WARNING=Warning", "SEVERITY_INFO=Info"
})
final class FindingsPanel extends JPanel {

    private final SessionDraft draft;
    private final DefaultListModel<Finding> model = new DefaultListModel<>();
    /** As wide as its window, never wider: the messages wrap instead of running off the edge. */
    private final JList<Finding> list = new JList<>(model) {
        @Override
        public boolean getScrollableTracksViewportWidth() {
            return true;
        }
    };
    private final JButton acknowledge = new JButton(Bundle.BTN_Acknowledge());

    FindingsPanel(SessionDraft draft, boolean editable) {
        super(new BorderLayout());
        this.draft = draft;
        setBorder(BorderFactory.createTitledBorder(Bundle.LBL_Findings()));
        list.setName("findings.list");
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.setCellRenderer(new FindingRenderer());
        acknowledge.setName("findings.acknowledge");
        acknowledge.setEnabled(false);
        acknowledge.addActionListener(e -> acknowledgeSelected());
        list.addListSelectionListener(e -> acknowledge.setEnabled(editable && list.getSelectedValue() != null));
        // the messages wrap at the list's width: a re-layout makes the list measure its cells again
        list.addComponentListener(new java.awt.event.ComponentAdapter() {
            @Override
            public void componentResized(java.awt.event.ComponentEvent e) {
                list.setFixedCellHeight(10);
                list.setFixedCellHeight(-1);
            }
        });
        add(new JScrollPane(list, JScrollPane.VERTICAL_SCROLLBAR_AS_NEEDED, JScrollPane.HORIZONTAL_SCROLLBAR_NEVER), BorderLayout.CENTER);
        if (editable) {
            JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT));
            buttons.add(acknowledge);
            add(buttons, BorderLayout.SOUTH);
        }
        refresh();
    }

    void refresh() {
        int selected = list.getSelectedIndex();
        model.clear();
        draft.findings().forEach(model::addElement);
        if (selected >= 0 && selected < model.size()) {
            list.setSelectedIndex(selected);
        }
        list.setToolTipText(model.isEmpty() ? Bundle.LBL_NoFindings() : null);
    }

    private void acknowledgeSelected() {
        Finding finding = list.getSelectedValue();
        if (finding == null) {
            return;
        }
        if (finding.severity() == Severity.INFO) {
            DialogDisplayer.getDefault().notify(new NotifyDescriptor.Message(Bundle.MSG_InfoNeedsNothing()));
            return;
        }
        NotifyDescriptor.InputLine ask = new NotifyDescriptor.InputLine(Bundle.LBL_Reason(finding.message()), Bundle.TITLE_Acknowledge());
        draft.acknowledgementOf(finding).ifPresent(a -> ask.setInputText(a.reason()));
        if (DialogDisplayer.getDefault().notify(ask) != NotifyDescriptor.OK_OPTION) {
            return;
        }
        try {
            draft.acknowledge(finding, ask.getInputText(), PatientRecords.clinician());
        } catch (IllegalArgumentException e) {
            DialogDisplayer.getDefault().notify(new NotifyDescriptor.Message(e.getMessage(), NotifyDescriptor.WARNING_MESSAGE));
        }
    }

    private final class FindingRenderer extends DefaultListCellRenderer {
        @Override
        public Component getListCellRendererComponent(JList<?> l, Object value, int index, boolean selected, boolean focus) {
            Finding finding = (Finding) value;
            String text = Bundle.LBL_Finding(severity(finding.severity()), escape(finding.message()), String.valueOf(wrapWidth()))
                    + draft.acknowledgementOf(finding).map(FindingsPanel::acknowledged).orElse("")
                    + Bundle.LBL_Source(escape(finding.source().describe()));
            JLabel label = (JLabel) super.getListCellRendererComponent(l, text, index, selected, focus);
            label.setBorder(BorderFactory.createEmptyBorder(3, 4, 3, 4));
            if (!selected) {
                label.setForeground(colour(finding));
            }
            return label;
        }

        private Color colour(Finding finding) {
            boolean open = draft.unresolved().contains(finding);
            return switch (finding.severity()) {
                case BLOCKING -> open ? new Color(170, 0, 0) : Color.DARK_GRAY;
                case WARNING -> open ? new Color(160, 90, 0) : Color.DARK_GRAY;
                case INFO -> new Color(40, 70, 120);
            };
        }
    }

    private int wrapWidth() {
        // Swing reads CSS pixels as points (a third larger at 96 dpi): leave room so no line runs under the edge
        return Math.max(200, list.getWidth() <= 0 ? 400 : (int) (list.getWidth() * 0.7));
    }

    private static String acknowledged(Acknowledgement a) {
        return Bundle.LBL_Acknowledged(escape(a.reason()), escape(a.clinician()));
    }

    static String severity(Severity severity) {
        return switch (severity) {
            case BLOCKING -> Bundle.SEVERITY_BLOCKING();
            case WARNING -> Bundle.SEVERITY_WARNING();
            case INFO -> Bundle.SEVERITY_INFO();
        };
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
