package org.myoplan.planning.ui;

import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.text.DecimalFormatSymbols;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import org.myoplan.model.Answer;
import org.myoplan.model.Patient;
import org.myoplan.model.Screening;
import org.myoplan.model.ScreeningQuestion;
import org.myoplan.model.Sex;
import org.myoplan.planning.PatientInput;
import org.myoplan.ui.support.TextChanges;
import org.openide.util.NbBundle.Messages;

/** The patient's facts and the contraindication screening, as fields; the dialog reads and checks them. */
@Messages({
    "LBL_RecordNumber=Record number:", "LBL_Name=Name:", "LBL_BirthDate=Birth date (yyyy-mm-dd):", "LBL_Sex=Sex:",
    "# {0} - an example weight written the locale's way, e.g. 68.5 or 68,5",
    "LBL_WeightKg=Weight (kg, e.g. {0}):", "LBL_WeighedOn=Weighed on (yyyy-mm-dd, empty: today):",
    "LBL_Indication=Indication:",
    "LBL_Screening=Contraindication screening",
    "BTN_NoToAll=No to All",
    "TIP_NoToAll=Answers \"no\" to every question still not asked; the answers given stay, and each is recorded on "
        + "its own",
    "TIP_Date=Year-month-day, e.g. 1961-04-23",
    "TIP_WeighedOn=Year-month-day; empty means today",
    "ANSWER_NOT_ASKED=not asked", "ANSWER_YES=yes", "ANSWER_NO=no",
    "SEX_FEMALE=female", "SEX_MALE=male", "SEX_OTHER=other", "SEX_UNKNOWN=unknown"
})
final class PatientForm extends JPanel {

    private final JTextField recordNumber = field("patient.record");
    private final JTextField name = field("patient.name");
    private final JTextField birthDate = field("patient.born");
    private final JComboBox<Sex> sex = new JComboBox<>(Sex.values());
    private final JTextField weightKg = field("patient.weight");
    private final JTextField weighedOn = field("patient.weighedOn");
    private final JTextField indication = field("patient.indication");
    private final Map<ScreeningQuestion, JComboBox<Answer>> screening = new EnumMap<>(ScreeningQuestion.class);
    private Runnable onChange = () -> { };

    /**
     * A form for a new patient (null) or filled with a patient's facts; the record number of a kept patient is fixed.
     */
    PatientForm(Patient patient) {
        super(new GridBagLayout());
        setBorder(BorderFactory.createEmptyBorder(8, 8, 8, 8));
        sex.setName("patient.sex");
        sex.setRenderer(Renderers.<Sex>of(s -> switch (s) {
            case FEMALE -> Bundle.SEX_FEMALE();
            case MALE -> Bundle.SEX_MALE();
            case OTHER -> Bundle.SEX_OTHER();
            case UNKNOWN -> Bundle.SEX_UNKNOWN();
        }));
        birthDate.setToolTipText(Bundle.TIP_Date());
        weighedOn.setToolTipText(Bundle.TIP_WeighedOn());
        int row = 0;
        row = addRow(row, Bundle.LBL_RecordNumber(), recordNumber);
        row = addRow(row, Bundle.LBL_Name(), name);
        row = addRow(row, Bundle.LBL_BirthDate(), birthDate);
        row = addRow(row, Bundle.LBL_Sex(), sex);
        row = addRow(row, Bundle.LBL_WeightKg(exampleWeight()), weightKg);
        row = addRow(row, Bundle.LBL_WeighedOn(), weighedOn);
        row = addRow(row, Bundle.LBL_Indication(), indication);
        add(screeningPanel(), constraints(0, row, 2));
        if (patient != null) {
            fill(PatientInput.of(patient));
            recordNumber.setEditable(false);
        } else {
            sex.setSelectedItem(Sex.UNKNOWN);
        }
        sex.addActionListener(e -> onChange.run());
    }

    void onChange(Runnable listener) {
        onChange = listener;
    }

    PatientInput input() {
        Map<ScreeningQuestion, Answer> answers = new EnumMap<>(ScreeningQuestion.class);
        screening.forEach((q, box) -> answers.put(q, (Answer) box.getSelectedItem()));
        return new PatientInput(recordNumber.getText(), name.getText(), birthDate.getText(),
                (Sex) sex.getSelectedItem(), weightKg.getText(), weighedOn.getText(), indication.getText(),
                new Screening(answers));
    }

    private void fill(PatientInput input) {
        recordNumber.setText(input.recordNumber());
        name.setText(input.name());
        birthDate.setText(input.birthDate());
        sex.setSelectedItem(input.sex());
        weightKg.setText(input.weightKg());
        weighedOn.setText(input.weighedOn());
        indication.setText(input.indication());
        screening.forEach((q, box) -> box.setSelectedItem(input.screening().answer(q)));
    }

    /** Every question still not asked becomes "no"; the answers already chosen stay as they are. */
    void noToAll() {
        Screening answered = input().screening().unansweredAs(Answer.NO);
        screening.forEach((q, box) -> box.setSelectedItem(answered.answer(q)));
    }

    /** 68.5 written as the clinician's locale writes it (68,5 in German); a point is always read too. */
    private static String exampleWeight() {
        return "68" + DecimalFormatSymbols.getInstance(Locale.getDefault()).getDecimalSeparator() + "5";
    }

    private JPanel screeningPanel() {
        JPanel panel = new JPanel(new GridBagLayout());
        panel.setBorder(BorderFactory.createTitledBorder(Bundle.LBL_Screening()));
        int row = 0;
        JButton noToAll = new JButton(Bundle.BTN_NoToAll());
        noToAll.setName("screening.noToAll");
        noToAll.setToolTipText(Bundle.TIP_NoToAll());
        noToAll.addActionListener(e -> noToAll());
        GridBagConstraints button = constraints(1, row++, 1);
        button.fill = GridBagConstraints.NONE;
        button.anchor = GridBagConstraints.EAST;
        panel.add(noToAll, button);
        for (ScreeningQuestion question : ScreeningQuestion.values()) {
            JComboBox<Answer> answer = new JComboBox<>(Answer.values());
            answer.setName("screening." + question.name());
            answer.setSelectedItem(Answer.NOT_ASKED);
            answer.setRenderer(Renderers.<Answer>of(a -> switch (a) {
                case YES -> Bundle.ANSWER_YES();
                case NO -> Bundle.ANSWER_NO();
                case NOT_ASKED -> Bundle.ANSWER_NOT_ASKED();
            }));
            answer.addActionListener(e -> onChange.run());
            screening.put(question, answer);
            GridBagConstraints text = constraints(0, row, 1);
            text.weightx = 1;
            panel.add(new JLabel(question.text()), text);
            panel.add(answer, constraints(1, row++, 1));
        }
        return panel;
    }

    private int addRow(int row, String label, JComponent field) {
        JLabel text = new JLabel(label);
        text.setLabelFor(field);
        add(text, constraints(0, row, 1));
        GridBagConstraints c = constraints(1, row, 1);
        c.weightx = 1;
        add(field, c);
        return row + 1;
    }

    private static GridBagConstraints constraints(int x, int y, int width) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = x;
        c.gridy = y;
        c.gridwidth = width;
        c.fill = GridBagConstraints.HORIZONTAL;
        c.anchor = GridBagConstraints.WEST;
        c.insets = new Insets(2, 4, 2, 4);
        return c;
    }

    private JTextField field(String componentName) {
        JTextField field = new JTextField(24);
        field.setName(componentName);
        TextChanges.onChange(() -> onChange.run(), field); // onChange is set after the fields exist
        return field;
    }
}
