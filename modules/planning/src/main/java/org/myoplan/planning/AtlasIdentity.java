package org.myoplan.planning;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import org.myoplan.atlas.Atlas;
import org.myoplan.atlas.Muscle;

/**
 * Names an atlas by its muscles' geometry, so that a session can record on which atlas its injection
 * sites were placed and be moved onto another when opened: two imports of the same files get the same
 * name, an import that replaced one muscle's mesh another. A name is 16 hexadecimal digits.
 */
public final class AtlasIdentity {

    /** What a session's sites were placed on before sessions recorded it: the built-in atlas, the only one then. */
    public static final String UNRECORDED = "";

    private static final Map<Atlas, String> NAMES = new WeakHashMap<>();

    private AtlasIdentity() {
    }

    /** The atlas's name (computed once per atlas: a pass over its muscles' vertices). */
    public static synchronized String of(Atlas atlas) {
        return NAMES.computeIfAbsent(atlas, AtlasIdentity::digest);
    }

    /** Of these atlases, the one with this name, if any. */
    public static Optional<Atlas> find(String name, Iterable<Atlas> atlases) {
        for (Atlas atlas : atlases) {
            if (of(atlas).equals(name)) {
                return Optional.of(atlas);
            }
        }
        return Optional.empty();
    }

    private static String digest(Atlas atlas) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Java without SHA-256", e);
        }
        for (Muscle muscle : atlas.muscles()) {
            sha.update(muscle.key().getBytes(StandardCharsets.UTF_8));
            float[] positions = muscle.mesh().positions();
            ByteBuffer bytes = ByteBuffer.allocate(positions.length * Float.BYTES);
            bytes.asFloatBuffer().put(positions);
            sha.update(bytes);
        }
        return HexFormat.of().formatHex(sha.digest(), 0, 8);
    }
}
