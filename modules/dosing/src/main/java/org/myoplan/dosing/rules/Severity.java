package org.myoplan.dosing.rules;

/** How much a finding matters: information; a warning the clinician may acknowledge with a reason; a block. */
public enum Severity {
    INFO, WARNING, BLOCKING
}
