package org.myoplan.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Units of different products are never converted into each other. */
class UnitsTest {

    @Test
    void unitsOfTwoProductsCannotBeAddedOrCompared() {
        Units botox = Units.of(Product.ONABOTULINUMTOXIN_A, "100");
        Units dysport = Units.of(Product.ABOBOTULINUMTOXIN_A, "300");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> botox.plus(dysport));
        assertTrue(e.getMessage().contains("not interchangeable"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> botox.compareTo(dysport));
        assertEquals(Units.of(Product.ONABOTULINUMTOXIN_A, "150"), botox.plus(Units.of(Product.ONABOTULINUMTOXIN_A,
                "50")));
    }

    /**
     * Guards the rule for the whole module: no public method anywhere in it takes units or amounts of
     * one product and answers units of another, and nothing is named like a conversion.
     */
    @Test
    void noPublicMethodConvertsUnitsBetweenProducts() throws Exception {
        List<String> offenders = new ArrayList<>();
        for (Class<?> type : moduleClasses()) {
            for (Method method : type.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers()) || method.isSynthetic()) {
                    continue;
                }
                String name = method.getName().toLowerCase(Locale.ROOT);
                if (name.contains("convert") || name.contains("equivalent") || name.contains("ratio")
                        || name.contains("toproduct")) {
                    offenders.add(type.getSimpleName() + "." + method.getName());
                }
                long productParameters = Stream.of(method.getParameterTypes()).filter(p -> p == Product.class).count();
                boolean takesUnits = Stream.of(method.getParameterTypes()).anyMatch(p -> p == Units.class);
                if (method.getReturnType() == Units.class && (productParameters > 0 && takesUnits
                        || productParameters > 1)) {
                    offenders.add(type.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertEquals(List.of(), offenders, "methods that could turn one product's units into another's");
        assertTrue(moduleClasses().size() > 20, "the scan found the module's classes");
    }

    private static List<Class<?>> moduleClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(Product.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replace(".class", "");
                classes.add(Class.forName(name));
            }
        }
        return classes;
    }
}
