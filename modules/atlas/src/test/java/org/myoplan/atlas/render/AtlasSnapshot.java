package org.myoplan.atlas.render;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.myoplan.atlas.Atlas;
import org.myoplan.atlas.Bone;
import org.myoplan.atlas.Muscle;
import org.myoplan.atlas.geometry.Mesh;

/**
 * Test-scope look at the atlas: an orthographic software rasteriser (z-buffer, Lambert shading),
 * muscles coloured by a hash of their id, bones white, anterior and posterior views as PNG under
 * target/atlas-snapshots. Not shipped. Run: {@code main} with an optional output directory.
 */
public final class AtlasSnapshot {

    private static final int HEIGHT = 1400;
    private static final double SCALE = HEIGHT / 1.85; // pixels per metre

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/atlas-snapshots");
        Files.createDirectories(dir);
        Atlas atlas = Atlas.loadDefault();
        for (boolean anterior : new boolean[] {true, false}) {
            BufferedImage image = render(atlas, anterior, 0, 1.85, -0.45, 0.45, 1.0);
            File file = dir.resolve(anterior ? "anterior.png" : "posterior.png").toFile();
            ImageIO.write(image, "png", file);
            System.out.println(file.getAbsolutePath());
        }
        // close-ups: right arm and right leg, anterior and posterior
        write(dir, "arm-anterior.png", render(atlas, true, 0.75, 1.5, -0.32, -0.12, 3.5));
        write(dir, "arm-posterior.png", render(atlas, false, 0.75, 1.5, -0.32, -0.12, 3.5));
        write(dir, "leg-anterior.png", render(atlas, true, 0.0, 1.05, -0.22, 0.0, 2.0));
        write(dir, "leg-posterior.png", render(atlas, false, 0.0, 1.05, -0.22, 0.0, 2.0));
    }

    private static void write(Path dir, String name, BufferedImage image) throws IOException {
        File file = dir.resolve(name).toFile();
        ImageIO.write(image, "png", file);
        System.out.println(file.getAbsolutePath());
    }

    /** Looks along -Z (anterior view) or +Z (posterior view) at the box [xMin, xMax] x [yMin, yMax]. */
    static BufferedImage render(Atlas atlas, boolean anterior, double yMin, double yMax, double xMin, double xMax,
            double zoom) {
        double scale = SCALE * zoom * (1.85 / Math.max(1.85, (yMax - yMin) * zoom));
        int h = (int) Math.round((yMax - yMin) * scale);
        int w = (int) Math.round((xMax - xMin) * scale);
        if (!anterior) {
            double t = xMin;
            xMin = -xMax;
            xMax = -t;
        }
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        float[] depth = new float[w * h];
        Arrays.fill(depth, Float.NEGATIVE_INFINITY);
        int[] rgb = new int[w * h];
        Arrays.fill(rgb, 0x202830);
        Raster r = new Raster(w, h, depth, rgb, anterior, xMin, yMax, scale);
        for (Bone bone : atlas.bones()) {
            r.draw(bone.mesh(), 0xf0ece0);
        }
        for (Muscle muscle : atlas.muscles()) {
            r.draw(muscle.mesh(), colour(muscle.id()));
        }
        image.setRGB(0, 0, w, h, rgb, 0, w);
        return image;
    }

    static int colour(String id) {
        int hash = id.hashCode() * 0x9E3779B1;
        float hue = ((hash >>> 8) & 0xffff) / 65536f;
        return Color.HSBtoRGB(hue, 0.55f, 0.85f) & 0xffffff;
    }

    private record Raster(int w, int h, float[] depth, int[] rgb, boolean anterior, double xMin, double yMax,
            double scale) {

        /** Screen x grows to the viewer's right: in an anterior view that is +X (the patient's left). */
        double sx(double x) {
            return ((anterior ? x : -x) - xMin) * scale;
        }

        double sy(double y) {
            return (yMax - y) * scale;
        }

        void draw(Mesh mesh, int colour) {
            float[] p = mesh.positions();
            int[] idx = mesh.indices();
            for (int t = 0; t < idx.length; t += 3) {
                int a = 3 * idx[t], b = 3 * idx[t + 1], c = 3 * idx[t + 2];
                double ux = p[b] - p[a], uy = p[b + 1] - p[a + 1], uz = p[b + 2] - p[a + 2];
                double vx = p[c] - p[a], vy = p[c + 1] - p[a + 1], vz = p[c + 2] - p[a + 2];
                double nx = uy * vz - uz * vy, ny = uz * vx - ux * vz, nz = ux * vy - uy * vx;
                double len = Math.sqrt(nx * nx + ny * ny + nz * nz);
                if (len == 0) {
                    continue;
                }
                double facing = (anterior ? nz : -nz) / len;
                if (facing <= 0) {
                    continue; // back face: outward normals make culling correct
                }
                double light = 0.25 + 0.75 * Math.max(0, (facing * 0.8 + (ny / len) * 0.45
                        + (anterior ? nx : -nx) / len * 0.2));
                triangle(p, a, b, c, shade(colour, Math.min(1, light)));
            }
        }

        static int shade(int colour, double f) {
            int r = (int) (((colour >> 16) & 255) * f), g = (int) (((colour >> 8) & 255) * f),
                    b = (int) ((colour & 255) * f);
            return (r << 16) | (g << 8) | b;
        }

        void triangle(float[] p, int a, int b, int c, int colour) {
            double x0 = sx(p[a]), y0 = sy(p[a + 1]), z0 = anterior ? p[a + 2] : -p[a + 2];
            double x1 = sx(p[b]), y1 = sy(p[b + 1]), z1 = anterior ? p[b + 2] : -p[b + 2];
            double x2 = sx(p[c]), y2 = sy(p[c + 1]), z2 = anterior ? p[c + 2] : -p[c + 2];
            int minX = Math.max(0, (int) Math.floor(Math.min(x0, Math.min(x1, x2))));
            int maxX = Math.min(w - 1, (int) Math.ceil(Math.max(x0, Math.max(x1, x2))));
            int minY = Math.max(0, (int) Math.floor(Math.min(y0, Math.min(y1, y2))));
            int maxY = Math.min(h - 1, (int) Math.ceil(Math.max(y0, Math.max(y1, y2))));
            double area = (x1 - x0) * (y2 - y0) - (x2 - x0) * (y1 - y0);
            if (Math.abs(area) < 1e-12) {
                return;
            }
            for (int y = minY; y <= maxY; y++) {
                for (int x = minX; x <= maxX; x++) {
                    double px = x + 0.5, py = y + 0.5;
                    double w0 = ((x1 - px) * (y2 - py) - (x2 - px) * (y1 - py)) / area;
                    double w1 = ((x2 - px) * (y0 - py) - (x0 - px) * (y2 - py)) / area;
                    double w2 = 1 - w0 - w1;
                    if (w0 < 0 || w1 < 0 || w2 < 0) {
                        continue;
                    }
                    float z = (float) (w0 * z0 + w1 * z1 + w2 * z2);
                    int i = y * w + x;
                    if (z > depth[i]) {
                        depth[i] = z;
                        rgb[i] = colour;
                    }
                }
            }
        }
    }

    private AtlasSnapshot() {
    }
}
