package org.procuredesk.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * JSON bodies for a request body type, built from its record components: a plausible body (so the request reaches
 * the service and may be stored) with one or two fields, anywhere in it, replaced by a nasty value of the field's
 * type, a value of another JSON type, or null.
 */
final class JsonBodies {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int ELEMENT = 100;

    /** One field of a body that was given a nasty value: its dotted path and the value. */
    record Spoiled(String path, String name, JsonNode value) {

        boolean topLevelText() {
            return !path.contains(".") && !path.contains("[") && value.isTextual();
        }

        /** {@code name=<the value's first 60 characters>}: a report stays readable with a value of a megabyte. */
        @Override
        public String toString() {
            String shown = value.toString();
            return path + "=" + (shown.length() <= 60 ? shown : shown.substring(0, 60) + "…(" + shown.length() + ")");
        }
    }

    /** A body and what was spoiled in it. */
    record Body(JsonNode json, List<Spoiled> spoiled) {
    }

    private record Leaf(String path, ObjectNode parent, String name, Type type) {
    }

    private final NastyValues values;

    JsonBodies(NastyValues values) {
        this.values = values;
    }

    Body next(Type type) {
        List<Leaf> leaves = new ArrayList<>();
        JsonNode json = plausible(type, "", leaves);
        List<Spoiled> spoiled = new ArrayList<>();
        int spoils = Math.min(leaves.size(), 1 + (values.chance(0.3) ? 1 : 0));
        for (int i = 0; i < spoils; i++) {
            Leaf leaf = values.oneOf(leaves);
            leaves.remove(leaf);
            JsonNode value = nasty(leaf.type(), leaf.name());
            leaf.parent().set(leaf.name(), value);
            spoiled.add(new Spoiled(leaf.path(), leaf.name(), value));
        }
        return new Body(json, spoiled);
    }

    private JsonNode plausible(Type type, String path, List<Leaf> leaves) {
        Class<?> raw = raw(type);
        if (raw.isRecord()) {
            ObjectNode object = NODES.objectNode();
            for (RecordComponent component : raw.getRecordComponents()) {
                String childPath = path.isEmpty() ? component.getName() : path + "." + component.getName();
                Type childType = component.getGenericType();
                object.set(component.getName(), plausibleChild(childType, component.getName(), childPath, leaves));
                leaves.add(new Leaf(childPath, object, component.getName(), childType));
            }
            return object;
        }
        return plausibleChild(type, "", path, leaves);
    }

    private JsonNode plausibleChild(Type type, String name, String path, List<Leaf> leaves) {
        Class<?> raw = raw(type);
        if (raw.isRecord()) {
            return plausible(type, path, leaves);
        }
        if (Collection.class.isAssignableFrom(raw) && type instanceof ParameterizedType generic) {
            ArrayNode array = NODES.arrayNode();
            array.add(plausibleChild(generic.getActualTypeArguments()[0], name, path + "[0]", leaves));
            return array;
        }
        if (raw.isEnum()) {
            return NODES.textNode(((Enum<?>) raw.getEnumConstants()[0]).name());
        }
        if (raw == String.class) {
            return NODES.textNode(plausibleText(name));
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return NODES.booleanNode(true);
        }
        if (raw == BigDecimal.class) {
            return NODES.numberNode(new BigDecimal("10.00"));
        }
        if (Number.class.isAssignableFrom(raw) || raw.isPrimitive()) {
            return name.toLowerCase(Locale.ROOT).endsWith("id") || name.equals("version") ? NODES.nullNode()
                    : NODES.numberNode(1);
        }
        if (Temporal.class.isAssignableFrom(raw)) {
            return NODES.textNode(LocalDate.now().plusDays(30).toString());
        }
        return NODES.nullNode();
    }

    private static String plausibleText(String name) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        return switch (name) {
            case "username" -> "input." + unique;
            case "email" -> "input." + unique + "@procuredesk.example";
            case "code", "sku" -> "IN" + unique.toUpperCase(Locale.ROOT);
            case "newPassword" -> "secret-" + unique;
            default -> "Plain text " + unique;
        };
    }

    private JsonNode nasty(Type type, String name) {
        if (values.chance(0.08)) {
            return NODES.nullNode();
        }
        if (values.chance(0.08)) {
            return values.oneOf(List.of(NODES.objectNode().put("a", 1), NODES.arrayNode().add(1),
                    NODES.booleanNode(false), NODES.numberNode(7), NODES.textNode("seven")));
        }
        Class<?> raw = raw(type);
        if (raw == BigDecimal.class) {
            return NODES.numberNode(values.amount());
        }
        if (Number.class.isAssignableFrom(raw) || (raw.isPrimitive() && raw != boolean.class)) {
            return NODES.numberNode(new BigDecimal(values.integerLiteral()));
        }
        if (Temporal.class.isAssignableFrom(raw)) {
            return NODES.textNode(values.dateLiteral());
        }
        if (raw.isEnum()) {
            return NODES.textNode(values.chance(0.5) ? values.text(true)
                    : ((Enum<?>) raw.getEnumConstants()[0]).name().toLowerCase(Locale.ROOT) + " ");
        }
        if (Collection.class.isAssignableFrom(raw) && type instanceof ParameterizedType generic) {
            ArrayNode array = NODES.arrayNode();
            int size = values.oneOf(List.of(0, 2, 51, 101, 1001));
            for (int i = 0; i < size; i++) {
                array.add(element(nasty(generic.getActualTypeArguments()[0], name)));
            }
            return array;
        }
        return NODES.textNode(values.text(true));
    }

    /**
     * An element of a long list, cut to {@link #ELEMENT} characters: a body of many megabytes is refused by the
     * servlet container closing the connection, not by the application.
     */
    private static JsonNode element(JsonNode value) {
        return value.isTextual() && value.asText().length() > ELEMENT
                ? NODES.textNode(value.asText().substring(0, ELEMENT)) : value;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof ParameterizedType generic) {
            return (Class<?>) generic.getRawType();
        }
        return type instanceof Class<?> plain ? plain : Object.class;
    }
}
