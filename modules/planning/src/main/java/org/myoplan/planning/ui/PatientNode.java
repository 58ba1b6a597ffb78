package org.myoplan.planning.ui;

import java.util.Arrays;
import java.util.Locale;
import javax.swing.Action;
import org.myoplan.history.ui.api.PatientActionsFolder;
import org.myoplan.model.Answer;
import org.myoplan.model.Patient;
import org.myoplan.model.ScreeningQuestion;
import org.openide.nodes.AbstractNode;
import org.openide.nodes.Children;
import org.openide.nodes.PropertySupport;
import org.openide.nodes.Sheet;
import org.openide.util.NbBundle.Messages;
import org.openide.util.Utilities;
import org.openide.util.lookup.Lookups;

/**
 * A patient in the Patients window. Its lookup holds the Patient, so every window and action that
 * follows the selection (history, outcomes, new session) knows whom it is about. Its actions are the
 * ones registered under {@value PatientActionsFolder#PATH}, so other modules add theirs without this one knowing.
 */
@Messages({
    "# {0} - name", "# {1} - record number", "# {2} - birth date",
    "LBL_Patient={0} ({1}, born {2})",
    "PROP_Patient=Patient", "PROP_Record=Record number", "PROP_Name=Name", "PROP_Born=Born", "PROP_Sex=Sex",
    "PROP_Weight=Weight", "PROP_Indication=Indication", "PROP_Screening=Screening",
    "# {0} - kg", "# {1} - date",
    "LBL_Weight={0} kg on {1}",
    "LBL_NoWeight=not measured",
    "LBL_NothingPositive=nothing positive"
})
final class PatientNode extends AbstractNode {

    private final Patient patient;

    PatientNode(Patient patient) {
        super(Children.LEAF, Lookups.singleton(patient));
        this.patient = patient;
        setName(patient.recordNumber());
        setDisplayName(Bundle.LBL_Patient(patient.name(), patient.recordNumber(), patient.birthDate()));
        setIconBaseWithExtension("org/myoplan/planning/ui/patient.png");
    }

    @Override
    public Action[] getActions(boolean context) {
        return Utilities.actionsForPath(PatientActionsFolder.PATH).toArray(Action[]::new);
    }

    @Override
    public Action getPreferredAction() {
        Action[] actions = getActions(false);
        return actions.length > 0 ? actions[0] : null;
    }

    @Override
    protected Sheet createSheet() {
        Sheet sheet = Sheet.createDefault();
        Sheet.Set set = Sheet.createPropertiesSet();
        set.setDisplayName(Bundle.PROP_Patient());
        set.put(text("record", Bundle.PROP_Record(), patient.recordNumber()));
        set.put(text("name", Bundle.PROP_Name(), patient.name()));
        set.put(text("born", Bundle.PROP_Born(), patient.birthDate().toString()));
        set.put(text("sex", Bundle.PROP_Sex(), patient.sex().name().toLowerCase(Locale.ROOT)));
        set.put(text("weight", Bundle.PROP_Weight(), patient.currentWeight()
                .map(w -> Bundle.LBL_Weight(w.kilograms().toPlainString(), w.measuredOn()))
                .orElse(Bundle.LBL_NoWeight())));
        set.put(text("indication", Bundle.PROP_Indication(), patient.indication()));
        set.put(text("screening", Bundle.PROP_Screening(), positiveAnswers()));
        sheet.put(set);
        return sheet;
    }

    private String positiveAnswers() {
        String yes = Arrays.stream(ScreeningQuestion.values())
                .filter(q -> patient.screening().answer(q) == Answer.YES).map(ScreeningQuestion::text)
                .reduce((a, b) -> a + "; " + b).orElse("");
        return yes.isEmpty() ? Bundle.LBL_NothingPositive() : yes;
    }

    private static PropertySupport.ReadOnly<String> text(String name, String displayName, String value) {
        return new PropertySupport.ReadOnly<>(name, String.class, displayName, null) {
            @Override
            public String getValue() {
                return value;
            }
        };
    }
}
