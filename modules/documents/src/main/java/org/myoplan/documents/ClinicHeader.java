package org.myoplan.documents;

import java.awt.image.BufferedImage;
import java.util.List;

/** What heads every document of a clinic: its name, address lines and, optionally, its logo. */
public record ClinicHeader(String name, List<String> address, BufferedImage logo) {

    public ClinicHeader {
        name = name == null || name.isBlank() ? "Myoplan" : name.strip();
        address = List.copyOf(address);
    }

    public ClinicHeader(String name, List<String> address) {
        this(name, address, null);
    }
}
