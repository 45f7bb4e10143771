package org.procuredesk.approval.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.procuredesk.system.Message;
import org.procuredesk.system.MessageTexts;

/** Why an approval deserves a closer look, one badge each, in the reader's language. */
class WarningBadges extends VerticalLayout {

    WarningBadges(List<Message> warnings, MessageTexts texts) {
        setPadding(false);
        setSpacing(false);
        setDefaultHorizontalComponentAlignment(FlexComponent.Alignment.START);
        warnings.forEach(warning -> {
            Span badge = new Span(texts.write(warning, getLocale()));
            badge.getElement().setAttribute("theme", "badge contrast");
            badge.getStyle().set("white-space", "normal").set("margin-bottom", "var(--lumo-space-xs)");
            add(badge);
        });
    }
}
