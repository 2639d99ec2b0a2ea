package org.paperkg.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.apache.jena.fuseki.FusekiException;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.util.Context;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.paperkg.query.SavedQuery;

/**
 * The paperkg HTTP server: an embedded Fuseki with a read-only SPARQL endpoint over the store,
 * the saved-query and lineage JSON APIs, and the lineage web page.
 * <pre>
 * try (PaperkgServer server = PaperkgServer.builder().dataset(store.dataset()).port(0).build().start()) {
 *     server.sparqlUrl(); // http://127.0.0.1:PORT/paperkg/sparql
 * }
 * </pre>
 */
public final class PaperkgServer implements AutoCloseable {

    /** The dataset's path: SPARQL at {@code /paperkg/sparql}, Graph Store Protocol (read) at {@code /paperkg/get}. */
    public static final String DATASET_PATH = "/paperkg";
    public static final String LOOPBACK = "127.0.0.1";
    public static final int DEFAULT_PORT = 3030;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    /** Default ceiling on the rows of any SPARQL or saved-query result. */
    public static final int DEFAULT_MAX_ROWS = 10_000;

    private final FusekiServer fuseki;
    private final String host;
    private final int requestedPort;

    private PaperkgServer(FusekiServer fuseki, String host, int requestedPort) {
        this.fuseki = fuseki;
        this.host = host;
        this.requestedPort = requestedPort;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Starts listening; a port already taken is an {@link UncheckedIOException} naming it. */
    public PaperkgServer start() {
        try {
            fuseki.start();
        } catch (FusekiException e) {
            if (e.getCause() instanceof IOException io) {
                throw new UncheckedIOException("cannot listen on " + host + ":" + requestedPort + " ("
                        + io.getMessage() + "); is another server using it? Pick another --port", io);
            }
            throw e;
        }
        return this;
    }

    /** The port listened on (the one picked when built with port 0). */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** The server's root URL, e.g. {@code http://127.0.0.1:3030/}. */
    public String url() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + h + ":" + port() + "/";
    }

    public String sparqlUrl() {
        return url() + DATASET_PATH.substring(1) + "/sparql";
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    @Override
    public void close() {
        fuseki.stop();
    }

    /** Settings for a server; {@link #build()} checks them. */
    public static final class Builder {

        private Dataset dataset;
        private String host = LOOPBACK;
        private int port = DEFAULT_PORT;
        private Duration timeout = DEFAULT_TIMEOUT;
        private int maxRows = DEFAULT_MAX_ROWS;
        private List<SavedQuery> queries = List.of();

        private Builder() {
        }

        /** The store's dataset, whose default graph is the union of the paper graphs. */
        public Builder dataset(Dataset dataset) {
            this.dataset = dataset;
            return this;
        }

        /** The address to listen on; anything but loopback exposes the graph to the network. */
        public Builder host(String host) {
            this.host = host;
            return this;
        }

        /** The port; 0 picks a free one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** How long one query may run before it is stopped with an error. */
        public Builder timeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        /** The most rows a query answers; larger results are cut to this many. */
        public Builder maxRows(int maxRows) {
            this.maxRows = maxRows;
            return this;
        }

        /** The saved queries offered under {@code /api/queries}. */
        public Builder queries(List<SavedQuery> queries) {
            this.queries = queries;
            return this;
        }

        public PaperkgServer build() {
            Objects.requireNonNull(dataset, "dataset");
            Objects.requireNonNull(queries, "queries");
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("port must be in 0..65535: " + port);
            }
            if (timeout == null || timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("timeout must be positive: " + timeout);
            }
            if (maxRows < 1) {
                throw new IllegalArgumentException("maxRows must be positive: " + maxRows);
            }
            checkHost(host);

            Context endpointContext = new Context();
            endpointContext.set(ARQ.queryTimeout, Long.toString(timeout.toMillis()));
            DataService service = DataService.newBuilder(dataset.asDatasetGraph())
                    .addEndpoint(Endpoint.create().operation(Operation.Query).endpointName("sparql")
                            .processor(new CappedQueryProcessor(maxRows)).context(endpointContext).build())
                    .addEndpoint(Operation.GSP_R, "get")
                    .build();
            ApiContext api = new ApiContext(dataset, queries, timeout, maxRows);
            FusekiServer fuseki = FusekiServer.create()
                    .port(port)
                    .add(DATASET_PATH, service)
                    .enableCors(true)
                    .addServlet("/api/queries", new SavedQueryServlet(api))
                    .addServlet("/api/queries/*", new SavedQueryServlet(api))
                    .addServlet("/api/methods", new MethodsServlet(api))
                    .addServlet("/api/lineage", new LineageServlet(api))
                    .addServlet("", new WebResourceServlet())
                    .addServlet("/web/*", new WebResourceServlet())
                    .build();
            for (Connector connector : fuseki.getJettyServer().getConnectors()) {
                if (connector instanceof ServerConnector http) {
                    http.setHost(host);
                }
            }
            return new PaperkgServer(fuseki, host, port);
        }

        private static void checkHost(String host) {
            if (host == null || host.isBlank()) {
                throw new IllegalArgumentException("host must not be blank");
            }
            try {
                InetAddress.getByName(host);
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("unknown host to listen on: " + host, e);
            }
        }
    }

    /** True when the host only accepts connections from this machine. */
    public static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
