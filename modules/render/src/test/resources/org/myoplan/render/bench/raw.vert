#version 330 core
layout(location = 0) in vec3 position;
layout(location = 1) in vec3 normal;
uniform mat4 projectionTimesView;
out vec3 worldNormal;
void main() {
    worldNormal = normal;
    gl_Position = projectionTimesView * vec4(position, 1.0);
}
