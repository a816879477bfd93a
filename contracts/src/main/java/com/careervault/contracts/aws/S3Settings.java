package com.careervault.contracts.aws;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.S3BaseClientBuilder;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * How every CareerVault process reaches the S3 API: the one place where S3 clients are set up, so that the
 * devstack (s3rver), Docker (LocalStack or MinIO) and AWS differ by these settings alone. A service binds its
 * {@code careervault.s3.*} settings to this record; region and credentials come from its
 * {@code careervault.aws.*} settings ({@link AwsCredentials}).
 *
 * @param endpoint the S3 API's base URL (env {@code S3_ENDPOINT}, e.g. {@code http://127.0.0.1:4568}); blank =
 *        AWS's own endpoint for the region
 * @param pathStyle {@code http://host/bucket/key} rather than {@code http://bucket.host/key} (env
 *        {@code S3_PATH_STYLE}); null = path style exactly when an endpoint is set (the emulators cannot
 *        resolve bucket subdomains of 127.0.0.1), virtual-hosted on AWS, which is deprecating path style
 * @param chunkedEncoding send upload bodies as signed {@code aws-chunked} streams, the SDK's default (env
 *        {@code S3_CHUNKED_ENCODING}); null = off exactly when an endpoint is set. s3rver 3.7.1 does not decode
 *        {@code aws-chunked}: it stores the chunk headers and signatures as part of the object, so the
 *        synchronous client's uploads over {@code http://} come back longer than sent (docs/documents.md).
 *        Off, the SDK signs the whole payload, and sends its checksum (CRC32 or the one given) as a header
 * @param callTimeout how long one S3 call may take, retries included (null = 30 seconds: an upload of a
 *        file of a few megabytes on a slow link)
 */
public record S3Settings(String endpoint, Boolean pathStyle, Boolean chunkedEncoding, Duration callTimeout) {

    public S3Settings {
        endpoint = endpoint == null || endpoint.isBlank() ? null : endpoint.trim();
        callTimeout = callTimeout == null ? Duration.ofSeconds(30) : callTimeout;
        if (callTimeout.isNegative() || callTimeout.isZero()) {
            throw new IllegalArgumentException("S3_CALL_TIMEOUT must be positive");
        }
        if (endpoint != null && !isHttpUrl(endpoint)) {
            throw new IllegalArgumentException("S3_ENDPOINT must be an absolute http(s) URL: " + endpoint);
        }
    }

    private static boolean isHttpUrl(String endpoint) {
        try {
            URI uri = new URI(endpoint);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** The endpoint override, empty on AWS. */
    public Optional<URI> endpointOverride() {
        return Optional.ofNullable(endpoint).map(URI::create);
    }

    /** Whether clients address buckets in the path ({@link #pathStyle} resolved). */
    public boolean usesPathStyle() {
        return pathStyle != null ? pathStyle : endpoint != null;
    }

    /** Whether upload bodies are sent {@code aws-chunked} ({@link #chunkedEncoding} resolved). */
    public boolean usesChunkedEncoding() {
        return chunkedEncoding != null ? chunkedEncoding : endpoint == null;
    }

    /**
     * Applies these settings, the region and the credentials to any S3 client builder (synchronous or
     * asynchronous; the caller picks the HTTP client).
     */
    public <B extends S3BaseClientBuilder<B, ?>> B configure(B builder, String region,
            AwsCredentialsProvider credentials) {
        builder.region(Region.of(region))
                .credentialsProvider(credentials)
                .serviceConfiguration(serviceConfiguration())
                .overrideConfiguration(ClientOverrideConfiguration.builder().apiCallTimeout(callTimeout).build());
        endpointOverride().ifPresent(builder::endpointOverride);
        return builder;
    }

    /** An asynchronous client (the SDK's Netty HTTP client); the caller closes it. */
    public S3AsyncClient asyncClient(String region, AwsCredentialsProvider credentials) {
        return configure(S3AsyncClient.builder(), region, credentials).build();
    }

    /** A presigner that signs URLs for the same endpoint, addressing and credentials; the caller closes it. */
    public S3Presigner presigner(String region, AwsCredentialsProvider credentials) {
        S3Presigner.Builder builder = S3Presigner.builder()
                .region(Region.of(region))
                .credentialsProvider(credentials)
                .serviceConfiguration(serviceConfiguration());
        endpointOverride().ifPresent(builder::endpointOverride);
        return builder.build();
    }

    private S3Configuration serviceConfiguration() {
        return S3Configuration.builder()
                .pathStyleAccessEnabled(usesPathStyle())
                .chunkedEncodingEnabled(usesChunkedEncoding())
                .build();
    }
}
