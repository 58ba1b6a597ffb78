#version 330 core
// Positions and normals in world space (metres); lighting is done in eye space.
layout(location = 0) in vec3 position;
layout(location = 1) in vec3 normal;

uniform mat4 viewMatrix;
uniform mat4 projectionMatrix;

out vec3 eyePosition;
out vec3 eyeNormal;

void main() {
    vec4 eye = viewMatrix * vec4(position, 1.0);
    eyePosition = eye.xyz;
    // The view matrix is a rotation plus a translation, so it also transforms normals.
    eyeNormal = mat3(viewMatrix) * normal;
    gl_Position = projectionMatrix * eye;
}
