package com.careervault.devstack;

import java.nio.file.Path;

/**
 * Where the devstack keeps its data and which loopback ports it uses; port 0
 * picks a free one. {@code persistent} keeps dynalite's tables on disk (Kafka,
 * cognito-local and s3rver always keep theirs in {@code dataDir}).
 */
public record DevStackOptions(Path dataDir, boolean persistent, int kafkaPort, int kafkaControllerPort,
        int dynamoDbPort, int cognitoPort, int smtpPort, int s3Port) {

    /** For tests: a fresh temporary directory, in-memory tables, free ports. */
    public static DevStackOptions forTests(Path dataDir) {
        return new DevStackOptions(dataDir, false, 0, 0, 0, 0, 0, 0);
    }

    /** For the interactive run: data kept in {@code dataDir}, well-known ports. */
    public static DevStackOptions interactive(Path dataDir) {
        return new DevStackOptions(dataDir, true, 9092, 9093, 4567, 9229, 3025, 4568);
    }
}
