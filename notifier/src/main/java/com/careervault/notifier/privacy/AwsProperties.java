package com.careervault.notifier.privacy;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the notifier's AWS calls (the data-key table, KMS) go and as whom, as in the projector: without an
 * access key id the SDK's default provider chain is used (environment, profile, instance role); the devstack
 * sets a static key. Env {@code AWS_DEFAULT_REGION}.
 */
@ConfigurationProperties("careervault.aws")
public record AwsProperties(@DefaultValue("us-east-1") String region, String accessKeyId, String secretAccessKey) {

    public AwsProperties {
        region = region == null || region.isBlank() ? "us-east-1" : region.trim();
    }

    public boolean hasStaticCredentials() {
        return accessKeyId != null && !accessKeyId.isBlank();
    }
}
