package org.myoplan.history.jdbc;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The audit log's before and after as compact JSON: flat fields, nested objects and lists of objects,
 * written in the order given. A fluent front to Jackson's tree, which does the quoting and escaping.
 */
final class JsonText {

    private final ObjectNode node;

    JsonText() {
        this(JsonNodeFactory.instance.objectNode());
    }

    private JsonText(ObjectNode node) {
        this.node = node;
    }

    /** A field: numbers and booleans as themselves, null as null, anything else as its text. */
    JsonText field(String name, Object value) {
        if (value == null) {
            node.putNull(name);
        } else if (value instanceof Boolean flag) {
            node.put(name, flag);
        } else if (value instanceof Integer || value instanceof Long) {
            node.put(name, ((Number) value).longValue());
        } else if (value instanceof Double || value instanceof Float) {
            node.put(name, ((Number) value).doubleValue());
        } else if (value instanceof BigDecimal decimal) {
            node.put(name, decimal);
        } else {
            node.put(name, value.toString());
        }
        return this;
    }

    <T> JsonText list(String name, List<T> items, BiConsumer<T, JsonText> writer) {
        ArrayNode array = node.putArray(name);
        for (T item : items) {
            writer.accept(item, new JsonText(array.addObject()));
        }
        return this;
    }

    JsonText object(String name, Consumer<JsonText> writer) {
        writer.accept(new JsonText(node.putObject(name)));
        return this;
    }

    @Override
    public String toString() {
        return node.toString();
    }
}
