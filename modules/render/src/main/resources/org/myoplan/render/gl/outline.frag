#version 330 core
// Outlines the selected meshes over the frame already in the view: a band along the inside of their
// visible edge in the outline colour, and a thin dark line just outside it (blended), so the selection
// shows on any muscle, dose colour or background while the muscle keeps its own colour inside.
// Every other pixel is left as it is. Drawn only within the selection's rectangle (a scissor).
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
    if (selectedAt(p, size)) {
        for (int dy = -outlineWidth; dy <= outlineWidth; dy++) {
            for (int dx = -outlineWidth; dx <= outlineWidth; dx++) {
                if (dx * dx + dy * dy <= outlineWidth * outlineWidth && !selectedAt(p + ivec2(dx, dy), size)) {
                    fragmentColour = vec4(outlineColour, 1.0);
                    return;
                }
            }
        }
        discard;
    } else if (selectedAt(p + ivec2(1, 0), size) || selectedAt(p - ivec2(1, 0), size)
            || selectedAt(p + ivec2(0, 1), size) || selectedAt(p - ivec2(0, 1), size)) {
        fragmentColour = vec4(0.0, 0.0, 0.0, 0.75);
    } else {
        discard;
    }
}
