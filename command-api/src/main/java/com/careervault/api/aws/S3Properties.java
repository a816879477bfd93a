package com.careervault.api.aws;

import com.careervault.contracts.aws.S3Settings;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code careervault.s3.*}: how the API reaches the S3 API (documents). Env {@code S3_ENDPOINT},
 * {@code S3_PATH_STYLE}, {@code S3_CHUNKED_ENCODING}, {@code S3_CALL_TIMEOUT}; see {@link S3Settings} for each.
 * On AWS all stay empty: the region's endpoint, virtual-hosted addressing, the SDK's defaults.
 */
@ConfigurationProperties("careervault.s3")
public record S3Properties(String endpoint, Boolean pathStyle, Boolean chunkedEncoding, Duration callTimeout) {

    public S3Settings settings() {
        return new S3Settings(endpoint, pathStyle, chunkedEncoding, callTimeout);
    }
}
