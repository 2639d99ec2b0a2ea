package org.paperkg.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.paperkg.graph.LineageFixture;
import org.paperkg.model.PKG;
import org.paperkg.query.SavedQueries;
import org.paperkg.query.SavedQuery;

class PaperkgServerTest {

    private static final String EXTENDS_QUERY = "PREFIX pkg: <" + PKG.NAMESPACE + "> "
            + "SELECT ?m ?base WHERE { ?m pkg:extends ?base } ORDER BY ?m";

    private final HttpClient http = HttpClient.newHttpClient();
    private final Dataset dataset = LineageFixture.dataset();
    private PaperkgServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private PaperkgServer start(PaperkgServer.Builder builder) {
        server = builder.dataset(dataset).port(0).queries(SavedQueries.builtIn()).build().start();
        return server;
    }

    @Test
    void sparqlEndpointQueriesTheUnionOfPaperGraphs() throws Exception {
        start(PaperkgServer.builder());

        HttpResponse<String> json = get(server.sparqlUrl() + "?query=" + encode(EXTENDS_QUERY),
                "application/sparql-results+json");

        assertThat(json.statusCode()).isEqualTo(200);
        JsonNode bindings = new ObjectMapper().readTree(json.body()).at("/results/bindings");
        assertThat(bindings).hasSize(3);
        assertThat(bindings.findValuesAsText("value")).contains(LineageFixture.DINO, LineageFixture.DEFORMABLE_DETR);
        assertThat(server.url()).startsWith("http://127.0.0.1:");
    }

    @Test
    void sparqlEndpointAnswersCsvByAccept() throws Exception {
        start(PaperkgServer.builder());

        HttpResponse<String> csv = get(server.sparqlUrl() + "?query=" + encode(EXTENDS_QUERY), "text/csv");

        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.body().lines()).first().isEqualTo("m,base");
        assertThat(csv.body()).contains(LineageFixture.FOCUS_DETR + "," + LineageFixture.DETR);
    }

    @Test
    void endpointRefusesUpdatesAndUploads() throws Exception {
        start(PaperkgServer.builder());
        String update = "INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }";
        long before = Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().stream().count());

        int viaSparql = post(server.sparqlUrl(), "application/sparql-update", update).statusCode();
        int viaUpdate = post(server.url() + "paperkg/update", "application/sparql-update", update).statusCode();
        int viaGsp = post(server.url() + "paperkg/get?default", "text/turtle", "<urn:x:a> <urn:x:b> <urn:x:c> .").statusCode();
        int viaDataset = post(server.url() + "paperkg", "text/turtle", "<urn:x:a> <urn:x:b> <urn:x:c> .").statusCode();

        assertThat(List.of(viaSparql, viaUpdate, viaGsp, viaDataset)).allSatisfy(s -> assertThat(s).isBetween(400, 499));
        assertThat(Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().stream().count())).isEqualTo(before);
    }

    @Test
    void graphStoreProtocolReadsOnePaperGraph() throws Exception {
        start(PaperkgServer.builder());
        String paper = "https://w3id.org/paperkg/id/paper/dino";

        HttpResponse<String> ttl = get(server.url() + "paperkg/get?graph=" + encode(paper), "text/turtle");

        assertThat(ttl.statusCode()).isEqualTo(200);
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(ttl.body().getBytes(StandardCharsets.UTF_8))).lang(Lang.TURTLE).parse(graph);
        assertThat(graph.contains(NodeFactory.createURI(LineageFixture.DINO), PKG.extends_.asNode(),
                NodeFactory.createURI(LineageFixture.DEFORMABLE_DETR))).isTrue();
        assertThat(graph.contains(NodeFactory.createURI(LineageFixture.FOCUS_DETR), null, null)).isFalse();
    }

    @Test
    void graphStoreProtocolReadsTheUnionOfAllPapers() throws Exception {
        start(PaperkgServer.builder());

        HttpResponse<String> nt = get(server.url() + "paperkg/get?graph=union", "application/n-triples");

        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(nt.body().getBytes(StandardCharsets.UTF_8))).lang(Lang.NTRIPLES).parse(graph);
        assertThat(graph.contains(NodeFactory.createURI(LineageFixture.FOCUS_DETR), PKG.extends_.asNode(),
                NodeFactory.createURI(LineageFixture.DETR))).isTrue();
        assertThat(graph.contains(NodeFactory.createURI(LineageFixture.DINO), PKG.extends_.asNode(),
                NodeFactory.createURI(LineageFixture.DEFORMABLE_DETR))).isTrue();
    }

    @Test
    void resultsAreCutToTheRowCapAndSaySo() throws Exception {
        start(PaperkgServer.builder().maxRows(5));

        HttpResponse<String> all = get(server.sparqlUrl() + "?query=" + encode("SELECT * { ?s ?p ?o }"),
                "application/sparql-results+json");
        HttpResponse<String> small = get(server.sparqlUrl() + "?query=" + encode("SELECT * { ?s ?p ?o } LIMIT 2"),
                "application/sparql-results+json");

        assertThat(new ObjectMapper().readTree(all.body()).at("/results/bindings")).hasSize(5);
        assertThat(all.headers().firstValue(CappedQueryProcessor.ROW_LIMIT_HEADER)).contains("5");
        assertThat(new ObjectMapper().readTree(small.body()).at("/results/bindings")).hasSize(2);
        assertThat(small.headers().firstValue(CappedQueryProcessor.ROW_LIMIT_HEADER)).isEmpty();
    }

    @Test
    void slowQueryIsStoppedByTheTimeout() throws Exception {
        start(PaperkgServer.builder().timeout(Duration.ofMillis(500)));
        String crossJoin = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";

        long t0 = System.nanoTime();
        HttpResponse<String> response = get(server.sparqlUrl() + "?query=" + encode(crossJoin),
                "application/sparql-results+json");
        long millis = (System.nanoTime() - t0) / 1_000_000;

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(millis).isLessThan(5_000);
    }

    @Test
    void savedQueriesAreHeldToTheSameTimeoutAndRowCap() throws Exception {
        SavedQuery slow = SavedQueries.parse("slow", "# title: Slow\n"
                + "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }");
        SavedQuery all = SavedQueries.parse("all", "# title: All\nSELECT * { ?s ?p ?o }");
        server = PaperkgServer.builder().dataset(dataset).port(0).timeout(Duration.ofMillis(500)).maxRows(4)
                .queries(List.of(slow, all)).build().start();

        HttpResponse<String> stopped = get(server.url() + "api/queries/slow", "application/json");
        HttpResponse<String> capped = get(server.url() + "api/queries/all", "text/csv");

        assertThat(stopped.statusCode()).isEqualTo(503);
        assertThat(new ObjectMapper().readTree(stopped.body()).get("error").asText()).contains("timeout");
        assertThat(capped.body().lines()).hasSize(1 + 4);
    }

    @Test
    void corsLetsPagesOnOtherOriginsQuery() throws Exception {
        start(PaperkgServer.builder());

        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create(server.sparqlUrl() + "?query=" + encode(EXTENDS_QUERY)))
                .header("Origin", "http://example.org").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isPresent();
    }

    @Test
    void servesTheLineagePageAndCytoscapeFromTheClasspath() throws Exception {
        start(PaperkgServer.builder());

        HttpResponse<String> page = get(server.url(), "text/html");
        HttpResponse<String> cytoscape = get(server.url() + "web/cytoscape.min.js", "*/*");
        HttpResponse<String> other = get(server.url() + "web/..%2F..%2Fetc%2Fpasswd", "*/*");

        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).contains("<html");
        assertThat(cytoscape.statusCode()).isEqualTo(200);
        assertThat(cytoscape.body()).contains("cytoscape");
        assertThat(other.statusCode()).isBetween(400, 404);
    }

    @Test
    void aTakenPortIsReportedByNumber() {
        start(PaperkgServer.builder());
        PaperkgServer second = PaperkgServer.builder().dataset(dataset).port(server.port()).build();

        assertThatThrownBy(second::start).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("127.0.0.1:" + server.port()).hasMessageContaining("--port");
        second.close();
    }

    @Test
    void builderRejectsBadSettingsNamingTheValue() {
        assertThatThrownBy(() -> PaperkgServer.builder().dataset(dataset).port(70_000).build())
                .hasMessageContaining("70000");
        assertThatThrownBy(() -> PaperkgServer.builder().dataset(dataset).timeout(Duration.ZERO).build())
                .hasMessageContaining("PT0S");
        assertThatThrownBy(() -> PaperkgServer.builder().dataset(dataset).maxRows(0).build())
                .hasMessageContaining("0");
        assertThatThrownBy(() -> PaperkgServer.builder().dataset(dataset).host("no-such-host.invalid").build())
                .hasMessageContaining("no-such-host.invalid");
        assertThatThrownBy(() -> PaperkgServer.builder().build()).hasMessageContaining("dataset");
    }

    private HttpResponse<String> get(String url, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String url, String contentType, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
