package org.myoplan.dosing;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.myoplan.model.Product;
import org.myoplan.model.Units;

/**
 * The model's UnitsTest guards the model; this guards the dosing rules, which hold the products'
 * reference numbers: no public method turns one product's units into another's, or is named so.
 */
class NoUnitConversionTest {

    @Test
    void noPublicMethodConvertsUnitsBetweenProducts() throws Exception {
        List<String> offenders = new ArrayList<>();
        List<Class<?>> classes = moduleClasses();
        for (Class<?> type : classes) {
            for (Method method : type.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers()) || method.isSynthetic()) {
                    continue;
                }
                String name = method.getName().toLowerCase(Locale.ROOT);
                boolean namedAsConversion = name.contains("convert") || name.contains("equivalent")
                        || name.contains("ratio") || name.contains("toproduct");
                long products = Stream.of(method.getParameterTypes()).filter(p -> p == Product.class).count();
                boolean takesUnits = Stream.of(method.getParameterTypes()).anyMatch(p -> p == Units.class);
                boolean converts = method.getReturnType() == Units.class
                        && (products > 0 && takesUnits || products > 1);
                if (namedAsConversion || converts) {
                    offenders.add(type.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertEquals(List.of(), offenders, "methods that could turn one product's units into another's");
        assertTrue(classes.size() > 20, "the scan found the module's classes");
    }

    private static List<Class<?>> moduleClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(PlanCheck.class.getProtectionDomain().getCodeSource().getLocation().toURI());
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
