package com.careervault.enricher.dynamodb;

import com.careervault.contracts.dynamodb.EnrichmentsTable;
import com.careervault.contracts.dynamodb.ReadModel;
import com.careervault.contracts.dynamodb.ResumesTable;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The tables the enricher reads and writes, and how the DynamoDB client behaves.
 *
 * @param endpoint empty for real AWS; a URL for dynalite or DynamoDB Local
 * @param jobsTable the projector's read model of jobs: read only (live jobs, their description hash, position
 *        and current {@code ai.event_id})
 * @param resumesTable the command API's resumes: read only
 * @param enrichmentsTable the enricher's own memo of provider answers
 * @param createTables create the enrichments and resumes tables when missing (devstack only: the command API
 *        owns the resumes table, but the enricher may start first)
 * @param apiCallAttemptTimeout one HTTP attempt; bounded so that a frozen endpoint fails fast and is retried
 * @param apiCallTimeout one call including the SDK's own retries
 * @param maxConcurrency open connections to DynamoDB
 */
@ConfigurationProperties("careervault.dynamodb")
public record DynamoDbProperties(
        String endpoint,
        @DefaultValue(ReadModel.Jobs.DEFAULT_TABLE) String jobsTable,
        @DefaultValue(ResumesTable.DEFAULT_TABLE) String resumesTable,
        @DefaultValue(EnrichmentsTable.DEFAULT_TABLE) String enrichmentsTable,
        @DefaultValue("false") boolean createTables,
        @DefaultValue("2s") Duration apiCallAttemptTimeout,
        @DefaultValue("5s") Duration apiCallTimeout,
        @DefaultValue("16") int maxConcurrency) {

    /** An environment variable set but empty (DYNAMODB_JOBS_TABLE=) means the default, as in the other services. */
    public DynamoDbProperties {
        jobsTable = orDefault(jobsTable, ReadModel.Jobs.DEFAULT_TABLE);
        resumesTable = orDefault(resumesTable, ResumesTable.DEFAULT_TABLE);
        enrichmentsTable = orDefault(enrichmentsTable, EnrichmentsTable.DEFAULT_TABLE);
    }

    public Optional<URI> endpointOverride() {
        return endpoint == null || endpoint.isBlank() ? Optional.empty() : Optional.of(URI.create(endpoint.trim()));
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.trim();
    }
}
