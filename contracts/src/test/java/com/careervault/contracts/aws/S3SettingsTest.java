package com.careervault.contracts.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class S3SettingsTest {

    @Test
    void onAwsNothingIsOverridden() {
        S3Settings aws = new S3Settings(" ", null, null, null);

        assertThat(aws.endpoint()).isNull();
        assertThat(aws.endpointOverride()).isEmpty();
        assertThat(aws.usesPathStyle()).isFalse();
        assertThat(aws.usesChunkedEncoding()).isTrue();
        assertThat(aws.callTimeout()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void anEmulatorEndpointMeansPathStyleAndNoChunkedBodies() {
        S3Settings local = new S3Settings(" http://127.0.0.1:4568 ", null, null, Duration.ofSeconds(5));

        assertThat(local.endpointOverride()).contains(URI.create("http://127.0.0.1:4568"));
        assertThat(local.usesPathStyle()).isTrue();
        assertThat(local.usesChunkedEncoding()).isFalse();
        assertThat(local.callTimeout()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void explicitChoicesWinOverTheDefaults() {
        S3Settings minio = new S3Settings("https://s3.example.test", false, true, null);

        assertThat(minio.usesPathStyle()).isFalse();
        assertThat(minio.usesChunkedEncoding()).isTrue();
    }

    @Test
    void anEndpointThatIsNotAnAbsoluteUrlIsRefused() {
        assertThatThrownBy(() -> new S3Settings("127.0.0.1:4568", null, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("S3_ENDPOINT must be an absolute http(s) URL: 127.0.0.1:4568");
        assertThatThrownBy(() -> new S3Settings("ftp://127.0.0.1:4568", null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new S3Settings("s3rver", null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCallTimeoutThatIsNotPositiveIsRefused() {
        assertThatThrownBy(() -> new S3Settings(null, null, null, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("S3_CALL_TIMEOUT must be positive");
        assertThatThrownBy(() -> new S3Settings(null, null, null, Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
