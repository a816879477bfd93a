package com.careervault.devstack;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * dynalite, a DynamoDB-API server, as a child Node process on loopback, with
 * the read-model tables created. In memory unless given a directory.
 * Started with {@code --createTableMs 0}: otherwise tables stay CREATING for
 * half a second and the SDK's table waiter sleeps 20 s.
 */
public final class Dynalite implements AutoCloseable {

    public static final String ACCESS_KEY = "local";
    public static final String SECRET_KEY = "local";

    private final int port;
    private final ChildProcess process;

    Dynalite(NodePrograms node, Path workDir, int port, Path dataDir) {
        this.port = port;
        List<String> command = new ArrayList<>(node.command("dynalite/cli.js",
                "--host", "127.0.0.1", "--port", Integer.toString(port), "--createTableMs", "0",
                "--deleteTableMs", "0", "--updateTableMs", "0"));
        if (dataDir != null) {
            command.addAll(List.of("--path", dataDir.toString()));
        }
        this.process = new ChildProcess("dynalite", command, workDir, Map.of(), workDir.resolve("dynalite.log"));
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    void start() {
        restart();
        try (DynamoDbClient client = client()) {
            StackResources.createTables(client);
        }
    }

    /** Starts dynalite again after {@link #stop()}. In-memory data does not survive a stop. */
    public void restart() {
        process.start();
        process.awaitPort(port, Duration.ofSeconds(30));
    }

    public void stop() {
        process.stop();
    }

    /** Freezes dynalite (SIGSTOP): connections hang, as with an unresponsive service. Data is kept. */
    public void suspend() {
        process.suspend();
    }

    public void resume() {
        process.resume();
    }

    /** A synchronous SDK client for this dynalite; the caller closes it. */
    public DynamoDbClient client() {
        return client(endpoint());
    }

    /** A synchronous SDK client for a DynamoDB-API endpoint with the stack's static credentials. */
    static DynamoDbClient client(URI endpoint) {
        return DynamoDbClient.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    @Override
    public void close() {
        stop();
    }
}
