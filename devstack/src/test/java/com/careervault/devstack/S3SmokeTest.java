package com.careervault.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.careervault.contracts.aws.S3Settings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ChecksumAlgorithm;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * The S3 calls the object store makes, against the stack's S3-API server with the services' client set-up
 * ({@link S3Settings}): what docs/documents.md says works with s3rver and the AWS SDK for Java v2.
 */
@ExtendWith(DevStackExtension.class)
class S3SmokeTest {

    private static final byte[] BYTES = "%PDF-1.7 a resume, version 3\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    void putWithSha256ChecksumThenHeadGetListAndDeleteObjects(DevStack stack) throws Exception {
        String prefix = "smoke/" + UUID.randomUUID() + "/";
        String checksum = sha256Base64(BYTES);
        try (S3Client s3 = stack.s3()) {
            s3.putObject(r -> r.bucket(stack.documentsBucket()).key(prefix + "a").contentType("application/pdf")
                    .checksumAlgorithm(ChecksumAlgorithm.SHA256).checksumSHA256(checksum),
                    RequestBody.fromBytes(BYTES));
            s3.putObject(r -> r.bucket(stack.documentsBucket()).key(prefix + "b"), RequestBody.fromBytes(BYTES));

            HeadObjectResponse head = s3.headObject(r -> r.bucket(stack.documentsBucket()).key(prefix + "a"));
            ResponseBytes<GetObjectResponse> got = s3.getObjectAsBytes(
                    r -> r.bucket(stack.documentsBucket()).key(prefix + "a"));
            List<String> listed = s3.listObjectsV2(r -> r.bucket(stack.documentsBucket()).prefix(prefix)).contents()
                    .stream().map(S3Object::key).toList();
            s3.deleteObjects(r -> r.bucket(stack.documentsBucket()).delete(d -> d.objects(
                    ObjectIdentifier.builder().key(prefix + "a").build(),
                    ObjectIdentifier.builder().key(prefix + "b").build())));

            assertThat(head.contentLength()).isEqualTo(BYTES.length);
            assertThat(head.contentType()).isEqualTo("application/pdf");
            assertThat(got.asByteArray()).isEqualTo(BYTES);
            assertThat(listed).containsExactly(prefix + "a", prefix + "b");
            assertThat(s3.listObjectsV2(r -> r.bucket(stack.documentsBucket()).prefix(prefix)).keyCount())
                    .isZero();
            assertThatThrownBy(() -> s3.headObject(r -> r.bucket(stack.documentsBucket()).key(prefix + "a")))
                    .isInstanceOf(NoSuchKeyException.class);
        }
    }

    @Test
    void createBucketAndPresignedGetDownloadsWithAPlainHttpClient(DevStack stack) throws Exception {
        String bucket = "smoke-" + UUID.randomUUID();
        S3Settings settings = S3rver.settings(URI.create(stack.s3Endpoint()));
        try (S3Client s3 = stack.s3();
                S3Presigner presigner = settings.presigner("us-east-1", StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(Dynalite.ACCESS_KEY, Dynalite.SECRET_KEY)))) {
            s3.createBucket(r -> r.bucket(bucket));
            s3.putObject(r -> r.bucket(bucket).key("k"), RequestBody.fromBytes(BYTES));
            URI url = presigner.presignGetObject(p -> p.signatureDuration(Duration.ofMinutes(1))
                    .getObjectRequest(g -> g.bucket(bucket).key("k"))).url().toURI();

            HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(url).build(),
                    HttpResponse.BodyHandlers.ofByteArray());

            assertThat(url.toString()).startsWith(stack.s3Endpoint() + "/" + bucket + "/k?");
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo(BYTES);
            s3.deleteObject(r -> r.bucket(bucket).key("k"));
            s3.deleteBucket(r -> r.bucket(bucket));
        }
    }

    private static String sha256Base64(byte[] bytes) throws Exception {
        return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
