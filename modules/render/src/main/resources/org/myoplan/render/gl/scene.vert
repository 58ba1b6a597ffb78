#version 330 core
// Positions and normals in world space (metres); lighting is done in eye space.
layout(location = 0) in vec3 position;
layout(location = 1) in vec3 normal;

uniform mat4 modelMatrix; // identity for the model; places and sizes the marker spheres
uniform mat4 viewMatrix;
uniform mat4 projectionMatrix;

out vec3 eyePosition;
out vec3 eyeNormal;

void main() {
    vec4 eye = viewMatrix * modelMatrix * vec4(position, 1.0);
    eyePosition = eye.xyz;
    // Both matrices only rotate, translate and scale uniformly, so they also transform normals
    // (the fragment shader normalises).
    eyeNormal = mat3(viewMatrix) * mat3(modelMatrix) * normal;
    gl_Position = projectionMatrix * eye;
}
