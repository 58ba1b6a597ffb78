package org.myoplan.documents;

import java.util.List;

/** What heads every document of a clinic: its name and address lines. */
public record ClinicHeader(String name, List<String> address) {

    public ClinicHeader {
        name = name == null || name.isBlank() ? "Myoplan" : name.strip();
        address = List.copyOf(address);
    }
}
