package com.careervault.migration;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/** The credentials of every AWS client the migration makes (Cognito, DynamoDB, KMS). */
final class AwsAccess {

    private AwsAccess() {
    }

    /** The static keys when given; any static key for the emulators (they check no signature); else the SDK's chain. */
    static AwsCredentialsProvider credentials(MigrationSettings settings) {
        if (settings.awsAccessKeyId() != null) {
            return StaticCredentialsProvider.create(AwsBasicCredentials.create(settings.awsAccessKeyId(),
                    settings.awsSecretAccessKey() == null ? "" : settings.awsSecretAccessKey()));
        }
        return settings.dynamoDbEndpoint() != null || settings.cognitoEndpoint() != null
                ? StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"))
                : DefaultCredentialsProvider.builder().build();
    }
}
