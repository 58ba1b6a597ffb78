package org.myoplan.atlas.bodyparts3d;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Synthetic closed surfaces and OBJ text for the import's tests: nothing here comes from BodyParts3D. */
final class Shapes {

    private Shapes() {
    }

    /** An icosphere of 20 * 4^levels triangles, outward, centred at (cx, cy, cz). */
    static Surface sphere(double radius, int levels, double cx, double cy, double cz) {
        double t = (1 + Math.sqrt(5)) / 2;
        List<double[]> v = new ArrayList<>(List.of(new double[] {-1, t, 0}, new double[] {1, t, 0}, new double[] {-1,
                -t, 0},
                new double[] {1, -t, 0}, new double[] {0, -1, t}, new double[] {0, 1, t}, new double[] {0, -1, -t},
                new double[] {0, 1, -t}, new double[] {t, 0, -1}, new double[] {t, 0, 1}, new double[] {-t, 0, -1},
                new double[] {-t, 0, 1}));
        int[] f = {0, 11, 5, 0, 5, 1, 0, 1, 7, 0, 7, 10, 0, 10, 11, 1, 5, 9, 5, 11, 4, 11, 10, 2, 10, 7, 6, 7, 1, 8,
            3, 9, 4, 3, 4, 2, 3, 2, 6, 3, 6, 8, 3, 8, 9, 4, 9, 5, 2, 4, 11, 6, 2, 10, 8, 6, 7, 9, 8, 1};
        for (int level = 0; level < levels; level++) {
            Map<Long, Integer> middle = new HashMap<>();
            int[] next = new int[f.length * 4];
            int n = 0;
            for (int i = 0; i < f.length; i += 3) {
                int a = f[i], b = f[i + 1], c = f[i + 2];
                int ab = mid(v, middle, a, b), bc = mid(v, middle, b, c), ca = mid(v, middle, c, a);
                int[] four = {a, ab, ca, b, bc, ab, c, ca, bc, ab, bc, ca};
                System.arraycopy(four, 0, next, n, 12);
                n += 12;
            }
            f = next;
        }
        float[] p = new float[3 * v.size()];
        for (int i = 0; i < v.size(); i++) {
            double[] x = v.get(i);
            double l = Math.sqrt(x[0] * x[0] + x[1] * x[1] + x[2] * x[2]);
            p[3 * i] = (float) (cx + radius * x[0] / l);
            p[3 * i + 1] = (float) (cy + radius * x[1] / l);
            p[3 * i + 2] = (float) (cz + radius * x[2] / l);
        }
        return new Surface(p, f);
    }

    private static int mid(List<double[]> v, Map<Long, Integer> middle, int a, int b) {
        long key = (long) Math.min(a, b) << 32 | Math.max(a, b);
        return middle.computeIfAbsent(key, k -> {
            double[] x = v.get(a), y = v.get(b);
            v.add(new double[] {(x[0] + y[0]) / 2, (x[1] + y[1]) / 2, (x[2] + y[2]) / 2});
            return v.size() - 1;
        });
    }

    /** A torus (genus one) of 2 * rings * segments triangles, outward, around the z axis. */
    static Surface torus(double major, double minor, int rings, int segments) {
        float[] p = new float[3 * rings * segments];
        for (int i = 0; i < rings; i++) {
            double u = 2 * Math.PI * i / rings;
            for (int j = 0; j < segments; j++) {
                double w = 2 * Math.PI * j / segments;
                int k = 3 * (i * segments + j);
                p[k] = (float) ((major + minor * Math.cos(w)) * Math.cos(u));
                p[k + 1] = (float) ((major + minor * Math.cos(w)) * Math.sin(u));
                p[k + 2] = (float) (minor * Math.sin(w));
            }
        }
        int[] t = new int[6 * rings * segments];
        int n = 0;
        for (int i = 0; i < rings; i++) {
            for (int j = 0; j < segments; j++) {
                int a = i * segments + j, b = (i + 1) % rings * segments + j;
                int c = (i + 1) % rings * segments + (j + 1) % segments, d = i * segments + (j + 1) % segments;
                int[] two = {a, b, c, a, c, d};
                System.arraycopy(two, 0, t, n, 6);
                n += 6;
            }
        }
        return new Surface(p, t);
    }

    /**
     * OBJ text as BodyParts3D writes it: a header naming the file and concept, each triangle's corners
     * repeated with a normal ({@code f v//vn}), so the reader has to weld them.
     */
    static String obj(String fileId, String fma, String name, Surface s) {
        StringBuilder text = new StringBuilder();
        text.append("# synthetic test fixture, not BodyParts3D geometry\n# File ID : ").append(fileId)
                .append("\n# Concept ID : ").append(fma).append("\n# English name : ").append(name).append("\n#\n");
        float[] p = s.positions();
        int[] t = s.triangles();
        for (int i = 0; i < t.length; i++) {
            int v = 3 * t[i];
            text.append(String.format(Locale.ROOT, "v %.4f %.4f %.4f%nvn 0 0 1%n", p[v], p[v + 1], p[v + 2]));
        }
        text.append("g ").append(fileId).append("\nusemtl default\n");
        for (int i = 0; i < t.length; i += 3) {
            text.append(String.format(Locale.ROOT, "f %d//%d %d//%d %d//%d%n", i + 1, i + 1, i + 2, i + 2, i + 3, i
                    + 3));
        }
        return text.toString();
    }

    /** The surface mirrored in x with its winding reversed (a left part from a right one, as FJnnnnM files are). */
    static Surface mirrored(Surface s) {
        float[] p = s.positions().clone();
        for (int i = 0; i < p.length; i += 3) {
            p[i] = -p[i];
        }
        return new Surface(p, s.triangles()).flipped();
    }
}
