package org.myoplan.render.gl;

import com.jogamp.opengl.GL3;
import com.jogamp.opengl.GLException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** A linked GLSL program built from two shader sources kept beside this class. */
final class ShaderProgram {

    private final int id;
    private final Map<String, Integer> uniforms = new HashMap<>();

    private ShaderProgram(int id) {
        this.id = id;
    }

    static ShaderProgram load(GL3 gl, String vertexResource, String fragmentResource) {
        int vertex = compile(gl, GL3.GL_VERTEX_SHADER, vertexResource);
        int fragment = compile(gl, GL3.GL_FRAGMENT_SHADER, fragmentResource);
        int program = gl.glCreateProgram();
        gl.glAttachShader(program, vertex);
        gl.glAttachShader(program, fragment);
        gl.glLinkProgram(program);
        gl.glDeleteShader(vertex);
        gl.glDeleteShader(fragment);
        int[] status = new int[1];
        gl.glGetProgramiv(program, GL3.GL_LINK_STATUS, status, 0);
        if (status[0] == 0) {
            String log = programLog(gl, program);
            gl.glDeleteProgram(program);
            throw new GLException("Shader program " + vertexResource + " + " + fragmentResource + " did not link: "
                    + log);
        }
        return new ShaderProgram(program);
    }

    void use(GL3 gl) {
        gl.glUseProgram(id);
    }

    int uniform(GL3 gl, String name) {
        return uniforms.computeIfAbsent(name, n -> gl.glGetUniformLocation(id, n));
    }

    void dispose(GL3 gl) {
        gl.glDeleteProgram(id);
    }

    private static int compile(GL3 gl, int type, String resource) {
        int shader = gl.glCreateShader(type);
        gl.glShaderSource(shader, 1, new String[] {read(resource)}, null, 0);
        gl.glCompileShader(shader);
        int[] status = new int[1];
        gl.glGetShaderiv(shader, GL3.GL_COMPILE_STATUS, status, 0);
        if (status[0] == 0) {
            int[] length = new int[1];
            gl.glGetShaderiv(shader, GL3.GL_INFO_LOG_LENGTH, length, 0);
            byte[] log = new byte[Math.max(1, length[0])];
            gl.glGetShaderInfoLog(shader, log.length, null, 0, log, 0);
            gl.glDeleteShader(shader);
            throw new GLException("Shader " + resource + " did not compile: "
                    + new String(log, StandardCharsets.UTF_8).trim());
        }
        return shader;
    }

    private static String programLog(GL3 gl, int program) {
        int[] length = new int[1];
        gl.glGetProgramiv(program, GL3.GL_INFO_LOG_LENGTH, length, 0);
        byte[] log = new byte[Math.max(1, length[0])];
        gl.glGetProgramInfoLog(program, log.length, null, 0, log, 0);
        return new String(log, StandardCharsets.UTF_8).trim();
    }

    private static String read(String resource) {
        try (InputStream in = ShaderProgram.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new GLException("Shader source " + resource + " is missing from the module");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
