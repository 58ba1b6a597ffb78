#version 330 core
// Positions and normals in world space (metres); lighting is done in eye space.
layout(location = 0) in vec3 position;
layout(location = 1) in vec3 normal;
layout(location = 2) in int meshNumber; // which mesh of the scene's buffer the vertex belongs to

uniform mat4 modelMatrix; // identity for the model; places and sizes the marker spheres
uniform mat4 viewMatrix;
uniform mat4 projectionMatrix;
uniform samplerBuffer meshColours; // one texel a mesh: its colour as the style gives it, and opacity

out vec3 eyePosition;
out vec3 eyeNormal;
flat out vec4 colour;

void main() {
    vec4 eye = viewMatrix * modelMatrix * vec4(position, 1.0);
    eyePosition = eye.xyz;
    // Both matrices only rotate, translate and scale uniformly, so they also transform normals
    // (the fragment shader normalises).
    eyeNormal = mat3(viewMatrix) * mat3(modelMatrix) * normal;
    colour = texelFetch(meshColours, meshNumber);
    gl_Position = projectionMatrix * eye;
}
