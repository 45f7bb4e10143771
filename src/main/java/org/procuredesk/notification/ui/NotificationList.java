package org.procuredesk.notification.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.listbox.ListBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.List;
import java.util.function.Consumer;
import org.procuredesk.notification.NotificationView;
import org.procuredesk.system.Formats;

/** The latest notifications under the bell, unread ones in bold; choosing one hands it to {@code open}. */
class NotificationList extends Popover {

    private final Formats formats;
    private final ListBox<NotificationView> entries = new ListBox<>();
    private final Paragraph none = new Paragraph();

    NotificationList(Formats formats, Consumer<NotificationView> open, Runnable markAllRead) {
        this.formats = formats;
        setId("notification-list");
        setPosition(PopoverPosition.BOTTOM_END);
        setWidth("26rem");
        setAriaLabel(getTranslation("notifications.title"));
        none.setText(getTranslation("notifications.none"));
        none.setId("notifications-none");
        entries.setRenderer(new ComponentRenderer<>(this::entry));
        entries.addValueChangeListener(choice -> {
            if (choice.isFromClient() && choice.getValue() != null) {
                open.accept(choice.getValue());
            }
        });
        add(header(markAllRead), none, entries);
    }

    void show(List<NotificationView> latest) {
        entries.setItems(latest);
        none.setVisible(latest.isEmpty());
    }

    private HorizontalLayout header(Runnable markAllRead) {
        Button markAll = new Button(getTranslation("notifications.markAllRead"), click -> markAllRead.run());
        markAll.setId("notifications-mark-all-read");
        markAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        HorizontalLayout header = new HorizontalLayout(new H4(getTranslation("notifications.title")), markAll);
        header.setWidthFull();
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        return header;
    }

    private Component entry(NotificationView notification) {
        Span text = new Span(notification.text());
        Span when = new Span(formats.dateTime(notification.createdAt(), getLocale()));
        when.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Div entry = new Div(text, new Div(when));
        entry.setId("notification-" + notification.id());
        if (!notification.read()) {
            entry.addClassName("unread");
            text.getStyle().set("font-weight", "bold");
        }
        return entry;
    }
}
