package com.careervault.enricher.dynamodb;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the AWS calls go and as whom. Without an access key id the SDK's
 * default provider chain is used (environment, profile, instance role), which
 * is what a deployment on AWS wants; the devstack sets a static key.
 */
@ConfigurationProperties("careervault.aws")
public record AwsProperties(@DefaultValue("us-east-1") String region, String accessKeyId, String secretAccessKey) {

    /** AWS_DEFAULT_REGION set but empty means the default, as in the command API. */
    public AwsProperties {
        region = region == null || region.isBlank() ? "us-east-1" : region.trim();
    }

    public boolean hasStaticCredentials() {
        return accessKeyId != null && !accessKeyId.isBlank();
    }
}
