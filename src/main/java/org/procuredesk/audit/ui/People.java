package org.procuredesk.audit.ui;

import com.vaadin.flow.component.Component;

/** Who did something, as a reader knows them: their name, else their user name, else ProcureDesk itself. */
final class People {

    private People() {
    }

    static String who(Component reader, String username, String name) {
        if (name != null && !name.isBlank()) {
            return name;
        }
        return username == null || username.isBlank() ? reader.getTranslation("audit.byProcureDesk") : username;
    }
}
