package org.paperkg.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperkg.cli.EndToEndTest.paperkg;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.provider.Arguments;
import org.paperkg.cli.EndToEndTest.Run;
import org.paperkg.query.SavedQueries;
import org.paperkg.query.SavedQuery;
import org.paperkg.store.StoreAudit;

/**
 * {@code paperkg serve} in its own JVM over the 25 bundled seed abstracts, on loopback: eight
 * clients at once get the same answers as one client alone, injection payloads in the saved-query
 * API match nothing, nobody can write to the store while it is served, and the store is unchanged.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServeUnderLoadTest {

    private static final int CLIENTS = 8;
    private static final Duration LOAD = Duration.ofSeconds(30);
    private static final Pattern SERVING = Pattern.compile("serving .* at (http://127\\.0\\.0\\.1:\\d+/)");
    /** Requests over the saved queries, the JSON API and SPARQL, each with a piece of its answer on the sample. */
    private static final Map<String, String> REQUESTS = Map.of(
            "api/queries/method-datasets?method=Focus-DETR&format=csv", "COCO",
            "api/queries/lineage-descendants?method=DETR&format=csv", "Co-DETR,1",
            "api/queries/top-datasets?format=csv", "ImageNet",
            "api/queries/leaderboard?format=csv", "Focus-DETR,COCO,AP,50.4",
            "api/methods?prefix=D", "\"DETR\"",
            "api/lineage?method=DETR", "Focus-DETR",
            "paperkg/sparql?query=" + encode("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"), "n");

    @TempDir
    static Path dir;

    private static Path db;
    private static Set<Quad> stored;
    /** What {@code paperkg query} answers to each saved-query request, read before the server holds the store. */
    private static final Map<String, String> cliAnswers = new LinkedHashMap<>();
    private static PaperkgProcess server;
    private static String url;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void serveTheSample() throws InterruptedException {
        db = dir.resolve("db");
        Run ingest = paperkg("ingest", "--db", db.toString(), "--no-progress", "samples/papers.jsonl");
        assertThat(ingest.status()).as(ingest.err()).isZero();
        stored = quads();
        for (String request : REQUESTS.keySet()) {
            cliAnswer(request).ifPresent(answer -> cliAnswers.put(request, answer));
        }
        server = PaperkgProcess.start(dir.resolve("serve.log"), "serve", "--db", db.toString(), "--port", "0");
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        for (Matcher m = SERVING.matcher(""); url == null; Thread.sleep(50)) {
            assertThat(server.isAlive()).as(server.output()).isTrue();
            assertThat(System.nanoTime()).as("server up within a minute").isLessThan(deadline);
            if (m.reset(server.output()).find()) {
                url = m.group(1);
            }
        }
    }

    @AfterAll
    static void stopTheServer() {
        if (server != null && server.isAlive()) {
            server.kill();
        }
    }

    @Test
    @Order(1)
    void nobodyCanIngestIntoTheStoreWhileItIsServed() {
        Run run = paperkg("ingest", "--db", db.toString(), "--no-progress", "samples/papers.jsonl");
        assertThat(run.status()).as(run.err()).isEqualTo(ExitCodes.STORE);
        assertThat(run.err()).contains("is in use by another paperkg process").hasLineCount(1);
    }

    @Test
    @Order(2)
    void eightClientsAtOnceGetTheSameAnswersAsOneClientAlone() throws Exception {
        List<String> requests = REQUESTS.keySet().stream().sorted().toList();
        Map<String, String> alone = new LinkedHashMap<>();
        for (String request : requests) {
            HttpResponse<String> response = get(request);
            assertThat(response.statusCode()).as(request + ": " + response.body()).isEqualTo(200);
            assertThat(response.body()).as(request).contains(REQUESTS.get(request));
            if (cliAnswers.containsKey(request)) {
                assertThat(response.body().lines().sorted()).as(request + ": the same rows as paperkg query")
                        .containsExactlyElementsOf(cliAnswers.get(request).lines().sorted().toList());
            }
            alone.put(request, response.body());
        }
        assertThat(cliAnswers).hasSize(4);

        Queue<String> failures = new ConcurrentLinkedQueue<>();
        Queue<Long> latencies = new ConcurrentLinkedQueue<>();
        long end = System.nanoTime() + LOAD.toNanos();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            running.add(clients.submit(() -> {
                for (int i = client; System.nanoTime() < end && failures.size() < 10; i++) {
                    String request = requests.get(i % requests.size());
                    long start = System.nanoTime();
                    try {
                        HttpResponse<String> response = get(request);
                        latencies.add((System.nanoTime() - start) / 1_000_000);
                        if (response.statusCode() != 200 || !response.body().equals(alone.get(request))) {
                            failures.add(request + " -> " + response.statusCode() + ": " + response.body());
                        }
                    } catch (IOException | InterruptedException e) {
                        failures.add(request + " -> " + e);
                    }
                }
            }));
        }
        for (Future<?> client : running) {
            client.get();
        }
        clients.shutdown();

        List<Long> sorted = latencies.stream().sorted().toList();
        System.out.printf("serve: %d clients, %d requests in %d s, median %d ms, p99 %d ms%n", CLIENTS, sorted.size(),
                LOAD.toSeconds(), sorted.get(sorted.size() / 2), sorted.get(sorted.size() * 99 / 100));
        assertThat(failures).isEmpty();
        assertThat(sorted).as("requests answered").hasSizeGreaterThan(CLIENTS * REQUESTS.size());
    }

    @Test
    @Order(3)
    void injectionPayloadsInTheSavedQueryApiMatchNothing() throws Exception {
        for (Arguments payload : QueryInjectionTest.payloads().toList()) {
            String value = (String) payload.get()[1];
            for (SavedQuery query : SavedQueries.builtIn()) {
                for (SavedQuery.Param param : query.params()) {
                    StringBuilder request = new StringBuilder("api/queries/" + query.name() + "?format=csv&"
                            + param.name() + "=" + encode(value));
                    query.params().stream().filter(p -> p.required() && !p.name().equals(param.name()))
                            .forEach(p -> request.append('&').append(p.name()).append("=COCO"));
                    HttpResponse<String> response = get(request.toString());
                    String label = payload.get()[0] + " in " + query.name() + " ?" + param.name();
                    assertThat(response.statusCode()).as(label + ": " + response.body()).isEqualTo(200);
                    assertThat(response.body().lines()).as(label + ": only the header").hasSize(1);
                }
            }
        }
    }

    @Test
    @Order(4)
    void theServerStopsOnSigtermAndTheStoreIsUnchanged() {
        server.terminate(Duration.ofSeconds(30));
        assertThat(quads()).isEqualTo(stored);
        assertThat(StoreAudit.incompletePapers(StoreAudit.copy(db))).isEmpty();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "text/csv").GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** For api/queries/NAME?a=b&format=csv, the output of paperkg query NAME --param a=b --format csv. */
    private static Optional<String> cliAnswer(String request) {
        Matcher m = Pattern.compile("api/queries/([a-z-]+)\\?(.*)").matcher(request);
        if (!m.matches()) {
            return Optional.empty();
        }
        List<String> args = new ArrayList<>(List.of("query", m.group(1), "--db", db.toString()));
        for (String pair : m.group(2).split("&")) {
            args.addAll(pair.startsWith("format=") ? List.of("--format", pair.substring(7)) : List.of("--param", pair));
        }
        Run run = paperkg(args.toArray(String[]::new));
        assertThat(run.status()).as(run.err()).isZero();
        return Optional.of(run.out());
    }

    private static Set<Quad> quads() {
        return StoreAudit.copy(db).stream().collect(Collectors.toSet());
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
