package org.procuredesk.notification.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.procuredesk.notification.NotificationView;
import org.procuredesk.notification.Notifications;
import org.procuredesk.system.Formats;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;

/**
 * The bell in the top bar: how many of the signed-in person's notifications are unread, counted again
 * on every navigation and, pushed to the open page, whenever they are told something. A click shows the
 * latest; choosing one marks it read and opens where it leads.
 */
@SpringComponent
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
public class NotificationBell extends Div implements AfterNavigationObserver {

    static final int LATEST = 20;
    private static final long MOST_SHOWN = 99;

    private final Notifications notifications;
    private final String username;
    private final Button bell = new Button(VaadinIcon.BELL.create());
    private final Span count = new Span();
    private final NotificationList list;
    private final LiveNotifications live;
    private Registration liveCount;

    NotificationBell(Notifications notifications, Formats formats, AuthenticationContext authentication,
                     LiveNotifications live) {
        this.notifications = notifications;
        this.live = live;
        this.username = authentication.getPrincipalName().orElseThrow();
        this.list = new NotificationList(formats, this::open, this::markAllRead);
        configureBell();
        list.setTarget(bell);
        list.addOpenedChangeListener(event -> {
            if (event.isOpened()) {
                showLatest();
            }
        });
        add(bell);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refreshCount();
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        UI ui = attach.getUI();
        liveCount = live.follow(username, () -> refreshCountIn(ui));
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        liveCount.remove();
    }

    /** Called from whichever thread told the person; the page was closed meanwhile when {@code ui} is detached. */
    private void refreshCountIn(UI ui) {
        try {
            ui.access(this::refreshCount);
        } catch (UIDetachedException closedMeanwhile) {
            liveCount.remove();
        }
    }

    private void configureBell() {
        bell.setId("notification-bell");
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        bell.setAriaLabel(getTranslation("notifications.title"));
        count.setId("notification-count");
        count.getElement().setAttribute("theme", "badge error small pill");
        bell.setSuffixComponent(count);
    }

    private void refreshCount() {
        long unread = notifications.unreadCount(username);
        count.setText(unread > MOST_SHOWN ? MOST_SHOWN + "+" : String.valueOf(unread));
        count.setVisible(unread > 0);
    }

    private void showLatest() {
        refreshCount();
        list.show(notifications.latest(username, LATEST, getLocale()));
    }

    private void open(NotificationView notification) {
        notifications.markRead(username, notification.id());
        list.close();
        refreshCount();
        if (notification.link() != null) {
            UI.getCurrent().navigate(notification.link());
        }
    }

    private void markAllRead() {
        notifications.markAllRead(username);
        showLatest();
    }
}
