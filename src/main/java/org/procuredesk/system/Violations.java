package org.procuredesk.system;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;

/** Reads Bean Validation violations the way the REST API and the UI show them. */
public final class Violations {

    private Violations() {
    }

    /** The field at fault: the last step of the path, e.g. {@code username} of {@code create.form.username}. */
    public static String field(ConstraintViolation<?> violation) {
        String field = "";
        for (Path.Node node : violation.getPropertyPath()) {
            field = node.getName() == null ? field : node.getName();
        }
        return field;
    }
}
