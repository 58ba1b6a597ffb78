package org.myoplan.render.bench;

import com.jogamp.math.Ray;
import com.jogamp.math.Vec3f;
import com.jogamp.opengl.GL;
import com.jogamp.opengl.GLAutoDrawable;
import com.jogamp.opengl.GLCapabilities;
import com.jogamp.opengl.GLDrawableFactory;
import com.jogamp.opengl.GLEventListener;
import com.jogamp.opengl.GLOffscreenAutoDrawable;
import com.jogamp.opengl.GLProfile;
import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import org.myoplan.atlas.RayPicker;
import org.myoplan.atlas.geometry.Vec3;
import org.myoplan.render.gl.OrbitCamera;
import org.myoplan.render.gl.SceneRenderer;
import org.myoplan.render.gl.StandardView;
import org.myoplan.render.scene.Layer;
import org.myoplan.render.scene.Marker;
import org.myoplan.render.scene.Rgba;
import org.myoplan.render.scene.Scene;
import org.myoplan.render.scene.SceneMesh;
import org.myoplan.render.scene.SceneStyle;

/**
 * Frame benchmark (prints figures; not a test). At 1280x800 offscreen, each frame waited for (glFinish):
 * <ul>
 * <li>the frame while orbiting the atlas as the 3D View opens (skin hidden), drawn by Myoplan's renderer and
 * by a raw one-call draw of the same triangles with the same lighting shader, in alternating rounds, so that
 * a busy or quiet spell of a shared machine falls on both sides; each side's spread over the rounds and the
 * ratio within each round are printed;</li>
 * <li>the same orbit with a selection and markers, and with the translucent skin shown;</li>
 * <li>a pick, and a click to highlight (pick, new style, one finished frame).</li>
 * </ul>
 * Run: {@code xvfb-run -a -s "-screen 0 1280x1024x24" mvn -B -o -Pbenchmark verify -pl modules/render -am -DskipTests}
 * (or {@code -f modules/render/pom.xml} once the modules it needs are installed); the pom's profile sets
 * GLIBC_TUNABLES as the launcher does.
 * System properties: {@value BenchmarkScene#ATLAS_PROPERTY} (an imported atlas's store file),
 * {@value #ROUNDS_PROPERTY} (default 5), {@value #FRAMES_PROPERTY} (frames timed a round, default 120).
 */
public final class FrameBenchmark {

    static final String ROUNDS_PROPERTY = "myoplan.bench.rounds";
    static final String FRAMES_PROPERTY = "myoplan.bench.frames";
    private static final int WIDTH = 1280;
    private static final int HEIGHT = 800;
    private static final int WARM_UP = 20;
    private static final float SKIN_OPACITY = 0.3f;
    private static final float FIT_MARGIN = 0.04f;
    private static final int ROUNDS = Integer.getInteger(ROUNDS_PROPERTY, 5);
    private static final int FRAMES = Integer.getInteger(FRAMES_PROPERTY, 120);

    private FrameBenchmark() {
    }

    public static void main(String[] args) {
        BenchmarkScene bench = BenchmarkScene.load();
        Scene scene = bench.scene();
        SceneStyle style = BenchmarkScene.VIEW_AT_START;
        System.out.printf("Scene: %s, %,d triangles in %d meshes, %,d shown as the 3D View opens (skin hidden)%n",
                bench.name(), scene.triangleCount(), scene.meshes().size(), bench.shownTriangles(style));
        System.out.printf("GL: %s; %d cores; %d rounds of %d frames each side%n", glRenderer(),
                Runtime.getRuntime().availableProcessors(), ROUNDS, FRAMES);
        // Both change the figures a lot on software rendering: say which were in force.
        System.out.printf("Environment: GLIBC_TUNABLES=%s, LP_NUM_THREADS=%s%n",
                System.getenv().getOrDefault("GLIBC_TUNABLES", "(unset)"), System.getenv()
                        .getOrDefault("LP_NUM_THREADS", "(unset)"));

        List<SceneMesh> shown = scene.meshes().stream().filter(style::isShown).toList();
        Orbit[][] rounds = alternate(scene, camera -> new RawDraw(shown, camera), camera -> renderer(scene, camera,
                style));
        double[] ratios = new double[ROUNDS];
        Arrays.setAll(ratios, i -> rounds[1][i].medianMs() / rounds[0][i].medianMs());
        System.out.printf("Orbit at %dx%d, over the rounds (min / median / max), ms a frame:%n", WIDTH, HEIGHT);
        System.out.printf("  Myoplan renderer, median frame    %s%n", Spread.of(rounds[1], Orbit::medianMs));
        System.out.printf("  raw one-call draw, median frame   %s%n", Spread.of(rounds[0], Orbit::medianMs));
        System.out.printf("  ratio within a round              %s%n", Spread.of(ratios).ratios());
        System.out.printf("  Myoplan renderer, CPU time        %s%n", Spread.of(rounds[1], Orbit::cpuMs));
        System.out.printf("  raw one-call draw, CPU time       %s%n", Spread.of(rounds[0], Orbit::cpuMs));
        double ours = Spread.of(rounds[1], Orbit::medianMs).median();
        double raw = Spread.of(rounds[0], Orbit::medianMs).median();
        System.out.printf("Orbit frame of the renderer: median %.2f ms, %.2fx the raw draw (%.2f ms)%n", ours,
                ours / raw, raw);

        SceneStyle planned = withSelectionAndMarkers(scene, style);
        System.out.printf("Orbit with two muscles selected and ten markers: %s ms%n",
                Spread.of(roundsOf(scene, camera -> renderer(scene, camera, planned)), Orbit::medianMs));
        SceneStyle skin = style.withLayerShown(Layer.SKIN, true).withLayerOpacity(Layer.SKIN, SKIN_OPACITY);
        System.out.printf("Orbit with the translucent skin shown:             %s ms%n",
                Spread.of(roundsOf(scene, camera -> renderer(scene, camera, skin)), Orbit::medianMs));
        RayPicker picker = pickFigures(bench);
        clickFigures(scene, style, picker);
        System.exit(0);
    }

    /** Rounds of the first and the second drawing, alternating which goes first: [side][round]. */
    private static Orbit[][] alternate(Scene scene, Function<OrbitCamera, GLEventListener> first,
            Function<OrbitCamera, GLEventListener> second) {
        Orbit[][] orbits = new Orbit[2][ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            for (int turn = 0; turn < 2; turn++) {
                int side = (round + turn) % 2;
                OrbitCamera camera = framed(scene);
                orbits[side][round] = orbit(side == 0 ? first.apply(camera) : second.apply(camera), camera);
            }
        }
        return orbits;
    }

    private static Orbit[] roundsOf(Scene scene, Function<OrbitCamera, GLEventListener> drawing) {
        Orbit[] orbits = new Orbit[Math.max(1, ROUNDS / 2)];
        for (int round = 0; round < orbits.length; round++) {
            OrbitCamera camera = framed(scene);
            orbits[round] = orbit(drawing.apply(camera), camera);
        }
        return orbits;
    }

    private static SceneRenderer renderer(Scene scene, OrbitCamera camera, SceneStyle style) {
        SceneRenderer renderer = new SceneRenderer(scene, camera, e -> {
            throw new IllegalStateException(e);
        });
        renderer.setStyle(style);
        return renderer;
    }

    /** Two superficial muscles selected (outlined: one more pass) and ten markers on them (occlusion queries). */
    private static SceneStyle withSelectionAndMarkers(Scene scene, SceneStyle style) {
        List<SceneMesh> muscles = scene.meshes().stream()
                .filter(m -> m.layer() == Layer.SUPERFICIAL_MUSCLES).limit(2).toList();
        List<Marker> markers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            float[] p = muscles.get(i % 2).positions();
            int v = (i * 37 % (p.length / 3)) * 3;
            markers.add(new Marker(p[v], p[v + 1], p[v + 2], Rgba.opaque(0.1f, 0.1f, 0.1f), String.valueOf(i + 1)));
        }
        return style.withSelected(muscles.stream().map(SceneMesh::id).collect(Collectors.toSet())).withMarkers(markers);
    }

    /** Pick time over random points of the view that lie on a muscle (most of the view is background). */
    private static RayPicker pickFigures(BenchmarkScene bench) {
        long buildStart = System.nanoTime();
        RayPicker picker = new RayPicker(bench.atlas());
        double buildMs = (System.nanoTime() - buildStart) / 1e6;
        OrbitCamera camera = framed(bench.scene());
        Random random = new Random(42);
        double[] picks = new double[10_000];
        int timed = -1000;
        while (timed < picks.length) {
            Ray ray = camera.rayThrough(random.nextInt(WIDTH), random.nextInt(HEIGHT), WIDTH, HEIGHT);
            long start = System.nanoTime();
            boolean hit = picker.pick(vec(ray.orig), vec(ray.dir), m -> true, true).flatMap(RayPicker.Hit::muscle)
                    .isPresent();
            double ms = (System.nanoTime() - start) / 1e6;
            if (hit) {
                if (timed >= 0) {
                    picks[timed] = ms;
                }
                timed++;
            }
        }
        Arrays.sort(picks);
        System.out.printf("Pick on a muscle (CPU BVH over %,d triangles, built in %.0f ms): median %.4f ms, 99th "
                + "percentile %.4f ms"
                + " (%,d picks)%n", picker.triangleCount(), buildMs, picks[picks.length / 2],
                        picks[picks.length * 99 / 100], picks.length);
        return picker;
    }

    /** Click to highlight: the pick, the new style and one finished frame, as a click in the 3D View costs. */
    private static void clickFigures(Scene scene, SceneStyle style, RayPicker picker) {
        OrbitCamera camera = framed(scene);
        GLOffscreenAutoDrawable drawable = offscreen();
        try {
            SceneRenderer renderer = renderer(scene, camera, style);
            drawable.addGLEventListener(renderer);
            drawable.addGLEventListener(new Finish());
            drawable.display();
            Random random = new Random(42);
            double[] clicks = new double[100];
            for (int i = 0; i < clicks.length; i++) {
                long start = System.nanoTime();
                Ray ray = camera.rayThrough(WIDTH / 2 + random.nextInt(200) - 100, HEIGHT / 3 + random.nextInt(300),
                        WIDTH, HEIGHT);
                Set<String> selected = picker.pick(vec(ray.orig), vec(ray.dir), m -> true, true)
                        .flatMap(RayPicker.Hit::muscle).map(m -> Set.of(m.key())).orElse(Set.of());
                renderer.setStyle(style.withSelected(selected));
                drawable.display();
                clicks[i] = (System.nanoTime() - start) / 1e6;
            }
            System.out.printf("Click to highlight (pick, new style, one finished frame offscreen), %d clicks: %s ms%n",
                    clicks.length, Spread.of(clicks));
        } finally {
            drawable.destroy();
        }
    }

    private static Vec3 vec(Vec3f v) {
        return new Vec3(v.x(), v.y(), v.z());
    }

    /** The camera as the 3D View opens: from the front, the body (without the skin) fitted to the view. */
    private static OrbitCamera framed(Scene scene) {
        OrbitCamera camera = new OrbitCamera();
        camera.setAspect(WIDTH, HEIGHT);
        camera.setView(StandardView.ANTERIOR);
        camera.fit(scene.bounds(mesh -> mesh.layer() != Layer.SKIN), FIT_MARGIN);
        return camera;
    }

    /**
     * One orbit (2 degrees a frame) in a fresh offscreen drawable, after a warm-up: the median frame, and the
     * process's CPU time a frame (all threads, Mesa's rasteriser threads too), which waiting for a busy
     * machine's cores does not inflate.
     */
    private static Orbit orbit(GLEventListener listener, OrbitCamera camera) {
        GLOffscreenAutoDrawable drawable = offscreen();
        try {
            drawable.addGLEventListener(listener);
            drawable.addGLEventListener(new Finish());
            double[] times = new double[FRAMES];
            long cpuStart = 0;
            for (int frame = -WARM_UP; frame < FRAMES; frame++) {
                camera.orbit((float) Math.toRadians(2), 0);
                if (frame == 0) {
                    cpuStart = processCpuNanos();
                }
                long start = System.nanoTime();
                drawable.display();
                if (frame >= 0) {
                    times[frame] = (System.nanoTime() - start) / 1e6;
                }
            }
            return new Orbit(Spread.of(times).median(), (processCpuNanos() - cpuStart) / 1e6 / FRAMES);
        } finally {
            drawable.destroy();
        }
    }

    private static long processCpuNanos() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** An orbit's median frame and CPU time a frame, in ms. */
    private record Orbit(double medianMs, double cpuMs) {
    }

    private static GLOffscreenAutoDrawable offscreen() {
        GLCapabilities capabilities = new GLCapabilities(GLProfile.get(GLProfile.GL3));
        capabilities.setOnscreen(false);
        capabilities.setFBO(true);
        capabilities.setDepthBits(24);
        return GLDrawableFactory.getFactory(capabilities.getGLProfile())
                .createOffscreenAutoDrawable(null, capabilities, null, WIDTH, HEIGHT);
    }

    private static String glRenderer() {
        GLOffscreenAutoDrawable drawable = offscreen();
        try {
            drawable.display();
            String[] renderer = new String[1];
            drawable.invoke(true, d -> {
                renderer[0] = d.getGL().glGetString(GL.GL_RENDERER) + ", OpenGL " + d.getGL()
                        .glGetString(GL.GL_VERSION);
                return true;
            });
            return renderer[0];
        } finally {
            drawable.destroy();
        }
    }

    /** Smallest, median and largest of some figures. */
    private record Spread(double min, double median, double max) {

        static Spread of(Orbit[] orbits, ToDoubleFunction<Orbit> figure) {
            return of(Arrays.stream(orbits).mapToDouble(figure).toArray());
        }

        static Spread of(double[] values) {
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            int n = sorted.length;
            double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
            return new Spread(sorted[0], median, sorted[n - 1]);
        }

        String ratios() {
            return String.format("%6.2f  / %6.2f  / %6.2f", min, median, max);
        }

        @Override
        public String toString() {
            return String.format("%6.2f / %6.2f / %6.2f", min, median, max);
        }
    }

    /** Waits for the frame to be finished, so that the time is the drawing's, not the queueing's. */
    private static final class Finish implements GLEventListener {
        @Override
        public void display(GLAutoDrawable drawable) {
            drawable.getGL().glFinish();
        }

        @Override
        public void init(GLAutoDrawable drawable) {
        }

        @Override
        public void dispose(GLAutoDrawable drawable) {
        }

        @Override
        public void reshape(GLAutoDrawable drawable, int x, int y, int width, int height) {
        }
    }
}
