package org.procuredesk.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/** Finds a component by its id among everything a component holds, as a browser test would. */
public final class Find {

    private Find() {
    }

    public static <C> C byId(Component root, String id, Class<C> type) {
        return find(root, id).map(type::cast).orElseThrow(() -> new AssertionError("nothing has the id " + id));
    }

    private static Optional<Component> find(Component root, String id) {
        return root.getChildren()
                .map(child -> id.equals(child.getId().orElse(null)) ? Optional.of(child) : find(child, id))
                .flatMap(Optional::stream)
                .findFirst();
    }
}
