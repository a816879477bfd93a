package com.careervault.devstack;

import com.careervault.contracts.aws.S3Settings;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * s3rver, an S3-API server, as a child Node process on loopback, with the documents bucket created. Objects
 * live on disk under its data directory (s3rver has no in-memory store). Started through
 * {@code node/s3rver.js}, which lets the stack's static key ({@link Dynalite#ACCESS_KEY}) in: s3rver checks
 * the access key id, not the SigV4 signature. What works with the AWS SDK for Java v2, and what does not, is
 * in docs/documents.md.
 */
public final class S3rver implements AutoCloseable {

    /** The bucket the devstack creates for documents (the services' default {@code DOCUMENTS_BUCKET}). */
    public static final String DOCUMENTS_BUCKET = "careervault-documents";

    private final int port;
    private final ChildProcess process;

    S3rver(NodePrograms node, Path workDir, int port, Path dataDir) {
        this.port = port;
        this.process = new ChildProcess("s3rver", node.script("s3rver.js",
                "--directory", dataDir.toString(), "--address", "127.0.0.1", "--port", Integer.toString(port),
                "--silent", "--no-vhost-buckets", "--configure-bucket", DOCUMENTS_BUCKET),
                // s3rver encrypts ListObjectsV2 continuation tokens with DES, which OpenSSL 3 (Node 17+) keeps in
                // its legacy provider: without it every listing with more than max-keys keys answers 500
                workDir, Map.of("NODE_OPTIONS", "--openssl-legacy-provider"), workDir.resolve("s3rver.log"));
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    void start() {
        process.start();
        process.awaitPort(port, Duration.ofSeconds(30));
    }

    public void stop() {
        process.stop();
    }

    /** A synchronous SDK client for this s3rver, set up as the services set up theirs; the caller closes it. */
    public S3Client client() {
        return client(endpoint());
    }

    /** A synchronous SDK client for an S3-API endpoint with the stack's static credentials ({@link S3Settings}). */
    static S3Client client(URI endpoint) {
        return settings(endpoint).configure(S3Client.builder(), "us-east-1",
                StaticCredentialsProvider.create(AwsBasicCredentials.create(Dynalite.ACCESS_KEY, Dynalite.SECRET_KEY)))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    /** The services' S3 settings for an emulator at {@code endpoint}: path style, no {@code aws-chunked} bodies. */
    static S3Settings settings(URI endpoint) {
        return new S3Settings(endpoint.toString(), null, null, null);
    }

    @Override
    public void close() {
        stop();
    }
}
