package org.myoplan.planning.ui;

import java.awt.Color;
import java.awt.FlowLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.event.FocusAdapter;
import java.awt.event.FocusEvent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.UIManager;
import org.myoplan.dosing.input.DoseParser;
import org.myoplan.dosing.rules.Finding;
import org.myoplan.model.LimbLengths;
import org.myoplan.model.Product;
import org.myoplan.model.Session;
import org.myoplan.model.SessionStatus;
import org.myoplan.planning.SessionDraft;
import org.openide.DialogDisplayer;
import org.openide.NotifyDescriptor;
import org.openide.util.NbBundle.Messages;

/**
 * The session's header: day, clinician, product and reconstitution (with the units per 0.1 mL it
 * gives), lot and expiry, status and notes. A field is taken into the plan when the clinician leaves
 * it or presses Enter; a value that does not read is marked and explained, and the plan keeps the last
 * good one until it is corrected.
 */
@Messages({
    "LBL_Date=Date:", "LBL_Clinician=Clinician:", "LBL_Product=Product:", "LBL_VialUnits=Vial (U):",
    "LBL_Vials=Vials:", "LBL_Diluent=Diluent (mL):", "LBL_Dilution=Units per 0.1 mL:", "LBL_Lot=Lot:",
    "LBL_Expiry=Expiry:", "LBL_Reconstituted=Reconstituted:",
    "TIP_Reconstituted=When the vial was reconstituted: year-month-day hour:minute, e.g. 2026-11-29 09:40",
    "MSG_ReconstitutedFormat=write the reconstitution time as year-month-day hour:minute, e.g. 2026-11-29 09:40",
    "LBL_Status=Status:", "LBL_Notes=Notes:", "STATUS_PLANNED=planned", "STATUS_ADMINISTERED=administered",
    "STATUS_CANCELLED=cancelled",
    "MSG_DateFormat=write dates as year-month-day, e.g. 2026-11-29",
    "MSG_Vials=Vials must be a whole number from 1 to 20",
    "# {0} - from", "# {1} - to",
    "MSG_ProductChange=The doses are in {0} units. Units of different products are never converted:\n"
            + "the muscles stay, and their doses are cleared for you to enter {1} doses. Go on?",
    "# {0} - the open findings, one a line",
    "MSG_NotReady=The plan cannot be marked administered while these findings are open;\n"
            + "acknowledge or correct them first:\n\n{0}",
    "# {0} - how many", "# {1} - the open findings",
    "MSG_NotReadyShort=Not marked administered: {0,choice,1#1 finding is|1<{0,number,integer} findings are} open: {1}",
    "LBL_Arm=Arm (cm):", "LBL_Forearm=Forearm (cm):", "LBL_Thigh=Thigh (cm):", "LBL_Leg=Leg (cm):",
    "TIP_Arm=The patient's arm, measured from the acromion to the lateral epicondyle of the humerus (optional):"
            + " the sites' centimetres along the arm follow it",
    "TIP_Forearm=The patient's forearm, measured from the lateral epicondyle of the humerus to the radial styloid"
            + " (optional): the sites' centimetres along the forearm follow it",
    "TIP_Thigh=The patient's thigh, measured from the greater trochanter to the lateral femoral epicondyle"
            + " (optional): the sites' centimetres along the thigh follow it",
    "TIP_Leg=The patient's leg, measured from the fibular head to the lateral malleolus (optional):"
            + " the sites' centimetres along the leg follow it"
})
final class HeaderPanel extends JPanel {

    private static final DateTimeFormatter RECONSTITUTED = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

    private final SessionDraft draft;
    private final Consumer<String> problems;
    private final JTextField date = field("session.date", 10);
    private final JTextField clinician = field("session.clinician", 14);
    private final JComboBox<Product> product = new JComboBox<>(Product.values());
    private final JComboBox<Integer> vialUnits = new JComboBox<>();
    private final JTextField vials = field("session.vials", 3);
    private final JTextField diluent = field("session.diluent", 5);
    private final JLabel dilution = new JLabel();
    private final JTextField lot = field("session.lot", 10);
    private final JTextField expiry = field("session.expiry", 10);
    private final JTextField reconstituted = field("session.reconstituted", 12);
    private final JComboBox<SessionStatus> status = new JComboBox<>(SessionStatus.values());
    private final JTextField notes = field("session.notes", 20);
    private final JTextField arm = field("session.armCm", 4);
    private final JTextField forearm = field("session.forearmCm", 4);
    private final JTextField thigh = field("session.thighCm", 4);
    private final JTextField leg = field("session.legCm", 4);
    /** Fields whose text did not read: shown as typed, marked, until corrected. */
    private final Set<JTextField> refused = new HashSet<>();
    private boolean filling;

    HeaderPanel(SessionDraft draft, boolean editable, Consumer<String> problems) {
        super(new GridBagLayout());
        this.draft = draft;
        this.problems = problems;
        setBorder(BorderFactory.createEmptyBorder(4, 4, 4, 4));
        product.setName("session.product");
        product.setRenderer(Renderers.of((Product p) -> p.brand() + " (" + p.genericName() + ")"));
        vialUnits.setName("session.vialUnits");
        status.setName("session.status");
        status.setRenderer(Renderers.of(HeaderPanel::statusText));
        dilution.setName("session.dilution");
        row(0, pair(Bundle.LBL_Date(), date), pair(Bundle.LBL_Clinician(), clinician),
                pair(Bundle.LBL_Status(), status));
        row(1, pair(Bundle.LBL_Product(), product), pair(Bundle.LBL_VialUnits(), vialUnits),
                pair(Bundle.LBL_Vials(), vials), pair(Bundle.LBL_Diluent(), diluent),
                pair(Bundle.LBL_Dilution(), dilution));
        row(2, pair(Bundle.LBL_Lot(), lot), pair(Bundle.LBL_Expiry(), expiry),
                pair(Bundle.LBL_Reconstituted(), reconstituted), pair(Bundle.LBL_Notes(), notes));
        row(3, pair(Bundle.LBL_Arm(), arm), pair(Bundle.LBL_Forearm(), forearm), pair(Bundle.LBL_Thigh(), thigh),
                pair(Bundle.LBL_Leg(), leg));
        reconstituted.setToolTipText(Bundle.TIP_Reconstituted());
        arm.setToolTipText(Bundle.TIP_Arm());
        forearm.setToolTipText(Bundle.TIP_Forearm());
        thigh.setToolTipText(Bundle.TIP_Thigh());
        leg.setToolTipText(Bundle.TIP_Leg());
        fill();
        for (JComponent c : List.of(date, clinician, product, vialUnits, vials, diluent, lot, expiry, reconstituted,
                status, notes, arm, forearm, thigh, leg)) {
            c.setEnabled(editable);
        }
        product.addActionListener(e -> changeProduct());
        vialUnits.addActionListener(e -> commit());
        status.addActionListener(e -> commit());
    }

    static String statusText(SessionStatus s) {
        return switch (s) {
            case PLANNED -> Bundle.STATUS_PLANNED();
            case ADMINISTERED -> Bundle.STATUS_ADMINISTERED();
            case CANCELLED -> Bundle.STATUS_CANCELLED();
        };
    }

    /**
     * Shows the draft's header (when opened, and after every change or undo). A field whose text was
     * refused keeps that text and its mark until the clinician corrects it: the plan's last good value
     * is not put over what they typed.
     */
    void fill() {
        filling = true;
        try {
            Session s = draft.session();
            show(date, s.date().toString());
            clinician.setText(s.clinician());
            product.setSelectedItem(s.product());
            vialUnits.removeAllItems();
            List<Integer> sizes = new ArrayList<>(draft.reference().vialSizes(s.product()));
            if (!sizes.contains(s.vialUnits())) {
                sizes.add(s.vialUnits());
            }
            sizes.forEach(vialUnits::addItem);
            vialUnits.setSelectedItem(s.vialUnits());
            show(vials, Integer.toString(s.vials()));
            show(diluent, s.diluentMl() == null ? "" : s.diluentMl().stripTrailingZeros().toPlainString());
            dilution.setText(draft.facts().dilution().map(d -> d.unitsPerTenthMl().stripTrailingZeros().toPlainString()
                    + " U") .orElse("–"));
            lot.setText(s.lot());
            show(expiry, s.expiry() == null ? "" : s.expiry().toString());
            show(reconstituted, s.reconstitutedAt() == null ? "" : RECONSTITUTED.format(s.reconstitutedAt()));
            status.setSelectedItem(s.status());
            notes.setText(s.notes());
            LimbLengths lengths = s.limbLengths();
            show(arm, centimetres(lengths.armCm()));
            show(forearm, centimetres(lengths.forearmCm()));
            show(thigh, centimetres(lengths.thighCm()));
            show(leg, centimetres(lengths.legCm()));
        } finally {
            filling = false;
        }
    }

    private void changeProduct() {
        if (filling) {
            return;
        }
        Product from = draft.session().product();
        Product to = (Product) product.getSelectedItem();
        if (to == from) {
            return;
        }
        boolean hasDoses = draft.targets().stream().anyMatch(t -> t.hasDose() && t.units().signum() != 0);
        if (hasDoses && DialogDisplayer.getDefault().notify(new NotifyDescriptor.Confirmation(
                Bundle.MSG_ProductChange(from.brand(), to.brand()),
                NotifyDescriptor.OK_CANCEL_OPTION)) != NotifyDescriptor.OK_OPTION) {
            fill();
            return;
        }
        int vial = draft.reference().vialSizes(to).stream().findFirst().orElse(draft.session().vialUnits());
        draft.edit(s -> s.withProduct(to, vial)); // each muscle then needs its dose
        fill();
    }

    /**
     * Takes every field that reads into the plan; marks and explains the ones that do not. Called when
     * a field is left, and before a save or export (a toolbar click does not always move the focus).
     */
    void commit() {
        if (filling) {
            return;
        }
        Session s = draft.session();
        LocalDate day = date(date, s.date(), false);
        LocalDate expires = date(expiry, s.expiry(), true);
        LocalDateTime mixed = reconstitutedAt(s.reconstitutedAt());
        Integer vialCount = vialCount();
        BigDecimal diluentMl = diluentMl(s.diluentMl());
        SessionStatus newStatus = (SessionStatus) status.getSelectedItem();
        if (newStatus == SessionStatus.ADMINISTERED && s.status() != SessionStatus.ADMINISTERED
                && !draft.unresolved().isEmpty()) {
            refuseAdministered(draft.unresolved());
            newStatus = s.status();
        }
        Integer vialSize = (Integer) vialUnits.getSelectedItem();
        Session changed = new Session(day, clinician.getText().strip(), s.product(), vialSize == null ? s.vialUnits()
                : vialSize, vialCount == null ? s.vials() : vialCount, diluentMl, lot.getText().strip(), expires, mixed,
                newStatus, notes.getText().strip(), s.targets(), limbLengths(s.limbLengths()));
        draft.edit(old -> changed);
        fill();
    }

    /** Names each open finding: the clinician sees what stands in the way, not only that something does. */
    private void refuseAdministered(List<Finding> open) {
        List<String> named = open.stream().map(f -> FindingsPanel.severity(f.severity()) + ": " + f.message()).toList();
        problems.accept(Bundle.MSG_NotReadyShort(open.size(), String.join("; ", named)));
        DialogDisplayer.getDefault().notifyLater(new NotifyDescriptor.Message(
                Bundle.MSG_NotReady("- " + String.join("\n- ", named)), NotifyDescriptor.WARNING_MESSAGE));
    }

    private LocalDate date(JTextField field, LocalDate last, boolean optional) {
        String text = field.getText().strip();
        if (optional && text.isEmpty()) {
            mark(field, true);
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(text);
            mark(field, true);
            return day;
        } catch (DateTimeParseException e) {
            refuse(field, Bundle.MSG_DateFormat());
            return last;
        }
    }

    /** When the vial was reconstituted: empty until it is, "2026-11-29 09:40" once it is. */
    private LocalDateTime reconstitutedAt(LocalDateTime last) {
        String text = reconstituted.getText().strip();
        if (text.isEmpty()) {
            mark(reconstituted, true);
            return null;
        }
        try {
            LocalDateTime at = LocalDateTime.parse(text, RECONSTITUTED);
            mark(reconstituted, true);
            return at;
        } catch (DateTimeParseException e) {
            refuse(reconstituted, Bundle.MSG_ReconstitutedFormat());
            return last;
        }
    }

    private Integer vialCount() {
        try {
            int count = Integer.parseInt(vials.getText().strip());
            if (count >= 1 && count <= 20) {
                mark(vials, true);
                return count;
            }
        } catch (NumberFormatException e) {
            // explained below
        }
        refuse(vials, Bundle.MSG_Vials());
        return null;
    }

    private BigDecimal diluentMl(BigDecimal last) {
        DoseParser.Result ml = DoseParser.parseAmount(diluent.getText(), Locale.getDefault(), "Diluent",
                "diluent in mL", new BigDecimal("100"));
        if (!ml.ok()) {
            refuse(diluent, ml.problem());
            return last;
        }
        mark(diluent, true);
        return ml.value();
    }

    private static String centimetres(BigDecimal cm) {
        return cm == null ? "" : cm.stripTrailingZeros().toPlainString();
    }

    /** The lengths as typed; one that does not read, or is out of range, keeps its last good value. */
    private LimbLengths limbLengths(LimbLengths last) {
        LimbLengths lengths = last;
        lengths = length(arm, "Arm length", lengths, last.armCm(), LimbLengths::withArm);
        lengths = length(forearm, "Forearm length", lengths, last.forearmCm(), LimbLengths::withForearm);
        lengths = length(thigh, "Thigh length", lengths, last.thighCm(), LimbLengths::withThigh);
        return length(leg, "Leg length", lengths, last.legCm(), LimbLengths::withLeg);
    }

    private LimbLengths length(JTextField field, String what, LimbLengths lengths, BigDecimal last,
            BiFunction<LimbLengths, BigDecimal, LimbLengths> with) {
        BigDecimal cm = null;
        if (!field.getText().isBlank()) {
            DoseParser.Result read = DoseParser.parseAmount(field.getText(), Locale.getDefault(), what,
                    what.toLowerCase(Locale.ROOT) + " in cm", LimbLengths.MAX_CM);
            if (!read.ok()) {
                refuse(field, read.problem());
                return with.apply(lengths, last);
            }
            cm = read.value();
        }
        try {
            LimbLengths taken = with.apply(lengths, cm);
            mark(field, true);
            return taken;
        } catch (IllegalArgumentException e) {
            refuse(field, e.getMessage());
            return with.apply(lengths, last);
        }
    }

    private void refuse(JTextField field, String message) {
        mark(field, false);
        problems.accept(message);
    }

    private void mark(JTextField field, boolean good) {
        if (good) {
            refused.remove(field);
        } else {
            refused.add(field);
        }
        field.setBorder(good ? UIManager.getBorder("TextField.border") : BorderFactory.createLineBorder(Color.RED, 2));
    }

    private void show(JTextField field, String text) {
        if (!refused.contains(field)) {
            field.setText(text);
        }
    }

    private JTextField field(String name, int columns) {
        JTextField field = new JTextField(columns);
        field.setName(name);
        field.addActionListener(e -> commit());
        field.addFocusListener(new FocusAdapter() {
            @Override
            public void focusLost(FocusEvent e) {
                commit();
            }
        });
        return field;
    }

    private static JPanel pair(String label, JComponent field) {
        JPanel pair = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 0));
        JLabel text = new JLabel(label);
        text.setLabelFor(field);
        pair.add(text);
        pair.add(field);
        return pair;
    }

    /** A line of fields that wraps onto a further line when the window is too narrow for it. */
    private void row(int y, JComponent... pairs) {
        JPanel line = new JPanel(new WrapLayout(8, 2));
        for (JComponent pair : pairs) {
            line.add(pair);
        }
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 0;
        c.gridy = y;
        c.weightx = 1;
        c.anchor = GridBagConstraints.WEST;
        c.fill = GridBagConstraints.HORIZONTAL;
        c.insets = new Insets(0, 0, 0, 0);
        add(line, c);
    }

}
