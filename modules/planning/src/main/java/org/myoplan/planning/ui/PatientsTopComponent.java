package org.myoplan.planning.ui;

import java.awt.BorderLayout;
import java.beans.PropertyVetoException;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import javax.swing.ActionMap;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.Timer;
import org.myoplan.history.ui.api.PatientRecords;
import org.myoplan.history.ui.api.RecordChange;
import org.myoplan.history.ui.api.RecordsListener;
import org.myoplan.model.Patient;
import org.myoplan.ui.support.TextChanges;
import org.netbeans.api.settings.ConvertAsProperties;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.explorer.ExplorerManager;
import org.openide.explorer.ExplorerUtils;
import org.openide.explorer.view.ListView;
import org.openide.nodes.AbstractNode;
import org.openide.nodes.Node;
import org.openide.util.NbBundle.Messages;
import org.openide.windows.TopComponent;
import org.openide.windows.WindowManager;

/**
 * The clinic's patients: search by name, record number or birth date; the selected patient goes into
 * the global Lookup through the window's activated nodes, where the history, the outcomes and the
 * New Session action find it.
 */
@ConvertAsProperties(dtd = "-//org.myoplan.planning.ui//Patients//EN", autostore = false)
@TopComponent.Description(preferredID = PatientsTopComponent.ID, iconBase = "org/myoplan/planning/ui/patient.png",
        persistenceType = TopComponent.PERSISTENCE_ALWAYS)
@TopComponent.Registration(mode = "patients", openAtStartup = true, position = 10)
@ActionID(category = "Window", id = "org.myoplan.planning.ui.PatientsTopComponent")
@ActionReference(path = "Menu/Window", position = 5)
@TopComponent.OpenActionRegistration(displayName = "#CTL_PatientsAction", preferredID = PatientsTopComponent.ID)
@Messages({
    "CTL_PatientsAction=Patients",
    "CTL_PatientsTopComponent=Patients",
    "HINT_PatientsTopComponent=The clinic's patients: search, add, plan",
    "LBL_Search=Find:",
    "TIP_Search=Name, record number or birth date (year-month-day)",
    "BTN_NewPatient=New Patient...",
    "PROGRESS_Search=Searching the patient records",
    "# {0} - how many",
    "LBL_Found={0,choice,0#No patients|1#1 patient|1<{0,number,integer} patients}",
    "# {0} - shown", "# {1} - how many",
    "LBL_FoundMore={0} of {1} patients shown: refine the search"
})
public final class PatientsTopComponent extends TopComponent implements ExplorerManager.Provider {

    static final String ID = "PatientsTopComponent";
    /** A list longer than this is no help at the desk; the clinician narrows the search instead. */
    private static final int SHOWN_AT_MOST = 500;

    private final ExplorerManager explorer = new ExplorerManager();
    private final PatientChildren patients = new PatientChildren();
    private final JTextField search = new JTextField();
    private final JLabel count = new JLabel(" ");
    private final Timer searchDelay = new Timer(250, e -> refresh());
    /** A patient edited anywhere shows the new details here; a new one is selected by the New Patient action. */
    private final RecordsListener patientSaved = change -> {
        if (change.kind() == RecordChange.Kind.PATIENT) {
            Records.run(Bundle.PROGRESS_Search(), db -> db.patients().findByRecordNumber(change.recordNumber()),
                    found -> found.ifPresent(this::showChanged));
        }
    };

    public PatientsTopComponent() {
        setName(Bundle.CTL_PatientsTopComponent());
        setToolTipText(Bundle.HINT_PatientsTopComponent());
        setLayout(new BorderLayout());
        explorer.setRootContext(new AbstractNode(patients));
        ActionMap actions = getActionMap();
        associateLookup(ExplorerUtils.createLookup(explorer, actions));
        searchDelay.setRepeats(false);
        add(searchBar(), BorderLayout.NORTH);
        ListView list = new ListView();
        list.setName("patients.list");
        add(list, BorderLayout.CENTER);
        count.setName("patients.count");
        add(count, BorderLayout.SOUTH);
    }

    private JPanel searchBar() {
        JPanel bar = new JPanel(new BorderLayout(4, 0));
        search.setName("patients.search");
        search.setToolTipText(Bundle.TIP_Search());
        TextChanges.onChange(searchDelay::restart, search);
        search.addActionListener(e -> refresh());
        JButton add = new JButton(Bundle.BTN_NewPatient());
        add.setName("patients.new");
        add.addActionListener(e -> PatientDialog.createNew(this::refreshAndSelect));
        bar.add(new JLabel(Bundle.LBL_Search()), BorderLayout.WEST);
        bar.add(search, BorderLayout.CENTER);
        bar.add(add, BorderLayout.EAST);
        return bar;
    }

    /** The window as it is open in this application, for actions that change what it lists. */
    static PatientsTopComponent find() {
        return (PatientsTopComponent) WindowManager.getDefault().findTopComponent(ID);
    }

    /** Searches again, then selects the patient (after a new patient or an edit). */
    void refreshAndSelect(Patient patient) {
        search.setText(patient.recordNumber());
        Records.run(Bundle.PROGRESS_Search(), db -> PatientChildren.search(db.patients(), patient.recordNumber()),
                found -> {
            show(found);
            select(patient.recordNumber());
        });
    }

    private void refresh() {
        String query = search.getText();
        Records.run(Bundle.PROGRESS_Search(), db -> PatientChildren.search(db.patients(), query), this::show);
    }

    private void show(List<Patient> found) {
        patients.show(found.size() > SHOWN_AT_MOST ? found.subList(0, SHOWN_AT_MOST) : found);
        count.setText(found.size() > SHOWN_AT_MOST ? Bundle.LBL_FoundMore(SHOWN_AT_MOST, found.size())
                : Bundle.LBL_Found(found.size()));
    }

    /** The patient in place of the old details, still selected if it was. */
    private void showChanged(Patient changed) {
        boolean wasSelected = Arrays.stream(explorer.getSelectedNodes())
                .anyMatch(n -> n.getName().equals(changed.recordNumber()));
        if (patients.replace(changed) && wasSelected) {
            select(changed.recordNumber());
        }
    }

    private void select(String recordNumber) {
        var node = patients.findChild(recordNumber);
        if (node != null) {
            try {
                explorer.setSelectedNodes(new Node[] {node});
            } catch (PropertyVetoException e) {
                // a veto leaves the selection as it was: nothing to undo
            }
        }
    }

    @Override
    public ExplorerManager getExplorerManager() {
        return explorer;
    }

    @Override
    protected void componentOpened() {
        PatientRecords.addListener(patientSaved);
        refresh();
    }

    @Override
    protected void componentClosed() {
        PatientRecords.removeListener(patientSaved);
    }

    @Override
    protected void componentActivated() {
        ExplorerUtils.activateActions(explorer, true);
    }

    @Override
    protected void componentDeactivated() {
        ExplorerUtils.activateActions(explorer, false);
    }

    void writeProperties(Properties p) {
        p.setProperty("version", "1.0");
    }

    void readProperties(Properties p) {
        // nothing is kept between runs but the window's place
    }
}
