package org.myoplan.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * The botulinum toxin products Myoplan knows. Their units are product-specific: a unit of one product
 * is not a unit of another, and nothing in Myoplan converts between them.
 */
public enum Product {
    ONABOTULINUMTOXIN_A("onabotulinumtoxinA", "BOTOX"),
    ABOBOTULINUMTOXIN_A("abobotulinumtoxinA", "Dysport"),
    INCOBOTULINUMTOXIN_A("incobotulinumtoxinA", "Xeomin");

    private final String genericName;
    private final String brand;

    Product(String genericName, String brand) {
        this.genericName = genericName;
        this.brand = brand;
    }

    /** The international non-proprietary name, as the reference files and plan files spell it. */
    public String genericName() {
        return genericName;
    }

    public String brand() {
        return brand;
    }

    public String displayName() {
        return genericName + " (" + brand + ")";
    }

    /** The product with this generic or brand name, ignoring case. */
    public static Optional<Product> byName(String name) {
        return Arrays.stream(values())
                .filter(p -> p.genericName.equalsIgnoreCase(name) || p.brand.equalsIgnoreCase(name))
                .findFirst();
    }
}
