package org.paperkg.serve;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.paperkg.testing.ExternalTool;

/** The lineage page driven in Debian's headless Chromium through chromedriver (tests). */
final class LineagePage implements AutoCloseable {

    /** Selenium warns that it has no DevTools build for Debian's Chromium; the tests do not use DevTools. */
    private static final List<Logger> QUIET = List.of(Logger.getLogger("org.openqa.selenium.devtools"),
            Logger.getLogger("org.openqa.selenium.chromium"));

    final ChromeDriver browser;
    final WebDriverWait wait;

    private LineagePage(ChromeDriver browser) {
        this.browser = browser;
        this.wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    /** Starts Chromium with a fresh profile; skips the test when it is not installed (fails in CI). */
    static LineagePage open(Path profile) {
        QUIET.forEach(l -> l.setLevel(Level.SEVERE));
        Path chromium = ExternalTool.require("/usr/bin/chromium", "chromium");
        Path chromedriver = ExternalTool.require("/usr/bin/chromedriver", "chromium-driver");
        ChromeOptions options = new ChromeOptions().setBinary(chromium.toFile()).addArguments(
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,900", "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile()).usingAnyFreePort().build();
        return new LineagePage(new ChromeDriver(service, options));
    }

    void waitForLineageOf(String iri) {
        wait.until(d -> "loaded".equals(d.findElement(By.tagName("body")).getDomAttribute("data-state"))
                && iri.equals(js("return paperkg.center")));
    }

    /** A real mouse click on a node, or on an edge's label, where Cytoscape drew it. */
    @SuppressWarnings("unchecked")
    void clickOn(String id, boolean edge) {
        Map<String, Object> at = (Map<String, Object>) js("const e = paperkg.cy.$id(arguments[0]);"
                + "const p = arguments[1] ? e.renderedMidpoint() : e.renderedPosition();"
                + "const r = paperkg.cy.container().getBoundingClientRect();"
                + "return {x: p.x - r.width / 2, y: p.y - r.height / 2};", id, edge);
        WebElement canvas = browser.findElement(By.id("cy"));
        new Actions(browser).moveToElement(canvas, (int) Math.round(((Number) at.get("x")).doubleValue()),
                (int) Math.round(((Number) at.get("y")).doubleValue())).click().perform();
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    /** Saves what the browser shows, for a person to look at. */
    Path screenshot(Path file) throws java.io.IOException {
        Files.createDirectories(file.getParent());
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
        return file;
    }

    @Override
    public void close() {
        browser.quit();
    }
}
