package org.myoplan.history.ui;

import java.awt.event.ActionEvent;
import java.awt.event.ActionListener;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javax.swing.JList;
import javax.swing.JScrollPane;
import javax.swing.ListSelectionModel;
import org.myoplan.history.Backup;
import org.myoplan.history.HistoryBackups;
import org.myoplan.history.HistoryException;
import org.myoplan.history.HistorySettings;
import org.myoplan.history.ui.api.PatientRecords;
import org.openide.DialogDescriptor;
import org.openide.DialogDisplayer;
import org.openide.NotifyDescriptor;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.awt.ActionRegistration;
import org.openide.util.NbBundle.Messages;

/**
 * File > Restore Patient Records from Backup: lists the backups, newest first, and restores the chosen
 * one. The records are closed first; the current file is moved aside, never deleted.
 */
@ActionID(category = "File", id = "org.myoplan.history.ui.RestoreFromBackupAction")
@ActionRegistration(displayName = "#CTL_RestoreFromBackup")
@ActionReference(path = "Menu/File", position = 1300, separatorBefore = 1290)
@Messages({
    "CTL_RestoreFromBackup=Restore Patient Records from Backup...",
    "TITLE_Restore=Restore Patient Records",
    "MSG_NoBackups=There are no backups yet: Myoplan takes one each time it closes.",
    "MSG_ServerRecords=The records are on a database server; its administrator keeps and restores their backups.",
    "# {0} - backup time",
    "MSG_ConfirmRestore=Replace the patient records with the backup of {0}?\n"
            + "Everything recorded after that backup will no longer show. The current file is kept beside it.",
    "# {0} - backup time", "# {1} - where the previous file was kept",
    "MSG_Restored=The records are restored from the backup of {0}.\nThe previous file was kept as {1}.",
    "# {0} - reason",
    "MSG_RestoreFailed=The backup could not be restored: {0}\nNothing was changed."
})
public final class RestoreFromBackupAction implements ActionListener {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());

    @Override
    public void actionPerformed(ActionEvent e) {
        HistorySettings settings = HistoryPreferences.current();
        if (settings.customJdbcUrl().isPresent()) {
            tell(Bundle.MSG_ServerRecords(), NotifyDescriptor.INFORMATION_MESSAGE);
            return;
        }
        HistoryBackups backups = HistoryBackups.of(settings);
        List<Backup> list = backups.list();
        if (list.isEmpty()) {
            tell(Bundle.MSG_NoBackups(), NotifyDescriptor.INFORMATION_MESSAGE);
            return;
        }
        JList<String> choices = new JList<>(list.stream()
                .map(b -> WHEN.format(b.takenAt()) + "  (" + Math.max(1, b.sizeBytes() / 1024) + " kB)")
                .toArray(String[]::new));
        choices.setName("records.backups");
        choices.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        choices.setSelectedIndex(0);
        DialogDescriptor dialog = new DialogDescriptor(new JScrollPane(choices), Bundle.TITLE_Restore());
        if (DialogDisplayer.getDefault().notify(dialog) != DialogDescriptor.OK_OPTION
                || choices.getSelectedIndex() < 0) {
            return;
        }
        Backup chosen = list.get(choices.getSelectedIndex());
        String when = WHEN.format(chosen.takenAt());
        NotifyDescriptor confirm = new NotifyDescriptor.Confirmation(Bundle.MSG_ConfirmRestore(when),
                Bundle.TITLE_Restore(), NotifyDescriptor.OK_CANCEL_OPTION, NotifyDescriptor.WARNING_MESSAGE);
        if (DialogDisplayer.getDefault().notify(confirm) != NotifyDescriptor.OK_OPTION) {
            return;
        }
        PatientRecords.close();
        try {
            Path previous = backups.restore(chosen);
            tell(Bundle.MSG_Restored(when, previous == null ? "-" : previous.toString()),
                    NotifyDescriptor.INFORMATION_MESSAGE);
        } catch (HistoryException ex) {
            tell(Bundle.MSG_RestoreFailed(ex.getMessage()), NotifyDescriptor.ERROR_MESSAGE);
        }
    }

    private static void tell(String message, int type) {
        DialogDisplayer.getDefault().notify(new NotifyDescriptor.Message(message, type));
    }
}
