package org.paperkg.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.paperkg.extract.Extractor;
import org.paperkg.ingest.Ingestor;
import org.paperkg.input.PaperInputs;
import org.paperkg.model.Iris;
import org.paperkg.model.Kind;
import org.paperkg.query.SavedQueries;
import org.paperkg.store.PaperStore;

/** The lineage page on the graph built from the real seed abstracts, in headless Chromium. */
class LineagePageOnSeedGraphTest {

    private static final Path SEEDS = Path.of("../shared/seeds");
    private static final Path SCREENSHOT = Path.of("target", "screenshots", "lineage-seeds.png");

    private static PaperStore store;
    private static PaperkgServer server;

    @BeforeAll
    static void ingestTheSeeds() throws Exception {
        assumeTrue(Files.isDirectory(SEEDS), "needs ../shared/seeds");
        List<Path> files;
        try (Stream<Path> list = Files.list(SEEDS)) {
            files = list.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        store = PaperStore.inMemory();
        Extractor extractor = Extractor.create();
        try (Ingestor ingestor = new Ingestor(store, extractor::extract, 2, false, problem -> { }, () -> { })) {
            PaperInputs.read(files, ingestor::accept, rejection -> { });
            assertThat(ingestor.finish().stored()).isEqualTo(305);
        }
        server = PaperkgServer.builder().dataset(store.dataset()).port(0).queries(SavedQueries.builtIn()).build().start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
    }

    @Test
    void searchingDetrDrawsWhatBuildsOnItAndClickingShowsTheEvidence(@TempDir Path profile) throws Exception {
        String detr = Iris.entity(Kind.METHOD, "DETR");
        String focusDetr = Iris.entity(Kind.METHOD, "Focus-DETR");
        try (LineagePage page = LineagePage.open(profile)) {
            page.browser.get(server.url());
            page.browser.findElement(By.id("method")).sendKeys("DET");
            page.wait.until(ExpectedConditions.elementToBeClickable(
                    By.xpath("//ul[@id='suggestions']/li[text()='DETR']"))).click();
            page.waitForLineageOf(detr);

            assertThat(page.js("return paperkg.cy.nodes().map(n => n.data('label'))")).asList()
                    .contains("DETR", "Focus-DETR", "Co-DETR", "COCO");
            assertThat((Long) page.js("return paperkg.cy.edges().length")).isGreaterThanOrEqualTo(4L);

            page.clickOn(focusDetr + " extends " + detr, true);
            WebElement details = page.browser.findElement(By.id("details"));
            page.wait.until(ExpectedConditions.textToBePresentInElement(details, "Less is More: Focus Attention for Efficient DETR"));
            assertThat(details.getText()).contains("confidence");
            assertThat(Files.size(page.screenshot(SCREENSHOT))).isGreaterThan(10_000);
        }
    }
}
