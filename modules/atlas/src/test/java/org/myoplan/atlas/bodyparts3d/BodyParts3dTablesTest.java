package org.myoplan.atlas.bodyparts3d;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.myoplan.atlas.Atlas;
import org.myoplan.atlas.Muscle;
import org.myoplan.model.Side;

/** The two shipped tables: consistent with the atlas always, and with the official tree files when they are here. */
class BodyParts3dTablesTest {

    private static final PartTables TABLES = PartTables.load();
    /** Myoplan muscles that BodyParts3D 4.0 does not have at all (the hand's lumbricals and interossei). */
    private static final Set<String> NOT_IN_BODYPARTS3D = Set.of("lumbricals_interossei");

    @Test
    void everyMyoplanMuscleIsMappedOrNamedAsMissing() {
        Atlas atlas = Atlas.loadDefault();
        Set<String> mapped = TABLES.partsByMuscle().keySet();
        for (Muscle m : atlas.muscles()) {
            assertTrue(mapped.contains(m.id()) ^ NOT_IN_BODYPARTS3D.contains(m.id()), m.id());
        }
        for (String id : mapped) {
            assertTrue(id.startsWith(Muscle.CONTEXT_PREFIX) || atlas.find(id, Side.RIGHT).isPresent(), id);
        }
    }

    @Test
    void everyPartNamesItsSidesAndTheFilesAreListed() {
        for (PartTables.Part p : TABLES.parts()) {
            String row = PartTables.MUSCLES + ", line " + p.line();
            assertTrue(p.rightName().matches(".*\\bright\\b.*") && p.leftName().matches(".*\\bleft\\b.*"), row);
            assertEquals(p.rightName().replace("right", "left"), p.leftName(), row);
            assertTrue(List.of("4.0", "3.0").contains(p.source()), row);
            if (!p.fromVersion3()) {
                assertFalse(TABLES.files(p.rightFma()).isEmpty(), row + ": no element file for " + p.rightFma());
                assertFalse(TABLES.files(p.leftFma()).isEmpty(), row + ": no element file for " + p.leftFma());
                assertEquals(p.rightName(), TABLES.files(p.rightFma()).get(0).name(), row);
                assertEquals(p.leftName(), TABLES.files(p.leftFma()).get(0).name(), row);
            }
        }
    }

    @Test
    void noConceptIsUsedTwice() {
        Set<String> seen = new HashSet<>();
        for (PartTables.Part p : TABLES.parts()) {
            assertTrue(seen.add(p.rightFma()) && seen.add(p.leftFma()), p.toString());
        }
        Set<String> files = new HashSet<>();
        TABLES.elements().forEach(e -> assertTrue(files.add(e.file()), e.file()));
    }

    @Test
    void theElementsTableIsWhatTheTreeFilesSay() throws IOException {
        Path trees = Anatomy.folder("bodyparts3d-4.0/trees");
        Map<String, String> names = new HashMap<>();
        for (String[] row : rows(trees.resolve("isa_parts_list_e.txt"))) {
            names.put(row[0], row[2]);
        }
        Map<String, List<String>> children = new HashMap<>();
        for (String[] row : rows(trees.resolve("isa_inclusion_relation_list.txt"))) {
            children.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row[2]);
        }
        Map<String, Set<String>> conceptsOfFile = new HashMap<>();
        for (String[] row : rows(trees.resolve("isa_element_parts.txt"))) {
            conceptsOfFile.computeIfAbsent(row[2], k -> new HashSet<>()).add(row[0]);
        }
        Set<String> muscles = descendants(children, "FMA5022", "FMA10474", "FMA85453");
        Set<String> bones = descendants(children, "FMA5018");
        TABLES.parts().stream().filter(p -> !p.fromVersion3()).forEach(p -> {
            muscles.add(p.rightFma());
            muscles.add(p.leftFma());
        });
        Set<String> expected = new TreeSet<>();
        conceptsOfFile.forEach((file, concepts) -> {
            if (concepts.stream().anyMatch(c -> muscles.contains(c) || bones.contains(c))) {
                expected.add(file);
            }
        });
        Set<String> listed = new TreeSet<>();
        for (PartTables.Element e : TABLES.elements()) {
            listed.add(e.file());
            assertTrue(conceptsOfFile.getOrDefault(e.file(), Set.of()).contains(e.fma()), e
                    + ": the trees do not list it so");
            assertEquals(names.get(e.fma()), e.name(), e.toString());
            assertEquals(e.kind() == PartTables.Kind.MUSCLE, muscles.contains(e.fma()), e.toString());
            assertEquals(e.kind() == PartTables.Kind.BONE, bones.contains(e.fma()), e.toString());
            for (String narrower : descendants(children, e.fma())) {
                assertFalse(conceptsOfFile.get(e.file()).contains(narrower), e + ": " + narrower + " is narrower");
            }
        }
        assertEquals(expected, listed, "every bone and muscle element file of the trees, and no other");
    }

    @Test
    void theVersion4PartsAreNamedAsInTheTrees() throws IOException {
        Path trees = Anatomy.folder("bodyparts3d-4.0/trees");
        Map<String, String> names = new HashMap<>();
        for (String[] row : rows(trees.resolve("isa_parts_list_e.txt"))) {
            names.put(row[0], row[2]);
        }
        for (PartTables.Part p : TABLES.parts()) {
            if (!p.fromVersion3()) {
                assertEquals(names.get(p.rightFma()), p.rightName(), "line " + p.line());
                assertEquals(names.get(p.leftFma()), p.leftName(), "line " + p.line());
            }
        }
    }

    @Test
    void theVersion3FilesAreNamedByTheirConcepts() {
        Path folder = Anatomy.folder("bodyparts3d-3.0-trunk");
        for (PartTables.Part p : TABLES.parts()) {
            if (p.fromVersion3()) {
                assertTrue(Files.isRegularFile(folder.resolve(p.rightFma() + ".obj")), p.rightFma());
                assertTrue(Files.isRegularFile(folder.resolve(p.leftFma() + ".obj")), p.leftFma());
            }
        }
    }

    private static Set<String> descendants(Map<String, List<String>> children, String... roots) {
        Set<String> result = new HashSet<>();
        List<String> stack = new ArrayList<>(List.of(roots));
        while (!stack.isEmpty()) {
            for (String child : children.getOrDefault(stack.remove(stack.size() - 1), List.of())) {
                if (result.add(child)) {
                    stack.add(child);
                }
            }
        }
        return result;
    }

    private static List<String[]> rows(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        return lines.subList(1, lines.size()).stream().filter(l -> !l.isBlank()).map(l -> l.split("\t")).toList();
    }
}
