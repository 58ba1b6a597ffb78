package org.myoplan.atlas.bench;

import java.util.Arrays;
import java.util.Optional;
import java.util.Random;
import org.myoplan.atlas.Atlas;
import org.myoplan.atlas.RayPicker;
import org.myoplan.atlas.geometry.Vec3;
import org.myoplan.model.Side;

/**
 * Prints figures, tests nothing: default atlas load time, triangle counts, BVH build time and the
 * median (and 99th percentile) pick time over 10 000 random rays from around the body towards it.
 * Run: {@code mvn -q -f modules/atlas/pom.xml -Pbenchmark test -DskipTests}. Target: pick under 1 ms.
 */
public final class PickBenchmark {

    public static void main(String[] args) {
        int rays = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        long cold = System.nanoTime();
        Atlas.loadDefault();
        System.out.printf("default atlas load, cold JVM: %.1f ms%n", (System.nanoTime() - cold) / 1e6);
        for (int warm = 0; warm < 3; warm++) {
            Atlas.loadDefault();
        }
        long t0 = System.nanoTime();
        Atlas atlas = Atlas.loadDefault();
        long t1 = System.nanoTime();
        RayPicker picker = new RayPicker(atlas);
        long t2 = System.nanoTime();
        long muscleTriangles = atlas.muscles().stream().mapToLong(m -> m.mesh().triangleCount()).sum();
        long boneTriangles = atlas.bones().stream().mapToLong(b -> b.mesh().triangleCount()).sum();
        long skinTriangles = atlas.skin().stream().mapToLong(s -> s.mesh().triangleCount()).sum();
        System.out.printf("muscles: %d (%d a side)%n", atlas.muscles().size(),
                atlas.muscles().stream().filter(m -> m.side() == Side.RIGHT).count());
        System.out.printf("triangles: %d total = %d muscles + %d bones + %d skin; picker BVH over %d%n",
                atlas.triangleCount(), muscleTriangles, boneTriangles, skinTriangles, picker.triangleCount());
        System.out.printf("default atlas load (parse + generate, warm JVM): %.1f ms%n", (t1 - t0) / 1e6);
        System.out.printf("BVH build: %.1f ms%n", (t2 - t1) / 1e6);

        Random random = new Random(42);
        long[] times = new long[rays];
        int hits = 0;
        for (int pass = 0; pass < 2; pass++) { // the first pass warms the JIT
            hits = 0;
            for (int i = 0; i < rays; i++) {
                double angle = random.nextDouble() * 2 * Math.PI;
                Vec3 origin = new Vec3(1.5 * Math.sin(angle), random.nextDouble() * 1.8, 1.5 * Math.cos(angle));
                Vec3 target = new Vec3((random.nextDouble() - 0.5) * 0.5, random.nextDouble() * 1.7,
                        (random.nextDouble() - 0.5) * 0.25);
                long start = System.nanoTime();
                Optional<RayPicker.Hit> hit = picker.pick(origin, target.minus(origin), m -> true, true);
                times[i] = System.nanoTime() - start;
                if (hit.isPresent()) {
                    hits++;
                }
            }
        }
        Arrays.sort(times);
        System.out.printf("pick over %d random rays (%d%% hit): median %.1f us, p99 %.1f us, max %.1f us%n", rays,
                100 * hits / rays, times[rays / 2] / 1e3, times[rays * 99 / 100] / 1e3, times[rays - 1] / 1e3);
    }

    private PickBenchmark() {
    }
}
