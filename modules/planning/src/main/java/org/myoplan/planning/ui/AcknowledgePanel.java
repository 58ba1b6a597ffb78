package org.myoplan.planning.ui;

import java.awt.Dimension;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.ListSelectionModel;
import javax.swing.UIManager;
import org.myoplan.dosing.rules.Finding;
import org.myoplan.ui.support.TextChanges;
import org.openide.DialogDescriptor;
import org.openide.util.NbBundle.Messages;

/**
 * What the clinician sees when acknowledging a finding: the finding in full with its source, the
 * clinic's suggested reasons (a click puts one in the reason box, to keep or adapt) and the reason
 * itself, several lines long. The dialog's OK stays disabled until a reason is written, so nothing
 * has to be refused after OK.
 */
@Messages({
    "LBL_AckFinding=Finding:",
    "# {0} - source",
    "LBL_AckSource=Source: {0}",
    "LBL_AckSuggestions=Suggested reasons (click one to start from it):",
    "LBL_AckReason=Why go ahead despite this?",
    "LBL_AckReasonNeeded=Write a reason (or pick one above) to enable OK.",
    "LBL_AckReasonGiven=The reason is kept with the plan, with your name and the time.",
    "# {0} - severity", "# {1} - message",
    "TXT_AckFinding={0}: {1}"
})
final class AcknowledgePanel extends JPanel {

    /** Wide enough for a finding in three or four lines. */
    private static final int WIDTH = 560;
    private final JTextArea reason = new JTextArea(4, 48);
    private final JList<String> suggestions;
    private final JLabel hint = new JLabel();
    private DialogDescriptor descriptor;

    AcknowledgePanel(Finding finding, List<String> suggested, String earlierReason) {
        super(new GridBagLayout());
        setBorder(BorderFactory.createEmptyBorder(10, 10, 10, 10));
        JTextArea shown = wrapped(Bundle.TXT_AckFinding(FindingsPanel.severity(finding.severity()), finding.message()));
        shown.setName("acknowledge.finding");
        JTextArea source = wrapped(Bundle.LBL_AckSource(finding.source().describe()));
        source.setName("acknowledge.source");
        source.setFont(source.getFont().deriveFont(source.getFont().getSize2D() - 1f));

        suggestions = new JList<>(suggested.toArray(String[]::new));
        suggestions.setName("acknowledge.suggestions");
        suggestions.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        suggestions.setVisibleRowCount(Math.min(6, Math.max(1, suggested.size())));
        suggestions.addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting() && suggestions.getSelectedValue() != null) {
                reason.setText(suggestions.getSelectedValue());
                reason.requestFocusInWindow();
                reason.setCaretPosition(reason.getDocument().getLength()); // ready to add to it
            }
        });

        reason.setName("acknowledge.reason");
        reason.setLineWrap(true);
        reason.setWrapStyleWord(true);
        reason.setText(earlierReason == null ? "" : earlierReason);
        TextChanges.onChange(this::validateReason, reason);
        hint.setName("acknowledge.hint");

        int row = 0;
        add(new JLabel(Bundle.LBL_AckFinding()), at(row++, 0));
        add(shown, at(row++, 0));
        add(source, at(row++, 0));
        JLabel suggestionsLabel = new JLabel(Bundle.LBL_AckSuggestions());
        suggestionsLabel.setLabelFor(suggestions);
        add(suggestionsLabel, at(row++, 10));
        JScrollPane suggestionsScroll = new JScrollPane(suggestions);
        // every suggestion in sight, never one row
        suggestionsScroll.setMinimumSize(suggestionsScroll.getPreferredSize());
        add(suggestionsScroll, at(row++, 0));
        JLabel reasonLabel = new JLabel(Bundle.LBL_AckReason());
        reasonLabel.setLabelFor(reason);
        add(reasonLabel, at(row++, 10));
        GridBagConstraints box = at(row++, 0);
        box.weighty = 1;
        box.fill = GridBagConstraints.BOTH;
        JScrollPane reasonScroll = new JScrollPane(reason);
        reasonScroll.setMinimumSize(new Dimension(200, 70));
        add(reasonScroll, box);
        add(hint, at(row, 4));
    }

    /** Binds OK to the reason: enabled only while one is written. */
    DialogDescriptor descriptor(String title) {
        descriptor = new DialogDescriptor(this, title);
        descriptor.setHelpCtx(null);
        validateReason();
        return descriptor;
    }

    String reason() {
        return reason.getText().strip();
    }

    private void validateReason() {
        boolean given = !reason.getText().isBlank();
        hint.setText(given ? Bundle.LBL_AckReasonGiven() : Bundle.LBL_AckReasonNeeded());
        if (descriptor != null) {
            descriptor.setValid(given);
        }
    }

    /** Read-only text that wraps at the dialog's width, in the dialog's own colours. */
    private static JTextArea wrapped(String text) {
        JTextArea area = new JTextArea(text);
        area.setEditable(false);
        area.setLineWrap(true);
        area.setWrapStyleWord(true);
        area.setOpaque(false);
        area.setBorder(BorderFactory.createEmptyBorder());
        area.setFont(UIManager.getFont("Label.font"));
        area.setColumns(48);
        area.setSize(new Dimension(WIDTH, Short.MAX_VALUE)); // so that its preferred height is that of the wrapped text
        return area;
    }

    private static GridBagConstraints at(int row, int gapAbove) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 0;
        c.gridy = row;
        c.weightx = 1;
        c.fill = GridBagConstraints.HORIZONTAL;
        c.anchor = GridBagConstraints.WEST;
        c.insets = new Insets(gapAbove + 2, 0, 2, 0);
        return c;
    }
}
