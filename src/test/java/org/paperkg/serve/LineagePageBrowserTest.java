package org.paperkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.paperkg.graph.LineageFixture;
import org.paperkg.query.SavedQueries;

/** The lineage page in Debian's headless Chromium: search, draw, click, read the evidence, re-centre. */
class LineagePageBrowserTest {

    private static final Path SCREENSHOT = Path.of("target", "screenshots", "lineage.png");

    private PaperkgServer server;
    private LineagePage page;

    @BeforeEach
    void start(@TempDir Path profile) {
        page = LineagePage.open(profile);
        server = PaperkgServer.builder().dataset(LineageFixture.dataset()).port(0)
                .queries(SavedQueries.builtIn()).build().start();
    }

    @AfterEach
    void stop() {
        if (page != null) {
            page.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void searchDrawsTheLineageAndClicksShowEvidenceAndRecentre() throws Exception {
        page.browser.get(server.url());

        // Search with autocompletion.
        page.browser.findElement(By.id("method")).sendKeys("Deform");
        WebElement suggestion = page.wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//ul[@id='suggestions']/li[text()='Deformable DETR']")));
        suggestion.click();
        page.waitForLineageOf(LineageFixture.DEFORMABLE_DETR);

        // Drawn: Deformable DETR, DETR above it, DINO below, DN-DETR beside DINO, COCO, AP, the task.
        assertThat(page.js("return paperkg.cy.nodes().map(n => n.data('label')).sort()")).isEqualTo(List.of(
                "AP", "COCO", "DETR", "DINO", "DN-DETR", "Deformable DETR", "object detection"));
        assertThat(page.js("return paperkg.cy.edges().length")).isEqualTo(9L);
        assertThat(page.js("return paperkg.cy.$id(arguments[0]).position('y') < paperkg.cy.$id(arguments[1]).position('y')"
                + " && paperkg.cy.$id(arguments[1]).position('y') < paperkg.cy.$id(arguments[2]).position('y')",
                LineageFixture.DETR, LineageFixture.DEFORMABLE_DETR, LineageFixture.DINO))
                .as("ancestor above, descendant below").isEqualTo(true);
        assertThat(page.js("const r = paperkg.cy.container().getBoundingClientRect();"
                + "return paperkg.cy.nodes().every(n => { const p = n.renderedPosition();"
                + " return p.x > 0 && p.y > 0 && p.x < r.width && p.y < r.height; })"))
                .as("every node inside the view").isEqualTo(true);

        // Clicking an edge shows its evidence sentence, confidence and paper.
        page.clickOn(LineageFixture.DINO + " extends " + LineageFixture.DEFORMABLE_DETR, true);
        WebElement details = page.browser.findElement(By.id("details"));
        page.wait.until(ExpectedConditions.textToBePresentInElement(details,
                "We present DINO, a DETR-like detector that improves over Deformable DETR."));
        assertThat(details.getText()).contains("confidence 0.80", "DINO: DETR with Improved DeNoising Anchor Boxes");

        // Clicking a node offers to re-centre on it; following the link shows DETR's lineage.
        page.clickOn(LineageFixture.DETR, false);
        page.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#details a.recenter"))).click();
        page.waitForLineageOf(LineageFixture.DETR);
        assertThat(page.js("return paperkg.cy.nodes().map(n => n.data('label'))")).asList()
                .contains("Focus-DETR", "Deformable DETR", "DINO");
        assertThat(page.browser.getCurrentUrl()).contains("method=" + URLEncoder.encode(
                LineageFixture.DETR, StandardCharsets.UTF_8));

        // A result edge shows the reported value.
        page.clickOn(LineageFixture.FOCUS_DETR + " improves " + LineageFixture.AP, true);
        page.wait.until(ExpectedConditions.textToBePresentInElement(details, "50.4 (+2.2) on COCO"));
        assertThat(details.getText()).contains("Focus-DETR reaches 50.4 AP on COCO, +2.2 AP over Sparse DETR.");

        assertThat(Files.size(page.screenshot(SCREENSHOT))).isGreaterThan(10_000);
    }

    @Test
    void unknownMethodSaysSoInsteadOfDrawing() {
        page.browser.get(server.url() + "?method=YOLOv9");

        page.wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-state", "error"));
        assertThat(page.browser.findElement(By.id("message")).getText()).contains("no method 'YOLOv9'");
        assertThat(page.js("return paperkg.cy.nodes().length")).isEqualTo(0L);
    }
}
