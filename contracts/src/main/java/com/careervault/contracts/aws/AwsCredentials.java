package com.careervault.contracts.aws;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/** The credentials every service gives its AWS clients, from the services' {@code AWS_ACCESS_KEY_ID} settings. */
public final class AwsCredentials {

    private AwsCredentials() {
    }

    /**
     * Static keys when {@code accessKeyId} is set (the emulators, which check no signature, or a deliberate
     * choice); otherwise the SDK's default chain (environment, profile, ECS/EC2 role, web identity).
     */
    public static AwsCredentialsProvider of(String accessKeyId, String secretAccessKey) {
        return accessKeyId != null && !accessKeyId.isBlank()
                ? StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId,
                        secretAccessKey == null ? "" : secretAccessKey))
                : DefaultCredentialsProvider.builder().build();
    }
}
