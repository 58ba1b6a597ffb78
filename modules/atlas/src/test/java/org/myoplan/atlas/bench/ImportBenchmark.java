package org.myoplan.atlas.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.myoplan.atlas.Atlas;
import org.myoplan.atlas.Bone;
import org.myoplan.atlas.Muscle;
import org.myoplan.atlas.bodyparts3d.BodyParts3dImporter;
import org.myoplan.atlas.bodyparts3d.ImportProgress;
import org.myoplan.atlas.geometry.Mesh;
import org.myoplan.atlas.store.AtlasStore;
import org.myoplan.model.Side;

/**
 * Prints figures, tests nothing: the BodyParts3D import of the whole archive (target under 60 s on 2
 * cores), the triangles it keeps (mapped, context, bones), the store's size and load time (target well
 * under 1 s), and the heights of landmarks against the built-in atlas. Reads the folder given as the
 * first argument, else {@code myoplan.anatomy.dir}/bodyparts3d-4.0/isa_BP3D_4.0_obj_99 with the 3.0 trunk
 * files beside it. Run: {@code mvn -q -f modules/atlas/pom.xml -Pbenchmark test -DskipTests}.
 */
public final class ImportBenchmark {

    public static void main(String[] args) throws Exception {
        String dir = System.getProperty("myoplan.anatomy.dir");
        if (args.length == 0 && (dir == null || !Files.isDirectory(Path.of(dir)))) {
            System.out.println("ImportBenchmark: no anatomy folder (myoplan.anatomy.dir is " + dir
                    + "): nothing measured");
            return;
        }
        Path anatomy = dir == null ? null : Path.of(dir);
        Path archive = args.length > 0 ? Path.of(args[0]) : anatomy.resolve("bodyparts3d-4.0/isa_BP3D_4.0_obj_99");
        List<Path> version3 = anatomy == null ? List.of() : List.of(anatomy.resolve("bodyparts3d-3.0-trunk"));
        Atlas base = Atlas.loadDefault();
        System.out.printf(Locale.ROOT, "processors: %d, max heap %d MB%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        long t0 = System.nanoTime();
        BodyParts3dImporter.Result result = BodyParts3dImporter.importArchive(archive, version3, base,
                ImportProgress.NONE);
        long t1 = System.nanoTime();
        System.out.printf(Locale.ROOT, "import of %s: %.1f s%n", archive.getFileName(), (t1 - t0) / 1e9);
        result.notes().forEach(n -> System.out.println("  note: " + n));
        Atlas atlas = result.atlas();
        long mapped = atlas.muscles().stream().filter(m -> !m.context() && m.source().startsWith("BodyParts3D"))
                .mapToLong(m -> m.mesh().triangleCount()).sum();
        long builtIn = atlas.muscles().stream().filter(m -> !m.context() && !m.source().startsWith("BodyParts3D"))
                .mapToLong(m -> m.mesh().triangleCount()).sum();
        long context = atlas.muscles().stream().filter(Muscle::context).mapToLong(m -> m.mesh().triangleCount()).sum();
        long bones = atlas.bones().stream().mapToLong(b -> b.mesh().triangleCount()).sum();
        System.out.printf(Locale.ROOT,
                "triangles: %,d in all = %,d mapped muscles + %,d built-in muscles + %,d context "
                + "muscles (%d) + %,d bones (%d)%n", atlas.triangleCount(), mapped, builtIn, context,
                atlas.muscles().stream().filter(Muscle::context).count(), bones, atlas.bones().size());

        Path file = Files.createTempFile("bodyparts3d", ".atlas");
        long w0 = System.nanoTime();
        AtlasStore.write(atlas, file);
        long w1 = System.nanoTime();
        System.out.printf(Locale.ROOT, "store: %,d bytes, written in %.0f ms%n", Files.size(file), (w1 - w0) / 1e6);
        long r0 = System.nanoTime();
        AtlasStore.read(file);
        long r1 = System.nanoTime();
        for (int i = 0; i < 3; i++) {
            AtlasStore.read(file);
        }
        long r2 = System.nanoTime();
        AtlasStore.read(file);
        long r3 = System.nanoTime();
        System.out.printf(Locale.ROOT, "store load: %.0f ms cold, %.0f ms warm%n", (r1 - r0) / 1e6, (r3 - r2) / 1e6);
        Files.delete(file);
        heights(base, atlas);
    }

    /** Heights (y, m) of landmarks in the built-in atlas and the import, and how far they differ. */
    private static void heights(Atlas base, Atlas imported) {
        System.out.println("heights (m): landmark, built-in, imported, difference");
        print("top of the head", top(base.bones().stream().filter(b -> b.id().equals("skull")).findFirst()
                .map(Bone::mesh)),
                top(imported.bones().stream().map(Bone::mesh).reduce(ImportBenchmark::higher)));
        for (String id : List.of("deltoid", "biceps_brachii", "flexor_carpi_radialis", "gluteus_maximus",
                "rectus_femoris",
                "gastrocnemius_medial", "soleus", "tibialis_anterior")) {
            Mesh before = base.find(id, Side.RIGHT).orElseThrow().mesh();
            Mesh after = imported.find(id, Side.RIGHT).orElseThrow().mesh();
            print(id + " (centre)", (before.bounds()[1] + before.bounds()[4]) / 2, (after.bounds()[1]
                    + after.bounds()[4]) / 2);
        }
        print("femur head (top of femur)", top(bone(base, "femoral_head")), top(bone(imported, "femur")));
        print("humeral head (top of humerus)", top(bone(base, "humeral_head")), top(bone(imported, "humerus")));
    }

    private static Optional<Mesh> bone(Atlas atlas, String id) {
        return atlas.bones().stream().filter(b -> b.id().equals(id) && b.side() == Side.RIGHT).findFirst()
                .map(Bone::mesh);
    }

    private static Mesh higher(Mesh a, Mesh b) {
        return a.bounds()[4] >= b.bounds()[4] ? a : b;
    }

    private static double top(Optional<Mesh> mesh) {
        return mesh.map(m -> (double) m.bounds()[4]).orElse(Double.NaN);
    }

    private static void print(String landmark, double before, double after) {
        System.out.printf(Locale.ROOT, "  %-32s %6.3f %6.3f %+6.3f%n", landmark, before, after, after - before);
    }
}
