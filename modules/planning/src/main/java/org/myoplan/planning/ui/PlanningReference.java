package org.myoplan.planning.ui;

import java.nio.file.Path;
import org.myoplan.dosing.reference.ClinicProtocol;
import org.myoplan.dosing.reference.ReferenceData;
import org.openide.DialogDisplayer;
import org.openide.NotifyDescriptor;
import org.openide.modules.Places;
import org.openide.util.NbBundle.Messages;

/**
 * The reference numbers the application checks plans against: the labels' and guide's, narrowed by
 * the clinic's own protocol table when it has put one in the user directory. Rows of the protocol
 * that cannot be applied are named once, and the labels' numbers stand for them.
 */
@Messages({
    "# {0} - file", "# {1} - problems",
    "MSG_ProtocolProblems=Some rows of the clinic protocol {0} were not applied (the label ranges stand):\n{1}"
})
final class PlanningReference {

    static final String PROTOCOL_FILE = "clinic-protocol.csv";
    private static ReferenceData reference;

    private PlanningReference() {
    }

    static synchronized ReferenceData get() {
        if (reference == null) {
            ReferenceData labels = ReferenceData.builtIn();
            Path file = Places.getUserDirectory() == null ? null
                    : Places.getUserDirectory().toPath().resolve(PROTOCOL_FILE);
            if (file == null) {
                reference = labels;
            } else {
                ClinicProtocol protocol = ClinicProtocol.read(file, labels);
                if (!protocol.problems().isEmpty()) {
                    DialogDisplayer.getDefault().notifyLater(new NotifyDescriptor.Message(
                            Bundle.MSG_ProtocolProblems(file, String.join("\n", protocol.problems())),
                            NotifyDescriptor.WARNING_MESSAGE));
                }
                reference = protocol.applyTo(labels);
            }
        }
        return reference;
    }
}
