package org.paperkg.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperkg.serve.PaperkgServerTest.encode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paperkg.graph.LineageFixture;
import org.paperkg.query.SavedQueries;

class ApiServletsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static PaperkgServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        server = PaperkgServer.builder().dataset(LineageFixture.dataset()).port(0)
                .queries(SavedQueries.builtIn()).build().start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void listsSavedQueriesWithTheirParameters() throws Exception {
        JsonNode list = JSON.readTree(get("api/queries", "application/json").body());

        assertThat(list.findValuesAsText("name")).containsAll(SavedQueries.builtIn().stream().map(q -> q.name()).toList());
        JsonNode descendants = find(list, "name", "lineage-descendants");
        assertThat(descendants.get("title").asText()).isNotBlank();
        assertThat(descendants.at("/parameters/0/name").asText()).isEqualTo("method");
        assertThat(descendants.at("/parameters/0/required").asBoolean()).isTrue();
    }

    @Test
    void runsASavedQueryWithABoundParameterAsSparqlJson() throws Exception {
        HttpResponse<String> response = get("api/queries/lineage-descendants?method=DETR", "*/*");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/sparql-results+json");
        JsonNode rows = JSON.readTree(response.body()).at("/results/bindings");
        assertThat(rows.findValuesAsText("value")).contains("Deformable DETR", "Focus-DETR", "DINO");
    }

    @Test
    void answersOnePageOfRowsChosenByLimitAndOffset() throws Exception {
        List<String> all = get("api/queries/lineage-descendants?method=DETR&format=csv&limit=0", "*/*").body()
                .lines().skip(1).toList();
        assertThat(all).hasSizeGreaterThan(2);
        assertThat(get("api/queries/lineage-descendants?method=DETR&format=csv", "*/*").body().lines().skip(1))
                .as("the default page holds up to 100 rows").isEqualTo(all);
        assertThat(get("api/queries/lineage-descendants?method=DETR&format=csv&offset=1&limit=1", "*/*").body()
                .lines().skip(1)).containsExactly(all.get(1));

        HttpResponse<String> bad = get("api/queries/lineage-descendants?method=DETR&limit=-3", "*/*");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("limit", "-3");
    }

    @Test
    void answersCsvByAcceptOrFormat() throws Exception {
        String byAccept = get("api/queries/lineage-descendants?method=DETR", "text/csv").body();
        String byFormat = get("api/queries/lineage-descendants?method=DETR&format=csv", "application/json").body();

        assertThat(byAccept).isEqualTo(byFormat);
        assertThat(byAccept.lines()).first().isEqualTo("descendant,depth,datasets");
        assertThat(byAccept).contains("DINO,2,COCO");
    }

    @Test
    void aParameterValueCannotChangeTheQuery() throws Exception {
        String injection = "DETR\" } UNION { ?m ?p ?o } #";

        HttpResponse<String> response = get("api/queries/lineage-descendants?method=" + encode(injection), "text/csv");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body().lines()).containsExactly("descendant,depth,datasets");
    }

    @Test
    void unknownQueryIs404AndBadParametersAre400WithJsonErrors() throws Exception {
        HttpResponse<String> unknown = get("api/queries/no-such-query", "*/*");
        HttpResponse<String> missing = get("api/queries/lineage-descendants", "*/*");
        HttpResponse<String> extra = get("api/queries/lineage-descendants?method=DETR&colour=red", "*/*");

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(unknown.body()).get("error").asText()).contains("no-such-query");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(missing.body()).get("error").asText())
                .contains("/api/queries/lineage-descendants?method=VALUE").doesNotContain("--param");
        assertThat(extra.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(extra.body()).get("error").asText()).contains("colour");
    }

    @Test
    void suggestsMethodsForAPrefix() throws Exception {
        JsonNode methods = JSON.readTree(get("api/methods?prefix=def", "*/*").body());

        assertThat(methods.findValuesAsText("label")).containsExactly("Deformable DETR");
        assertThat(methods.get(0).get("iri").asText()).isEqualTo(LineageFixture.DEFORMABLE_DETR);
    }

    @Test
    void lineageGivesCytoscapeElementsWithRolesAndEvidence() throws Exception {
        JsonNode lineage = JSON.readTree(get("api/lineage?method=" + encode("Deformable DETR") + "&depth=2", "*/*").body());

        assertThat(lineage.at("/center/iri").asText()).isEqualTo(LineageFixture.DEFORMABLE_DETR);
        JsonNode nodes = lineage.at("/elements/nodes");
        assertThat(find(nodes, "id", LineageFixture.DETR).at("/data/role").asText()).isEqualTo("ancestor");
        assertThat(find(nodes, "id", LineageFixture.DINO).at("/data/role").asText()).isEqualTo("descendant");
        assertThat(find(nodes, "id", LineageFixture.COCO).at("/data/type").asText()).isEqualTo("Dataset");
        JsonNode outperforms = find(lineage.at("/elements/edges"), "id",
                LineageFixture.DEFORMABLE_DETR + " outperforms " + LineageFixture.DETR);
        assertThat(outperforms.at("/data/support/0/evidence").asText()).contains("better performance than DETR");
        assertThat(outperforms.at("/data/support/0/paperTitle").asText()).startsWith("Deformable DETR:");
    }

    @Test
    void lineageOfAnUnknownMethodIs404AndABadDepthIs400() throws Exception {
        assertThat(get("api/lineage?method=YOLOv9", "*/*").statusCode()).isEqualTo(404);
        assertThat(get("api/lineage", "*/*").statusCode()).isEqualTo(400);
        assertThat(get("api/lineage?method=DETR&depth=99", "*/*").statusCode()).isEqualTo(400);
        assertThat(get("api/lineage?method=DETR&depth=two", "*/*").statusCode()).isEqualTo(400);
    }

    private HttpResponse<String> get(String path, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.url() + path)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The element of an array whose field (or data.field) has the value. */
    private static JsonNode find(JsonNode array, String field, String value) {
        List<JsonNode> hits = StreamSupport.stream(array.spliterator(), false)
                .filter(n -> value.equals(n.path(field).asText(null)) || value.equals(n.path("data").path(field).asText(null)))
                .toList();
        assertThat(hits).as("%s=%s", field, value).hasSize(1);
        return hits.get(0);
    }
}
