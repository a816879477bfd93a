package com.careervault.api.aws;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How to reach AWS. Static keys are for the devstack's emulators only; on AWS
 * leave them empty and the SDK's default chain (role, environment) is used.
 */
@ConfigurationProperties("careervault.aws")
public record AwsProperties(String region, String accessKeyId, String secretAccessKey) {

    public AwsProperties {
        region = region == null || region.isBlank() ? "us-east-1" : region;
    }

    public boolean hasStaticCredentials() {
        return accessKeyId != null && !accessKeyId.isBlank();
    }
}
