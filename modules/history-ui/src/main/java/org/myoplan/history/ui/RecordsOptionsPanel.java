package org.myoplan.history.ui;

import java.util.Optional;
import java.util.prefs.Preferences;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JSpinner;
import javax.swing.JTextField;
import javax.swing.SpinnerNumberModel;
import org.myoplan.history.HistorySettings;
import org.myoplan.ui.support.FormGrid;
import org.myoplan.ui.support.OptionsForm;
import org.myoplan.ui.support.TextChanges;
import org.openide.util.NbBundle.Messages;

/** The Patient Records options: a JDBC URL (empty for the file in the user directory), login, backups. */
@Messages({
    "LBL_Url=Database (JDBC URL):",
    "# {0} - file",
    "HINT_Url=Leave empty for the file in your user directory ({0}). For records shared by several workstations, the "
        + "URL of an H2 server, e.g. jdbc:h2:tcp://records-server/myoplan",
    "LBL_User=User:",
    "LBL_Password=Password:",
    "LBL_Backups=Backups to keep:",
    "HINT_Backups=A backup of the local file is taken each time Myoplan closes; the oldest beyond this number are "
        + "removed.",
    "MSG_UrlNotH2=The URL must start with jdbc:h2: (Myoplan keeps its records in H2).",
    "MSG_Reopen=Changes take effect when the records are next opened."
})
final class RecordsOptionsPanel extends JPanel implements OptionsForm {

    private final JTextField url = new JTextField(40);
    private final JTextField user = new JTextField(16);
    private final JPasswordField password = new JPasswordField(16);
    private final JSpinner backups = new JSpinner(new SpinnerNumberModel(HistorySettings.DEFAULT_BACKUPS_TO_KEEP, 1,
            365, 1));
    private final JLabel message = new JLabel(" ");
    private final Runnable onChange;
    private String loadedUrl = "";
    private String loadedUser = "";
    private String loadedPassword = "";
    private int loadedBackups;

    RecordsOptionsPanel(Runnable onChange) {
        FormGrid grid = new FormGrid(this);
        this.onChange = onChange;
        url.setName("records.url");
        url.setToolTipText(Bundle.HINT_Url(HistoryPreferences.directory()
                .resolve(HistorySettings.DATABASE_NAME + ".mv.db")));
        backups.setToolTipText(Bundle.HINT_Backups());
        grid.row(0, Bundle.LBL_Url(), url);
        grid.row(1, Bundle.LBL_User(), user);
        grid.row(2, Bundle.LBL_Password(), password);
        grid.row(3, Bundle.LBL_Backups(), backups);
        grid.note(4, 2, new JLabel(Bundle.MSG_Reopen()));
        grid.problemLine(5, 2, message);
        TextChanges.onChange(this::edited, url, user, password);
        backups.addChangeListener(e -> edited());
    }

    @Override
    public void load() {
        Preferences p = HistoryPreferences.node();
        loadedUrl = p.get(HistoryPreferences.URL, "");
        loadedUser = p.get(HistoryPreferences.USER, "sa");
        loadedPassword = p.get(HistoryPreferences.PASSWORD, "");
        loadedBackups = p.getInt(HistoryPreferences.BACKUPS, HistorySettings.DEFAULT_BACKUPS_TO_KEEP);
        url.setText(loadedUrl);
        user.setText(loadedUser);
        password.setText(loadedPassword);
        backups.setValue(loadedBackups);
    }

    @Override
    public boolean store() {
        if (problem().isPresent() || !changed()) {
            return false;
        }
        Preferences p = HistoryPreferences.node();
        p.put(HistoryPreferences.URL, url.getText().strip());
        p.put(HistoryPreferences.USER, user.getText().strip());
        p.put(HistoryPreferences.PASSWORD, new String(password.getPassword()));
        p.putInt(HistoryPreferences.BACKUPS, (Integer) backups.getValue());
        load();
        return true;
    }

    @Override
    public boolean changed() {
        return !url.getText().strip().equals(loadedUrl) || !user.getText().strip().equals(loadedUser)
                || !new String(password.getPassword()).equals(loadedPassword)
                || !backups.getValue().equals(loadedBackups);
    }

    @Override
    public Optional<String> problem() {
        String text = url.getText().strip();
        return text.isEmpty() || text.startsWith("jdbc:h2:") ? Optional.empty() : Optional.of(Bundle.MSG_UrlNotH2());
    }

    private void edited() {
        message.setText(problem().orElse(" "));
        onChange.run();
    }
}
