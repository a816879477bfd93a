package com.careervault.migration;

import com.careervault.contracts.dynamodb.DataKeysTable;
import com.careervault.contracts.dynamodb.EmailReservationsTable;
import com.careervault.contracts.privacy.ConfiguredMasterKey;
import com.careervault.contracts.privacy.DataKeysSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;

/**
 * Everything the migration is told. Each setting is a system property (what {@code exec:exec@mongo} passes on,
 * e.g. {@code -Dmongo.uri=...}) or else an environment variable (the services' names where they share one,
 * see docs/configuration.md), else a default that works against the devstack.
 *
 * @param mongoUri the old system's MongoDB (a connection string); null when reading {@code exportDir}
 * @param mongoDatabase the old system's database, {@code job_tracker} by default
 * @param exportDir a directory with mongoexport's {@code users.json} and {@code jobs.json}; null for a live read
 * @param dryRun read, check and report, but create and append nothing
 * @param rejectsFile where the rejected documents are written (JSON lines), replaced on every run
 * @param kafkaBootstrapServers the event log's brokers
 * @param eventSource the CloudEvents {@code source} of the events the migration appends
 * @param progressTopic the migration's own topic of committed progress (see {@link Progress})
 * @param transactionalId the producer's transactional id: fixed, so that a new run fences a killed one
 * @param batchSize events per Kafka transaction
 * @param batchPause a pause after each job batch, to spare a busy production cluster (0 by default)
 * @param awsRegion region of the DynamoDB and Cognito clients
 * @param awsAccessKeyId static credentials for the emulators only; empty means the SDK's default chain
 * @param awsSecretAccessKey likewise
 * @param dynamoDbEndpoint endpoint override (dynalite by default); null (set empty) means AWS
 * @param emailReservationsTable the API's table of email reservations
 * @param createTables create the email reservations and data keys tables when they are missing (devstack)
 * @param cognitoEndpoint endpoint override (cognito-local by default); null (set empty) means AWS
 * @param userPoolId the user pool; empty means the devstack's pool, looked up by its name
 * @param dataKeysTable the users' data keys (env {@code DYNAMODB_DATA_KEYS_TABLE}, as the services)
 * @param dataKeysMasterKey the master key that wraps the data keys (env {@code DATA_KEYS_MASTER_KEY}, the
 *        services' value); the devstack's public key by default, but only while {@code dynamoDbEndpoint} points
 *        at an emulator: against AWS it must be given (or {@code dataKeysKmsKeyArn}), since keys wrapped by the
 *        wrong master key could not be read by the services
 * @param dataKeysKmsKeyArn an AWS KMS key as the master key instead (env {@code DATA_KEYS_KMS_KEY_ARN})
 */
public record MigrationSettings(String mongoUri, String mongoDatabase, Path exportDir, boolean dryRun,
        Path rejectsFile, String kafkaBootstrapServers, String eventSource, String progressTopic,
        String transactionalId, int batchSize, Duration batchPause, String awsRegion, String awsAccessKeyId,
        String awsSecretAccessKey, String dynamoDbEndpoint, String emailReservationsTable, boolean createTables,
        String cognitoEndpoint, String userPoolId, String dataKeysTable, String dataKeysMasterKey,
        String dataKeysKmsKeyArn) {

    public static final String DEFAULT_PROGRESS_TOPIC = "careervault.migration.progress.v1";

    public MigrationSettings {
        if ((mongoUri == null) == (exportDir == null)) {
            throw new IllegalArgumentException(
                    "give exactly one of -Dmongo.uri=mongodb://... (a live MongoDB) and -Dmongo.export-dir=DIR "
                            + "(mongoexport's users.json and jobs.json)");
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("migration.batch-size must be at least 1");
        }
        if (dataKeysMasterKey == null && dataKeysKmsKeyArn == null) {
            throw new IllegalArgumentException("set DATA_KEYS_MASTER_KEY or DATA_KEYS_KMS_KEY_ARN to the services' "
                    + "value: the personal fields of the events are encrypted with keys it wraps");
        }
    }

    /** Reads the settings from system properties, then environment variables, then the devstack defaults. */
    public static MigrationSettings from(Properties system, Map<String, String> env) {
        Lookup get = new Lookup(system, env);
        String exportDir = get.value("mongo.export-dir", "MONGO_EXPORT_DIR", null);
        String dryRun = get.value("dry-run", "MIGRATION_DRY_RUN", "false");
        String dynamoDbEndpoint = get.endpoint("dynamodb.endpoint", "DYNAMODB_ENDPOINT", "http://127.0.0.1:4567");
        return new MigrationSettings(
                get.value("mongo.uri", "MONGO_URI", null),
                get.value("mongo.database", "MONGO_DATABASE", "job_tracker"),
                exportDir == null ? null : Path.of(exportDir),
                // -Ddry-run alone means true
                dryRun.isEmpty() || Boolean.parseBoolean(dryRun),
                Path.of(get.value("migration.rejects-file", "MIGRATION_REJECTS_FILE", "migration-rejects.jsonl")),
                get.value("kafka.bootstrap-servers", "KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092"),
                get.value("migration.event-source", "MIGRATION_EVENT_SOURCE", "/careervault/migration"),
                get.value("migration.progress-topic", "MIGRATION_PROGRESS_TOPIC", DEFAULT_PROGRESS_TOPIC),
                get.value("migration.transactional-id", "MIGRATION_TRANSACTIONAL_ID", "careervault-migration"),
                Integer.parseInt(get.value("migration.batch-size", "MIGRATION_BATCH_SIZE", "500")),
                duration(get.value("migration.batch-pause", "MIGRATION_BATCH_PAUSE", "0s")),
                get.value("aws.region", "AWS_DEFAULT_REGION", "us-east-1"),
                get.value("aws.access-key-id", "AWS_ACCESS_KEY_ID", null),
                get.value("aws.secret-access-key", "AWS_SECRET_ACCESS_KEY", null),
                dynamoDbEndpoint,
                get.value("dynamodb.email-reservations-table", "DYNAMODB_EMAIL_RESERVATIONS_TABLE",
                        EmailReservationsTable.DEFAULT_TABLE),
                Boolean.parseBoolean(get.value("dynamodb.create-tables", "DYNAMODB_CREATE_TABLES", "false")),
                get.endpoint("cognito.endpoint", "COGNITO_ENDPOINT", "http://127.0.0.1:9229"),
                get.value("cognito.user-pool-id", "COGNITO_USER_POOL_ID", null),
                get.value("dynamodb.data-keys-table", "DYNAMODB_DATA_KEYS_TABLE", DataKeysTable.DEFAULT_TABLE),
                // the devstack's public key only against an emulator: never wrap real users' keys with it
                get.value("data-keys.master-key", "DATA_KEYS_MASTER_KEY",
                        dynamoDbEndpoint != null ? ConfiguredMasterKey.DEVSTACK_NOT_FOR_PRODUCTION : null),
                get.value("data-keys.kms-key-arn", "DATA_KEYS_KMS_KEY_ARN", null));
    }

    /**
     * The data keys as the services configure them: same table and master key, default cache (one minute,
     * 10,000 users: the migration writes each user's events together, so one key read per user).
     */
    public DataKeysSettings dataKeys() {
        return new DataKeysSettings(dataKeysTable, dataKeysMasterKey, dataKeysKmsKeyArn, null, 0);
    }

    /** {@code 300ms}, {@code 2s}, {@code 1m}, {@code 1h} (as the services' settings), or ISO-8601 {@code PT0.3S}. */
    static Duration duration(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)\\s*(ms|s|m|h)").matcher(text.strip());
        if (!m.matches()) {
            return Duration.parse(text.strip());
        }
        long amount = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            default -> Duration.ofHours(amount);
        };
    }

    /** As a record's, but never with the master key or the secret access key (whoever has them reads the data). */
    @Override
    public String toString() {
        return "MigrationSettings[source=" + sourceDescription() + ", dryRun=" + dryRun + ", kafka="
                + kafkaBootstrapServers + ", dynamoDbEndpoint=" + dynamoDbEndpoint + ", cognitoEndpoint="
                + cognitoEndpoint + ", dataKeysTable=" + dataKeysTable + ", masterKey="
                + (dataKeysKmsKeyArn != null ? dataKeysKmsKeyArn : "(configured)") + "]";
    }

    /** Where the documents come from, for the summary. */
    public String sourceDescription() {
        return exportDir != null ? "mongoexport files in " + exportDir
                : "MongoDB database " + mongoDatabase + " (live)";
    }

    /** A property, else an environment variable, else the default; empty counts as unset for optional ones. */
    private record Lookup(Properties system, Map<String, String> env) {

        String value(String property, String variable, String fallback) {
            String value = system.getProperty(property);
            if (value == null || (value.isBlank() && !"dry-run".equals(property))) {
                value = env.get(variable);
            }
            return value == null || value.isBlank() && !"dry-run".equals(property) ? fallback : value.strip();
        }

        /** An endpoint override: the devstack's when unset, none (AWS) when set to the empty string. */
        String endpoint(String property, String variable, String fallback) {
            String value = system.containsKey(property) ? system.getProperty(property) : env.get(variable);
            if (value == null) {
                return fallback;
            }
            return value.isBlank() ? null : value.strip();
        }
    }
}
