package org.paperkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.paperkg.graph.LineageFixture;
import org.paperkg.query.SavedQueries;
import org.paperkg.testing.ExternalTool;

/** The lineage page in Debian's headless Chromium: search, draw, click, read the evidence, re-centre. */
class LineagePageBrowserTest {

    private static final Path SCREENSHOT = Path.of("target", "screenshots", "lineage.png");
    /** Selenium warns that it has no DevTools build for Debian's Chromium; the test does not use DevTools. */
    private static final List<Logger> QUIET = List.of(Logger.getLogger("org.openqa.selenium.devtools"),
            Logger.getLogger("org.openqa.selenium.chromium"));

    @BeforeAll
    static void quietDevToolsWarnings() {
        QUIET.forEach(l -> l.setLevel(Level.SEVERE));
    }

    private PaperkgServer server;
    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void start(@TempDir Path profile) {
        Path chromium = ExternalTool.require("/usr/bin/chromium", "chromium");
        Path chromedriver = ExternalTool.require("/usr/bin/chromedriver", "chromium-driver");
        server = PaperkgServer.builder().dataset(LineageFixture.dataset()).port(0)
                .queries(SavedQueries.builtIn()).build().start();
        ChromeOptions options = new ChromeOptions().setBinary(chromium.toFile()).addArguments(
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,900", "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void searchDrawsTheLineageAndClicksShowEvidenceAndRecentre() throws Exception {
        browser.get(server.url());

        // Search with autocompletion.
        browser.findElement(By.id("method")).sendKeys("Deform");
        WebElement suggestion = wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//ul[@id='suggestions']/li[text()='Deformable DETR']")));
        suggestion.click();
        waitForLineageOf(LineageFixture.DEFORMABLE_DETR);

        // Drawn: Deformable DETR, DETR above it, DINO below, DN-DETR beside DINO, COCO, AP, the task.
        assertThat(js("return paperkg.cy.nodes().map(n => n.data('label')).sort()")).isEqualTo(List.of(
                "AP", "COCO", "DETR", "DINO", "DN-DETR", "Deformable DETR", "object detection"));
        assertThat(js("return paperkg.cy.edges().length")).isEqualTo(9L);
        assertThat(js("return paperkg.cy.$id(arguments[0]).position('y') < paperkg.cy.$id(arguments[1]).position('y')"
                + " && paperkg.cy.$id(arguments[1]).position('y') < paperkg.cy.$id(arguments[2]).position('y')",
                LineageFixture.DETR, LineageFixture.DEFORMABLE_DETR, LineageFixture.DINO))
                .as("ancestor above, descendant below").isEqualTo(true);
        assertThat(js("const r = paperkg.cy.container().getBoundingClientRect();"
                + "return paperkg.cy.nodes().every(n => { const p = n.renderedPosition();"
                + " return p.x > 0 && p.y > 0 && p.x < r.width && p.y < r.height; })"))
                .as("every node inside the view").isEqualTo(true);

        // Clicking an edge shows its evidence sentence, confidence and paper.
        clickOn(LineageFixture.DINO + " extends " + LineageFixture.DEFORMABLE_DETR, true);
        WebElement details = browser.findElement(By.id("details"));
        wait.until(ExpectedConditions.textToBePresentInElement(details,
                "We present DINO, a DETR-like detector that improves over Deformable DETR."));
        assertThat(details.getText()).contains("confidence 0.80", "DINO: DETR with Improved DeNoising Anchor Boxes");

        // Clicking a node offers to re-centre on it; following the link shows DETR's lineage.
        clickOn(LineageFixture.DETR, false);
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#details a.recenter"))).click();
        waitForLineageOf(LineageFixture.DETR);
        assertThat(js("return paperkg.cy.nodes().map(n => n.data('label'))")).asList()
                .contains("Focus-DETR", "Deformable DETR", "DINO");
        assertThat(browser.getCurrentUrl()).contains("method=" + java.net.URLEncoder.encode(
                LineageFixture.DETR, java.nio.charset.StandardCharsets.UTF_8));

        // A result edge shows the reported value.
        clickOn(LineageFixture.FOCUS_DETR + " improves " + LineageFixture.AP, true);
        wait.until(ExpectedConditions.textToBePresentInElement(details, "50.4 (+2.2) on COCO"));
        assertThat(details.getText()).contains("Focus-DETR reaches 50.4 AP on COCO, +2.2 AP over Sparse DETR.");

        Files.createDirectories(SCREENSHOT.getParent());
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOT, StandardCopyOption.REPLACE_EXISTING);
        assertThat(Files.size(SCREENSHOT)).isGreaterThan(10_000);
    }

    @Test
    void unknownMethodSaysSoInsteadOfDrawing() {
        browser.get(server.url() + "?method=YOLOv9");

        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-state", "error"));
        assertThat(browser.findElement(By.id("message")).getText()).contains("no method 'YOLOv9'");
        assertThat(js("return paperkg.cy.nodes().length")).isEqualTo(0L);
    }

    private void waitForLineageOf(String iri) {
        wait.until(d -> "loaded".equals(d.findElement(By.tagName("body")).getDomAttribute("data-state"))
                && iri.equals(js("return paperkg.center")));
    }

    /** A real mouse click on a node, or on an edge's label, where Cytoscape drew it. */
    @SuppressWarnings("unchecked")
    private void clickOn(String id, boolean edge) {
        Map<String, Object> at = (Map<String, Object>) js("const e = paperkg.cy.$id(arguments[0]);"
                + "const p = arguments[1] ? e.renderedMidpoint() : e.renderedPosition();"
                + "const r = paperkg.cy.container().getBoundingClientRect();"
                + "return {x: p.x - r.width / 2, y: p.y - r.height / 2};", id, edge);
        WebElement canvas = browser.findElement(By.id("cy"));
        new Actions(browser).moveToElement(canvas, (int) Math.round(((Number) at.get("x")).doubleValue()),
                (int) Math.round(((Number) at.get("y")).doubleValue())).click().perform();
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }
}
