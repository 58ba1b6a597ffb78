package org.myoplan.dosing.reference;

import java.math.BigDecimal;
import java.util.Objects;
import org.myoplan.model.Population;
import org.myoplan.model.Product;

/** A cap or minimum interval from a label, for one product and population. */
public record SessionLimit(Product product, Population population, LimitKind kind, LimitScope scope,
        BigDecimal value, Integer windowWeeks, Source source) {

    public SessionLimit {
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(population, "population");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
    }
}
