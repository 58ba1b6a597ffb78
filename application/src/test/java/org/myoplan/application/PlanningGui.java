package org.myoplan.application;

import static org.myoplan.application.GuiTests.waitUntil;

import java.awt.Component;
import java.awt.Container;
import java.awt.EventQueue;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.swing.JComponent;
import org.netbeans.jemmy.ComponentChooser;
import org.netbeans.jemmy.operators.ContainerOperator;
import org.netbeans.jemmy.operators.JButtonOperator;
import org.netbeans.jemmy.operators.JComboBoxOperator;
import org.netbeans.jemmy.operators.JDialogOperator;
import org.netbeans.jemmy.operators.JFrameOperator;
import org.netbeans.jemmy.operators.JListOperator;
import org.netbeans.jemmy.operators.JTextFieldOperator;
import org.netbeans.jemmy.util.NameComponentChooser;

/** Steps of the planning windows that several GUI tests take: a patient, a session editor, a window by its tab. */
final class PlanningGui {

    static final String EDITOR = "org.myoplan.planning.ui.SessionEditorTopComponent";
    static final String HISTORY = "org.myoplan.planning.ui.PatientHistoryTopComponent";
    static final String THERAPIST = "org.myoplan.planning.ui.TherapistTopComponent";

    private PlanningGui() {
    }

    /** A new patient through the New Patient dialog, every screening question answered "no". */
    static void createPatient(JFrameOperator main, String record, String name) {
        createPatient(main, record, name, null);
    }

    /** As {@link #createPatient(JFrameOperator, String, String)}, saving a picture of the filled dialog when named. */
    static void createPatient(JFrameOperator main, String record, String name, String screenshot) {
        new JButtonOperator(main, new NameComponentChooser("patients.new")).pushNoBlock();
        JDialogOperator dialog = new JDialogOperator(new GuiTests.TitleStartsWith("New Patient"));
        new JTextFieldOperator(dialog, new NameComponentChooser("patient.record")).typeText(record);
        new JTextFieldOperator(dialog, new NameComponentChooser("patient.name")).typeText(name);
        new JTextFieldOperator(dialog, new NameComponentChooser("patient.born")).typeText("1957-06-02");
        new JTextFieldOperator(dialog, new NameComponentChooser("patient.weight")).typeText("68");
        new JTextFieldOperator(dialog, new NameComponentChooser("patient.indication"))
                .typeText("Left hemiparesis after stroke");
        for (String question : new String[] {"NEUROMUSCULAR_DISEASE", "PREGNANCY_OR_BREASTFEEDING",
                "TOXIN_OR_ALBUMIN_ALLERGY", "INFECTION_AT_SITE", "NEUROMUSCULAR_DRUGS", "ANTICOAGULANTS",
                "SWALLOWING_OR_BREATHING_PROBLEMS", "RECENT_TOXIN_INJECTION"}) {
            new JComboBoxOperator(dialog, new NameComponentChooser("screening." + question)).selectItem(1); // "no"
        }
        if (screenshot != null) {
            saveScreenshotOf(dialog.getSource(), screenshot);
        }
        new JButtonOperator(dialog, "OK").push();
        dialog.waitClosed();
    }

    private static void saveScreenshotOf(Component component, String file) {
        try {
            GuiTests.saveScreenshot(GuiTests.capture(component), file);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /**
     * A planning window (a TopComponent of the planning module) on screen whose title contains the text;
     * unless {@code readOnlyToo}, a read-only one does not count.
     */
    static Component planningWindow(JFrameOperator main, String text, boolean readOnlyToo) {
        ComponentChooser chooser = new ComponentChooser() {
            @Override
            public boolean checkComponent(Component c) {
                String name = c.getClass().getName();
                if (!name.startsWith("org.myoplan.planning.ui.") || !name.endsWith("TopComponent") || !c.isShowing()) {
                    return false;
                }
                String title = fullTitle(c);
                return title.contains(text) && (readOnlyToo || !title.contains("(read-only)"));
            }

            @Override
            public String getDescription() {
                return "a window named ..." + text + "...";
            }
        };
        return main.waitSubComponent(chooser);
    }

    /** The tab's text and its tooltip (the full title, which a narrow tab may shorten). */
    private static String fullTitle(Component window) {
        String tooltip = window instanceof JComponent j && j.getToolTipText() != null ? j.getToolTipText() : "";
        return displayName(window) + " " + tooltip;
    }

    /** The window's title as its tab shows it (with the unsaved mark "*"). */
    static String displayName(Component window) {
        try {
            Object name = window.getClass().getMethod("getDisplayName").invoke(window);
            return name == null ? window.getName() : String.valueOf(name);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /** Finds a muscle by the Muscles window's search and selects it there (the item whose text is exactly muscle). */
    static void selectMuscle(JFrameOperator main, String search, String muscle) throws InterruptedException {
        JTextFieldOperator field = new JTextFieldOperator(main, new NameComponentChooser("muscles.search"));
        field.clearText();
        field.typeText(search);
        JListOperator list = new JListOperator(main, new NameComponentChooser("muscles.list"));
        waitUntil("the Muscles list offers " + muscle, () -> exactIndexOf(list, muscle) >= 0);
        list.selectItem(exactIndexOf(list, muscle));
    }

    /** Finds a muscle by search and adds it to the plan in front with Add Selected Muscles. */
    static void addBySearch(JFrameOperator main, String search, String muscle) throws InterruptedException {
        selectMuscle(main, search, muscle);
        new JButtonOperator(main, new NameComponentChooser("session.addSelected")).push();
    }

    /** The Patients window's list. */
    static JListOperator patientList(JFrameOperator main) {
        return new JListOperator(new ContainerOperator<>(main, new NameComponentChooser("patients.list")));
    }

    private static int exactIndexOf(JListOperator list, String text) {
        for (int i = 0; i < list.getModel().getSize(); i++) {
            if (String.valueOf(list.getModel().getElementAt(i)).equals(text)) {
                return i;
            }
        }
        return -1;
    }

    /** Closes a window as the clinician's Close does (the platform's TopComponent.close), and waits until it has. */
    static void close(Component window) throws Exception {
        EventQueue.invokeAndWait(() -> invokeClose(window));
        waitUntil("the window closes", () -> !window.isShowing());
    }

    /** Asks a window to close without waiting: it may ask a question first. */
    static void closeNoBlock(Component window) {
        EventQueue.invokeLater(() -> invokeClose(window));
    }

    /** TopComponent.close by reflection: the tests see the application's classes only through the window system. */
    private static void invokeClose(Component window) {
        try {
            window.getClass().getMethod("close").invoke(window);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /** Selects the patient in the Patients window, once the list has them. */
    static void selectPatient(JFrameOperator main, String name) throws InterruptedException {
        JListOperator patients =
                new JListOperator(new ContainerOperator<>(main, new NameComponentChooser("patients.list")));
        waitUntil("the Patients window lists " + name, () -> indexOf(patients, name) >= 0);
        patients.clickOnItem(indexOf(patients, name), 1);
    }

    private static int indexOf(JListOperator list, String text) {
        for (int i = 0; i < list.getModel().getSize(); i++) {
            if (String.valueOf(list.getModel().getElementAt(i)).contains(text)) {
                return i;
            }
        }
        return -1;
    }

    /** The session editor in sight (there is one at a time in the tests that use this). */
    static Container waitForEditor(JFrameOperator main) {
        return (Container) main.waitSubComponent(ofClass(EDITOR));
    }

    static ComponentChooser ofClass(String className) {
        return new ComponentChooser() {
            @Override
            public boolean checkComponent(Component c) {
                return c.getClass().getName().equals(className) && c.isShowing();
            }

            @Override
            public String getDescription() {
                return "a window " + className;
            }
        };
    }

    /** The open windows of a class, showing or behind another tab. */
    static List<JComponent> opened(String className) throws Exception {
        List<JComponent> found = new ArrayList<>();
        // through the platform's own class loader: the tests see the modules' classes only at run time
        Class<?> topComponent = Class.forName("org.openide.windows.TopComponent", true,
                Thread.currentThread().getContextClassLoader());
        Object registry = topComponent.getMethod("getRegistry").invoke(null);
        Method getOpened = Class.forName("org.openide.windows.TopComponent$Registry", true,
                topComponent.getClassLoader()).getMethod("getOpened");
        EventQueue.invokeAndWait(() -> {
            try {
                for (Object tc : (Set<?>) getOpened.invoke(registry)) {
                    if (tc.getClass().getName().equals(className)) {
                        found.add((JComponent) tc);
                    }
                }
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        });
        return found;
    }

    /** What the tab says (the TopComponent's display name, or its name). */
    static String tab(Component window) {
        try {
            Object name = window.getClass().getMethod("getDisplayName").invoke(window);
            return name == null ? window.getName() : String.valueOf(name);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
