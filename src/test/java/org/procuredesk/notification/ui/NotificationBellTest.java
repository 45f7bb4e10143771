package org.procuredesk.notification.ui;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.procuredesk.notification.Notifications;
import org.procuredesk.system.Formats;

/** The bell's part of the live count: it follows its person while on a page, and stops once off it. */
class NotificationBellTest {

    static final String PERSON = "ana.requester";

    private final LiveNotifications live = mock(LiveNotifications.class);
    private final Registration following = mock(Registration.class);
    /** Held here: Vaadin keeps the current UI only weakly. A UI without a session, as one already closed. */
    private final UI ui = new UI();
    private NotificationBell bell;

    @BeforeEach
    void makeBell() {
        UI.setCurrent(ui);
        AuthenticationContext authentication = mock(AuthenticationContext.class);
        when(authentication.getPrincipalName()).thenReturn(Optional.of(PERSON));
        when(live.follow(eq(PERSON), any())).thenReturn(following);
        bell = new NotificationBell(mock(Notifications.class), mock(Formats.class), authentication, live);
    }

    @AfterEach
    void closePage() {
        UI.setCurrent(null);
    }

    @Test
    void followsItsPersonFromAttachUntilDetach() {
        verify(live, never()).follow(any(), any());

        ui.add(bell);
        verify(live).follow(eq(PERSON), any());
        verify(following, never()).remove();

        ui.remove(bell);
        verify(following).remove();
    }

    @Test
    void stopsFollowingWhenToldAfterItsPageClosed() {
        ui.add(bell);
        ArgumentCaptor<Runnable> countAgain = ArgumentCaptor.forClass(Runnable.class);
        verify(live).follow(eq(PERSON), countAgain.capture());

        countAgain.getValue().run();

        verify(following).remove();
    }
}
