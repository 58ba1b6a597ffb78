package org.myoplan.history.jdbc;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** A small JSON writer for the audit log's before and after: flat fields, lists of objects. */
final class JsonText {

    private final StringBuilder out = new StringBuilder("{");
    private boolean first = true;

    JsonText field(String name, Object value) {
        name(name);
        if (value == null) {
            out.append("null");
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else {
            quote(value.toString());
        }
        return this;
    }

    <T> JsonText list(String name, List<T> items, BiConsumer<T, JsonText> writer) {
        name(name);
        out.append('[');
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            JsonText item = new JsonText();
            writer.accept(items.get(i), item);
            out.append(item);
        }
        out.append(']');
        return this;
    }

    JsonText object(String name, Consumer<JsonText> writer) {
        name(name);
        JsonText inner = new JsonText();
        writer.accept(inner);
        out.append(inner);
        return this;
    }

    private void name(String name) {
        if (!first) {
            out.append(',');
        }
        first = false;
        quote(name);
        out.append(':');
    }

    private void quote(String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    @Override
    public String toString() {
        return out + "}";
    }
}
