#version 330 core
// Blinn-Phong with a key light above the viewer's left shoulder and a dim fill from the right,
// both fixed to the camera so that the side the clinician looks at is always lit.
in vec3 eyePosition;
in vec3 eyeNormal;
flat in vec4 colour; // the mesh's, already lightened when it is under the mouse

uniform float selected; // 1 for selected meshes: written to the selection mask, which the outline pass reads

layout(location = 0) out vec4 fragmentColour;
layout(location = 1) out vec4 selectionMask;

const vec3 KEY_DIRECTION = normalize(vec3(-0.4, 0.6, 1.0));
const vec3 FILL_DIRECTION = normalize(vec3(0.7, -0.2, 0.6));
const float AMBIENT = 0.22;

void main() {
    vec3 n = normalize(eyeNormal);
    if (!gl_FrontFacing) {
        n = -n; // the inside of an open or clipped surface is lit too
    }
    vec3 toViewer = normalize(-eyePosition);
    float key = max(dot(n, KEY_DIRECTION), 0.0);
    float fill = 0.35 * max(dot(n, FILL_DIRECTION), 0.0);
    // the shininess, 32, as five squarings: the same value, cheaper than pow() on a software renderer
    float s = max(dot(n, normalize(KEY_DIRECTION + toViewer)), 0.0);
    s *= s;
    s *= s;
    s *= s;
    s *= s;
    s *= s;
    float specular = key > 0.0 ? s : 0.0;
    vec3 lit = colour.rgb * (AMBIENT + 0.75 * key + fill) + vec3(0.25 * specular);
    fragmentColour = vec4(min(lit, vec3(1.0)), colour.a);
    selectionMask = vec4(selected, 0.0, 0.0, 1.0);
}
