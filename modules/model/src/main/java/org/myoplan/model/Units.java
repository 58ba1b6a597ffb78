package org.myoplan.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An amount of one product, in that product's own units. Adding or comparing units of two products is
 * an error: they are not interchangeable, and no method here or anywhere turns one into the other.
 */
public record Units(Product product, BigDecimal amount) implements Comparable<Units> {

    public Units {
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(amount, "amount");
    }

    public static Units of(Product product, String amount) {
        return new Units(product, new BigDecimal(amount));
    }

    public static Units zero(Product product) {
        return new Units(product, BigDecimal.ZERO);
    }

    public Units plus(Units other) {
        requireSameProduct(other);
        return new Units(product, amount.add(other.amount));
    }

    @Override
    public int compareTo(Units other) {
        requireSameProduct(other);
        return amount.compareTo(other.amount);
    }

    public boolean exceeds(Units other) {
        return compareTo(other) > 0;
    }

    private void requireSameProduct(Units other) {
        if (other.product != product) {
            throw new IllegalArgumentException("Units of " + product.genericName() + " and "
                    + other.product.genericName()
                    + " cannot be added or compared: the products' units are not interchangeable");
        }
    }

    @Override
    public String toString() {
        return amount.stripTrailingZeros().toPlainString() + " U " + product.brand();
    }
}
