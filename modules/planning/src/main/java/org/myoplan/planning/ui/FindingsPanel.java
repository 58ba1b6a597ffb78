package org.myoplan.planning.ui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.FlowLayout;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.io.File;
import java.nio.file.Path;
import javax.swing.BorderFactory;
import javax.swing.DefaultListCellRenderer;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.ListSelectionModel;
import org.myoplan.dosing.rules.Finding;
import org.myoplan.dosing.rules.Severity;
import org.myoplan.history.ui.api.PatientRecords;
import org.myoplan.model.Acknowledgement;
import org.myoplan.planning.AcknowledgementReasons;
import org.myoplan.planning.SessionDraft;
import org.myoplan.ui.support.Html;
import org.openide.DialogDescriptor;
import org.openide.DialogDisplayer;
import org.openide.NotifyDescriptor;
import org.openide.modules.Places;
import org.openide.util.NbBundle.Messages;

/**
 * The dose checks of the plan, renewed with every change, most severe first; each with its source.
 * A warning is acknowledged (a block overridden, when it can be) with a reason, which stays with the plan.
 * Open findings show a warning sign in their severity's colour; acknowledged ones a green tick, in green,
 * with who acknowledged them and why.
 */
@Messages({
    "LBL_Findings=Dose checks",
    "BTN_Acknowledge=Acknowledge...",
    "TITLE_Acknowledge=Acknowledge the Finding",
    "TIP_Acknowledge=Keep your reason for going ahead despite the selected warning (or override a block that allows "
        + "it)",
    "TIP_CorrectThePlan=This finding cannot be acknowledged: correct the plan",
    "# {0} - severity", "# {1} - message",
    "# {2} - width in pixels",
    "LBL_Finding=<html><div style=\"width:{2}px\"><b>{0}</b> {1}",
    "# {0} - reason", "# {1} - clinician",
    "LBL_Acknowledged=<br><b>acknowledged by {1}:</b> <i>{0}</i>",
    "# {0} - source",
    "LBL_Source=<br><small>Source: {0}</small>",
    "LBL_NoFindings=No findings: every check passes.",
    "TIP_InfoNeedsNothing=This finding is information; it needs no acknowledgement.",
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
    static final Color ACKNOWLEDGED = new Color(0, 110, 50);
    private static final Color ACKNOWLEDGED_BACKGROUND = new Color(232, 245, 235);

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
        acknowledge.setToolTipText(Bundle.TIP_Acknowledge());
        list.addListSelectionListener(e -> enableAcknowledge(editable));
        // the messages wrap at the list's width: a re-layout makes the list measure its cells again
        list.addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                list.setFixedCellHeight(10);
                list.setFixedCellHeight(-1);
            }
        });
        add(new JScrollPane(list, JScrollPane.VERTICAL_SCROLLBAR_AS_NEEDED, JScrollPane.HORIZONTAL_SCROLLBAR_NEVER),
                BorderLayout.CENTER);
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

    /** Only a finding that can be acknowledged enables the button; the tooltip says why not, otherwise. */
    private void enableAcknowledge(boolean editable) {
        Finding finding = list.getSelectedValue();
        boolean info = finding != null && finding.severity() == Severity.INFO;
        boolean mustCorrect = finding != null && !finding.overridable();
        acknowledge.setEnabled(editable && finding != null && !info && !mustCorrect);
        acknowledge.setToolTipText(info ? Bundle.TIP_InfoNeedsNothing() : mustCorrect ? Bundle.TIP_CorrectThePlan()
                : Bundle.TIP_Acknowledge());
    }

    private void acknowledgeSelected() {
        Finding finding = list.getSelectedValue();
        if (finding == null || !acknowledge.isEnabled()) {
            return;
        }
        AcknowledgePanel panel = new AcknowledgePanel(finding, AcknowledgementReasons.of(userDirectory()),
                draft.acknowledgementOf(finding).map(Acknowledgement::reason).orElse(""));
        DialogDescriptor ask = panel.descriptor(Bundle.TITLE_Acknowledge());
        if (DialogDisplayer.getDefault().notify(ask) != DialogDescriptor.OK_OPTION) {
            return;
        }
        try {
            draft.acknowledge(finding, panel.reason(), PatientRecords.clinician());
        } catch (IllegalArgumentException e) {
            // OK needs a reason and the button only opens for findings that can be acknowledged: left is a missing
            // clinician
            DialogDisplayer.getDefault().notify(new NotifyDescriptor.Message(e.getMessage(),
                    NotifyDescriptor.WARNING_MESSAGE));
        }
    }

    private static Path userDirectory() {
        File dir = Places.getUserDirectory();
        return dir == null ? null : dir.toPath();
    }

    private final class FindingRenderer extends DefaultListCellRenderer {
        @Override
        public Component getListCellRendererComponent(JList<?> l, Object value, int index, boolean selected,
                boolean focus) {
            Finding finding = (Finding) value;
            String text = Bundle.LBL_Finding(severity(finding.severity()), Html.escape(finding.message()),
                    String.valueOf(wrapWidth()))
                    + draft.acknowledgementOf(finding).map(FindingsPanel::acknowledged).orElse("")
                    + Bundle.LBL_Source(Html.escape(finding.source().describe()));
            JLabel label = (JLabel) super.getListCellRendererComponent(l, text, index, selected, focus);
            label.setBorder(BorderFactory.createEmptyBorder(3, 4, 3, 4));
            boolean open = draft.unresolved().contains(finding);
            Color colour = colour(finding, open);
            label.setIcon(new FindingIcon(finding.severity(), open, colour));
            label.setIconTextGap(8);
            label.setVerticalTextPosition(JLabel.TOP);
            if (!selected) {
                label.setForeground(colour);
                label.setBackground(open || finding.severity() == Severity.INFO ? l.getBackground()
                        : ACKNOWLEDGED_BACKGROUND);
            }
            return label;
        }

        private Color colour(Finding finding, boolean open) {
            if (!open && finding.severity() != Severity.INFO) {
                return ACKNOWLEDGED;
            }
            return switch (finding.severity()) {
                case BLOCKING -> new Color(170, 0, 0);
                case WARNING -> new Color(160, 90, 0);
                case INFO -> new Color(40, 70, 120);
            };
        }
    }

    private int wrapWidth() {
        // Swing reads CSS pixels as points (a third larger at 96 dpi), and the icon and the cell's border
        // take their share: leave room so no line runs under the edge, also in a narrow panel
        return list.getWidth() <= 0 ? 400 : Math.max(100, (int) ((list.getWidth() - 40) * 0.72));
    }

    private static String acknowledged(Acknowledgement a) {
        return Bundle.LBL_Acknowledged(Html.escape(a.reason()), Html.escape(a.clinician()));
    }

    static String severity(Severity severity) {
        return switch (severity) {
            case BLOCKING -> Bundle.SEVERITY_BLOCKING();
            case WARNING -> Bundle.SEVERITY_WARNING();
            case INFO -> Bundle.SEVERITY_INFO();
        };
    }
}
