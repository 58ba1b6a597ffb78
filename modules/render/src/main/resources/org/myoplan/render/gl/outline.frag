#version 330 core
// Copies the drawn scene to the view and outlines the selected meshes: a band along the inside of
// their visible edge in the outline colour, and a thin dark line just outside it, so the selection
// shows on any muscle, dose colour or background while the muscle keeps its own colour inside.
uniform sampler2D sceneColour;
uniform sampler2D selectionMask;
uniform vec3 outlineColour;
uniform int outlineWidth; // pixels

out vec4 fragmentColour;

bool selectedAt(ivec2 p, ivec2 size) {
    return texelFetch(selectionMask, clamp(p, ivec2(0), size - 1), 0).r > 0.5;
}

void main() {
    ivec2 p = ivec2(gl_FragCoord.xy);
    ivec2 size = textureSize(selectionMask, 0);
    vec3 c = texelFetch(sceneColour, p, 0).rgb;
    if (selectedAt(p, size)) {
        bool edge = false;
        for (int dy = -outlineWidth; dy <= outlineWidth && !edge; dy++) {
            for (int dx = -outlineWidth; dx <= outlineWidth && !edge; dx++) {
                if (dx * dx + dy * dy <= outlineWidth * outlineWidth && !selectedAt(p + ivec2(dx, dy), size)) {
                    edge = true;
                }
            }
        }
        if (edge) {
            c = outlineColour;
        }
    } else if (selectedAt(p + ivec2(1, 0), size) || selectedAt(p - ivec2(1, 0), size)
            || selectedAt(p + ivec2(0, 1), size) || selectedAt(p - ivec2(0, 1), size)) {
        c = c * 0.25;
    }
    fragmentColour = vec4(c, 1.0);
}
