package com.careervault.migration;

import com.careervault.contracts.dynamodb.EmailReservationsTable;
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
 * @param createTables create the email reservations table when it is missing (devstack)
 * @param cognitoEndpoint endpoint override (cognito-local by default); null (set empty) means AWS
 * @param userPoolId the user pool; empty means the devstack's pool, looked up by its name
 */
public record MigrationSettings(String mongoUri, String mongoDatabase, Path exportDir, boolean dryRun,
        Path rejectsFile, String kafkaBootstrapServers, String eventSource, String progressTopic,
        String transactionalId, int batchSize, Duration batchPause, String awsRegion, String awsAccessKeyId,
        String awsSecretAccessKey, String dynamoDbEndpoint, String emailReservationsTable, boolean createTables,
        String cognitoEndpoint, String userPoolId) {

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
    }

    /** Reads the settings from system properties, then environment variables, then the devstack defaults. */
    public static MigrationSettings from(Properties system, Map<String, String> env) {
        Lookup get = new Lookup(system, env);
        String exportDir = get.value("mongo.export-dir", "MONGO_EXPORT_DIR", null);
        String dryRun = get.value("dry-run", "MIGRATION_DRY_RUN", "false");
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
                get.endpoint("dynamodb.endpoint", "DYNAMODB_ENDPOINT", "http://127.0.0.1:4567"),
                get.value("dynamodb.email-reservations-table", "DYNAMODB_EMAIL_RESERVATIONS_TABLE",
                        EmailReservationsTable.DEFAULT_TABLE),
                Boolean.parseBoolean(get.value("dynamodb.create-tables", "DYNAMODB_CREATE_TABLES", "false")),
                get.endpoint("cognito.endpoint", "COGNITO_ENDPOINT", "http://127.0.0.1:9229"),
                get.value("cognito.user-pool-id", "COGNITO_USER_POOL_ID", null));
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
