package org.procuredesk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A headless Debian Chromium driven through Debian's chromedriver (nothing is downloaded), against
 * the running test application. Screenshots go to {@code target/screenshots/}.
 */
public abstract class BrowserTest {

    public static final String CHROMIUM = System.getProperty("procuredesk.chromium", "/usr/bin/chromium");
    public static final String CHROMEDRIVER = System.getProperty("procuredesk.chromedriver", "/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Pattern APPLICATION_NUMBER = Pattern.compile("APP-\\d{4}-\\d{6}");

    protected static ChromeDriver browser;

    @LocalServerPort
    protected int port;

    @BeforeAll
    static void openBrowser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1400,900", "--lang=en-GB");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile()).build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    protected void forgetPreviousVisitor() {
        browser.get(url("/login"));
        browser.manage().deleteAllCookies();
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected WebDriverWait waitUpTo(int seconds) {
        return new WebDriverWait(browser, Duration.ofSeconds(seconds));
    }

    /** Signs in through the login form and waits for the main navigation. */
    protected void signIn(String username, String password) {
        browser.get(url("/login"));
        WebElement user = waitUpTo(30).until(
                ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-login-form input[name='username']")));
        user.sendKeys(username);
        browser.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(password);
        browser.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
    }

    protected void signInAndWait(String username) {
        signIn(username, HttpTestClient.DEMO_PASSWORD);
        waitUpTo(30).until(ExpectedConditions.presenceOfElementLocated(By.id("main-navigation")));
    }

    /** The paths of the navigation entries the signed-in person is shown. */
    protected List<String> navigationPaths() {
        return browser.findElements(By.cssSelector("#main-navigation vaadin-side-nav-item")).stream()
                .map(item -> item.getDomProperty("path"))
                .toList();
    }

    /** Clicks the element; when something (e.g. Vaadin's development tools) lies over it, clicks it from JavaScript. */
    protected void click(WebElement element) {
        try {
            element.click();
        } catch (ElementClickInterceptedException covered) {
            browser.executeScript("arguments[0].click()", element);
        }
    }

    protected void click(By locator) {
        click(waitUpTo(20).until(ExpectedConditions.elementToBeClickable(locator)));
    }

    /** Types into the native input (or text area) inside a Vaadin field, and leaves it so its value is sent. */
    protected void type(String fieldId, String text) {
        WebElement input = waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#" + fieldId + " input, #" + fieldId + " textarea")));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.TAB);
    }

    /** Chooses an item of a Vaadin combo box by typing its label, waiting until it is offered, and pressing Enter. */
    protected void choose(String comboBoxId, String label) {
        WebElement input = waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#" + comboBoxId + " input")));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), label);
        // the list is filtered on the server: Enter takes the item once it has arrived, not whatever was first before
        WebElement comboBox = browser.findElement(By.id(comboBoxId));
        waitUpTo(20).until(driver -> Boolean.TRUE.equals(browser.executeScript("const box = arguments[0];"
                + " return !box.loading && (box.filteredItems || []).some(item => item && item.label === arguments[1]);",
                comboBox, label)));
        input.sendKeys(Keys.ENTER);
    }

    /** Sets a Vaadin date picker to an ISO date, as if it had been picked. */
    protected void pickDate(String datePickerId, LocalDate date) {
        WebElement picker = browser.findElement(By.id(datePickerId));
        browser.executeScript("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new CustomEvent('change', {bubbles: true}));", picker, date.toString());
    }

    /** Waits for a grid cell showing the text. */
    protected WebElement gridCell(String text) {
        return waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + text + "']")));
    }

    /** Waits until the grid lists this many rows, e.g. once a filter it was given has reached the server. */
    protected void waitForRows(String gridId, long rows) {
        WebElement grid = waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(By.id(gridId)));
        waitUpTo(20).until(driver -> Long.valueOf(rows).equals(browser.executeScript("return arguments[0].size", grid)));
    }

    protected String textOf(String id) {
        return waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(By.id(id))).getText();
    }

    protected void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /**
     * Enters a one-line planned application for the Bucharest head office and submits it.
     *
     * @param category  the category's label, e.g. {@code Laptop}
     * @param total     the total as the form shows it, e.g. {@code 4,200.00}
     * @return the path of the submitted application's page
     */
    protected String submitApplication(String category, String description, String unitPrice, String total) {
        browser.get(url("/applications/new"));
        choose("request-deliveryBranchId", "Bucharest head office");
        type("request-justification", "The current one no longer starts");
        pickDate("request-neededBy", LocalDate.now().plusDays(30));
        click(By.xpath("//vaadin-radio-button[contains(., 'Planned')]"));
        choose("line-0-category", category);
        type("line-0-description", description);
        type("line-0-quantity", "1");
        type("line-0-estimatedUnitPrice", unitPrice);
        waitUpTo(10).until(ExpectedConditions.textToBePresentInElementLocated(By.id("application-total"), total));
        screenshot("application-filled-" + category.toLowerCase(Locale.ROOT));
        click(By.id("application-submit"));
        waitUpTo(30).until(ExpectedConditions.urlMatches("/applications/\\d+$"));
        return browser.getCurrentUrl().substring(browser.getCurrentUrl().indexOf("/applications/"));
    }

    /** The number of the application whose page is open. */
    protected String applicationNumberShown() {
        Matcher number = APPLICATION_NUMBER.matcher(textOf("application-number"));
        if (!number.find()) {
            throw new AssertionError("the application's number is not shown");
        }
        return number.group();
    }
}
