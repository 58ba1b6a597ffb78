#version 330 core
// Blinn-Phong with a key light above the viewer's left shoulder and a dim fill from the right,
// both fixed to the camera so that the side the clinician looks at is always lit.
in vec3 eyePosition;
in vec3 eyeNormal;

uniform vec4 colour;
uniform float tint;     // towards white: the muscle under the mouse
uniform float selected; // 1 for a selected mesh: written to the selection mask, which the outline pass reads

layout(location = 0) out vec4 fragmentColour;
layout(location = 1) out vec4 selectionMask;

const vec3 KEY_DIRECTION = normalize(vec3(-0.4, 0.6, 1.0));
const vec3 FILL_DIRECTION = normalize(vec3(0.7, -0.2, 0.6));
const float AMBIENT = 0.22;
const float SHININESS = 32.0;

void main() {
    vec3 n = normalize(eyeNormal);
    if (!gl_FrontFacing) {
        n = -n; // the inside of an open or clipped surface is lit too
    }
    vec3 toViewer = normalize(-eyePosition);
    float key = max(dot(n, KEY_DIRECTION), 0.0);
    float fill = 0.35 * max(dot(n, FILL_DIRECTION), 0.0);
    float specular = key > 0.0 ? pow(max(dot(n, normalize(KEY_DIRECTION + toViewer)), 0.0), SHININESS) : 0.0;
    vec3 base = mix(colour.rgb, vec3(1.0), tint);
    vec3 lit = base * (AMBIENT + 0.75 * key + fill) + vec3(0.25 * specular);
    fragmentColour = vec4(min(lit, vec3(1.0)), colour.a);
    selectionMask = vec4(selected, 0.0, 0.0, 1.0);
}
