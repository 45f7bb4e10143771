package org.procuredesk.system;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.EnumSet;
import java.util.Set;

/** Reads Bean Validation violations the way the REST API and the UI show them. */
public final class Violations {

    private static final Set<ElementKind> CALL = EnumSet.of(ElementKind.METHOD, ElementKind.CONSTRUCTOR,
            ElementKind.PARAMETER, ElementKind.CROSS_PARAMETER, ElementKind.RETURN_VALUE);

    private Violations() {
    }

    /**
     * The field at fault, as the form names it: the path after the method and its parameter,
     * e.g. {@code username} of {@code create.form.username}, {@code lines[2].quantity} of a line's.
     */
    public static String field(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (CALL.contains(node.getKind())) {
                continue;
            }
            if (node.isInIterable() && node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getKind() != ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return field.toString();
    }
}
