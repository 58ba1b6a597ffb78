#version 330 core
in vec3 worldNormal;
out vec4 fragmentColour;
void main() {
    float light = max(dot(normalize(worldNormal), normalize(vec3(0.3, 0.6, 1.0))), 0.0);
    fragmentColour = vec4(vec3(0.2 + 0.8 * light), 1.0);
}
