package org.procuredesk.reliability;

import java.util.Map;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Counts, in every page and frame the browser opens from now on, what an injected script would do: calls of
 * {@code alert}, {@code confirm} and {@code prompt} (answered without a dialog) and assignments to the marker
 * {@code xss}. Installed through the DevTools protocol before any script of a page runs; the count is kept in the
 * tab's session storage, so it survives page loads, and frames of another origin report it by message.
 */
final class ScriptWatch {

    private static final String COUNTER = "xss-calls";
    private static final String WATCH = """
            (() => {
              const report = () => {
                try {
                  top.sessionStorage.setItem('%1$s', String(Number(top.sessionStorage.getItem('%1$s') || 0) + 1));
                } catch (otherOrigin) {
                  top.postMessage('%1$s', '*');
                }
              };
              for (const name of ['alert', 'confirm', 'prompt']) {
                window[name] = function () { report(); return name === 'confirm' ? false : null; };
              }
              Object.defineProperty(window, 'xss', { get: () => undefined, set: report });
              if (window === top) {
                addEventListener('message', (message) => { if (message.data === '%1$s') report(); });
              }
            })();
            """.formatted(COUNTER);

    private final ChromeDriver browser;

    private ScriptWatch(ChromeDriver browser) {
        this.browser = browser;
    }

    static ScriptWatch installIn(ChromeDriver browser) {
        browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", WATCH));
        return new ScriptWatch(browser);
    }

    /** How many calls and marker assignments were counted since the last {@link #reset()}. */
    long calls() {
        return ((Number) browser.executeScript(
                "return Number(sessionStorage.getItem(arguments[0]) || 0)", COUNTER)).longValue();
    }

    void reset() {
        browser.executeScript("sessionStorage.removeItem(arguments[0])", COUNTER);
    }

    /** Whether a real dialog is open: one the watch did not catch. */
    boolean dialogOpen() {
        try {
            browser.switchTo().alert();
            return true;
        } catch (NoAlertPresentException none) {
            return false;
        }
    }
}
