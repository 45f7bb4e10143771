package org.procuredesk.notification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import org.procuredesk.system.ApiPaths;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in person's notifications and e-mail preferences; notifications written in the language of {@code Accept-Language}. */
@RestController
@RequestMapping(ApiPaths.NOTIFICATIONS)
@Tag(name = "Notifications")
class NotificationEndpoints {

    static final int LATEST = 50;

    private final Notifications notifications;
    private final NotificationPreferences preferences;

    NotificationEndpoints(Notifications notifications, NotificationPreferences preferences) {
        this.notifications = notifications;
        this.preferences = preferences;
    }

    @GetMapping
    @Operation(summary = "My latest 50 notifications, newest first, read or not")
    List<NotificationView> mine(Principal principal, Locale locale) {
        return notifications.latest(principal.getName(), LATEST, locale);
    }

    @PostMapping("/{id}/read")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Mark one of my notifications as read")
    void read(Principal principal, @PathVariable long id) {
        notifications.markRead(principal.getName(), id);
    }

    @GetMapping("/preferences")
    @Operation(summary = "What I am e-mailed about")
    EmailPreferences myPreferences(Principal principal) {
        return preferences.preferences(principal.getName());
    }

    @PutMapping("/preferences")
    @Operation(summary = "Change what I am e-mailed about: e-mail at all, and the kinds never e-mailed")
    EmailPreferences changeMyPreferences(Principal principal, @RequestBody EmailPreferences changed) {
        return preferences.update(principal.getName(), changed);
    }
}
