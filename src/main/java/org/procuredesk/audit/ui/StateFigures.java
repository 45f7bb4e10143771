package org.procuredesk.audit.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.procuredesk.system.Formats;

/** How many instances of a version are running, completed, cancelled and stuck on an incident: {@code audit-<state>}. */
class StateFigures extends HorizontalLayout {

    static final List<String> STATES = List.of("RUNNING", "COMPLETED", "CANCELLED", "WITH_INCIDENTS");

    private final Formats formats;
    private final Map<String, Span> figures = new LinkedHashMap<>();

    StateFigures(Formats formats) {
        this.formats = formats;
        setId("audit-states");
        STATES.forEach(state -> {
            Span figure = new Span();
            figure.setId("audit-" + state.toLowerCase(Locale.ROOT).replace('_', '-'));
            figure.getStyle().set("font-weight", "bold");
            figures.put(state, figure);
            add(new Span(getTranslation("audit.state." + state)), figure);
        });
    }

    void show(Map<String, Long> instancesByState) {
        figures.forEach((state, figure) -> figure.setText(formats.number(instancesByState.getOrDefault(state, 0L),
                getLocale())));
    }
}
