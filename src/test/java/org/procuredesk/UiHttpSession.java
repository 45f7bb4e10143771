package org.procuredesk;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser's UI session spoken over plain HTTP: signed in through the sign-in form (its CSRF token from the page,
 * as Vaadin's meta tag or Spring Security's hidden field), then Vaadin's own requests: {@link #open} bootstraps a UI
 * at a location ({@code ?v-r=init}), {@link #uidl} sends it a UIDL message, {@link #openView} does both as a browser
 * opening a view does.
 */
public final class UiHttpSession {

    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\":(\\d+)");
    private static final Pattern SYNC_ID = Pattern.compile("\"syncId\":(\\d+)");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*?(?:content|value)=\"([^\"]+)\"");

    private final HttpTestClient http;
    private final String cookie;

    private UiHttpSession(HttpTestClient http, String cookie) {
        this.http = http;
        this.cookie = cookie;
    }

    /** Signed in as a browser would: the sign-in page, then its form posted; fails unless the sign-in succeeded. */
    public static UiHttpSession signIn(HttpTestClient http, String username, String password) {
        HttpResponse<String> form = http.get("/login");
        String token = find(form.body(), CSRF);
        HttpResponse<String> signedIn = http.send(http.request("/login").header("Cookie", sessionCookie(form))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=" + password
                        + "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8)))
                .build());
        String landing = signedIn.headers().firstValue("Location").orElse("");
        if (signedIn.statusCode() != 302 || landing.contains("error")) {
            throw new IllegalStateException(username + " could not sign in: " + signedIn.statusCode() + " " + landing);
        }
        return new UiHttpSession(http, sessionCookie(signedIn));
    }

    /** The session cookie ({@code JSESSIONID=...}). */
    public String cookie() {
        return cookie;
    }

    /** A new UI bootstrapped at the location (a route, e.g. {@code tasks}), as a browser opening that page does. */
    public HttpResponse<String> open(String location) {
        return http.send(http.request("/?v-r=init&location=" + URLEncoder.encode(location, StandardCharsets.UTF_8))
                .header("Cookie", cookie).GET().build());
    }

    /**
     * A view opened as a browser opens it: a UI bootstrapped at the route, then its client-side router navigating
     * there (with the UI's security key), then the browser's next message (here one with nothing to do; a browser's
     * grid asks for its rows). Vaadin keeps each UI's last answer to send again should the client repeat a message:
     * after the next message that is a small one, not the whole view. Answers the navigation: the view's components.
     */
    public HttpResponse<String> openView(String route) {
        HttpResponse<String> bootstrap = open(route);
        String uiId = find(bootstrap.body(), UI_ID);
        String securityKey = ",\"csrfToken\":\"" + securityKey(bootstrap) + "\"";
        HttpResponse<String> view = uidl(uiId, navigation(route, securityKey));
        uidl(uiId, "{\"rpc\":[],\"syncId\":" + find(view.body(), SYNC_ID) + ",\"clientId\":1" + securityKey + "}");
        return view;
    }

    /** The security key Vaadin gave the UI it bootstrapped, which each of its UIDL messages must carry. */
    public static String securityKey(HttpResponse<String> bootstrap) {
        return find(bootstrap.body(), SECURITY_KEY);
    }

    /**
     * The first UIDL message of a bootstrapped UI: its router navigating to the route; {@code securityKey} is the
     * message's {@code ,"csrfToken":"..."} part, or none.
     */
    public static String navigation(String route, String securityKey) {
        return "{\"rpc\":[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + route
                + "\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":1},\"trigger\":\"\"}}],"
                + "\"syncId\":0,\"clientId\":0" + securityKey + "}";
    }

    /** A UIDL message to the session's first UI. */
    public HttpResponse<String> uidl(String message) {
        return uidl("0", message);
    }

    private HttpResponse<String> uidl(String uiId, String message) {
        return http.send(http.request("/?v-r=uidl&v-uiId=" + uiId).header("Cookie", cookie)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(message)).build());
    }

    private static String find(String text, Pattern pattern) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? matcher.group(1) : "";
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
    }
}
