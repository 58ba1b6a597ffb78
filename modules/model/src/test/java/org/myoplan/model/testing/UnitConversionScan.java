package org.myoplan.model.testing;

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
import org.myoplan.model.Product;
import org.myoplan.model.Units;

/**
 * Finds the public methods of a module that could turn one product's units into another's: those
 * named like a conversion, and those that answer units from units and a product, or from two products.
 * Shared by the model's and the dosing rules' tests (the model's test jar), so the rule is written once.
 */
public final class UnitConversionScan {

    private final List<Class<?>> classes;

    private UnitConversionScan(List<Class<?>> classes) {
        this.classes = List.copyOf(classes);
    }

    /** Every class of the module (the folder or jar of compiled classes) that holds {@code member}. */
    public static UnitConversionScan moduleOf(Class<?> member) throws IOException, URISyntaxException,
            ClassNotFoundException {
        Path root = Path.of(member.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replace(".class", "");
                classes.add(Class.forName(name, false, member.getClassLoader()));
            }
        }
        return new UnitConversionScan(classes);
    }

    /** How many classes the scan read: a test asserts it found the module, not an empty folder. */
    public int classCount() {
        return classes.size();
    }

    /** "Type.method" of every public method that could convert units between products. */
    public List<String> offenders() {
        List<String> offenders = new ArrayList<>();
        for (Class<?> type : classes) {
            for (Method method : type.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers()) && !method.isSynthetic()
                        && (namedAsConversion(method) || answersOtherUnits(method))) {
                    offenders.add(type.getSimpleName() + "." + method.getName());
                }
            }
        }
        return offenders;
    }

    static boolean namedAsConversion(Method method) {
        String name = method.getName().toLowerCase(Locale.ROOT);
        return name.contains("convert") || name.contains("equivalent") || name.contains("ratio")
                || name.contains("toproduct");
    }

    static boolean answersOtherUnits(Method method) {
        long products = Stream.of(method.getParameterTypes()).filter(p -> p == Product.class).count();
        boolean takesUnits = Stream.of(method.getParameterTypes()).anyMatch(p -> p == Units.class);
        return method.getReturnType() == Units.class && (products > 0 && takesUnits || products > 1);
    }
}
