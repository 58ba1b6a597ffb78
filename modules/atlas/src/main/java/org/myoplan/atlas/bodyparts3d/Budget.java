package org.myoplan.atlas.bodyparts3d;

import java.util.List;

/**
 * How many triangles the imported atlas may have, so the 3D View draws an orbit frame within 16 ms with
 * software OpenGL (llvmpipe, 1280x800, 2 cores): about 99,000 in all on the real archive (53,000 for the
 * mapped muscles, 25,000 context, 18,000 bones). Measured with the frame benchmark on 2 cores: 135,000
 * triangles took 19.4 ms a frame, 99,000 took 15.2 ms. The mapped muscles (both sides) get the finest
 * share: their surface is about 3 m², the context muscles' 1.3 m² and the bones' 1.4 m². Within a share
 * each mesh gets triangles in proportion to its surface area, at least {@code minimum} and never more
 * than it has; a thin sheet that would fold gets more (ImportRun.simplify).
 */
record Budget(int mapped, int context, int bones, int minimum) {

    static final Budget DEFAULT = new Budget(54_000, 6_000, 17_000, 16);

    int total() {
        return mapped + context + bones;
    }

    /**
     * Each mesh's target: {@code share} split by area, clamped to [minimum, available]; what a clamp frees goes to the
     * rest.
     */
    int[] split(int share, List<double[]> areaAndTriangles) {
        int n = areaAndTriangles.size();
        int[] target = new int[n];
        boolean[] fixed = new boolean[n];
        int left = share;
        for (int round = 0; round < 8; round++) {
            double area = 0;
            for (int i = 0; i < n; i++) {
                area += fixed[i] ? 0 : areaAndTriangles.get(i)[0];
            }
            boolean changed = false;
            int used = 0;
            for (int i = 0; i < n; i++) {
                if (fixed[i]) {
                    continue;
                }
                double[] item = areaAndTriangles.get(i);
                int want = area > 0 ? (int) Math.round(left * item[0] / area) : minimum;
                int available = (int) item[1];
                if (want >= available || want <= minimum) {
                    target[i] = Math.min(available, Math.max(minimum, want));
                    fixed[i] = true;
                    used += target[i];
                    changed = true;
                } else {
                    target[i] = want;
                }
            }
            left -= used;
            if (!changed) {
                break;
            }
        }
        return target;
    }
}
