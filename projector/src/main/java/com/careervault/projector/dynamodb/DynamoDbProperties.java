package com.careervault.projector.dynamodb;

import com.careervault.contracts.dynamodb.ReadModel;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The read-model tables and how the DynamoDB client behaves.
 *
 * @param endpoint empty for real AWS; a URL for dynalite or DynamoDB Local
 * @param insightsTable the latest statistics record per user, from the analytics topic
 * @param createTables create missing tables at start-up (devstack, rebuilds into fresh tables)
 * @param apiCallAttemptTimeout one HTTP attempt; bounded so that a frozen endpoint fails fast and is retried
 * @param apiCallTimeout one call including the SDK's own retries
 * @param maxConcurrency open connections to DynamoDB, the ceiling on writes in flight
 */
@ConfigurationProperties("careervault.dynamodb")
public record DynamoDbProperties(
        String endpoint,
        @DefaultValue(ReadModel.Jobs.DEFAULT_TABLE) String jobsTable,
        @DefaultValue(ReadModel.Users.DEFAULT_TABLE) String usersTable,
        @DefaultValue(ReadModel.CompanySearch.DEFAULT_TABLE) String companySearchTable,
        @DefaultValue(ReadModel.JobTags.DEFAULT_TABLE) String jobTagsTable,
        @DefaultValue(ReadModel.Insights.DEFAULT_TABLE) String insightsTable,
        @DefaultValue("false") boolean createTables,
        @DefaultValue("2s") Duration apiCallAttemptTimeout,
        @DefaultValue("5s") Duration apiCallTimeout,
        @DefaultValue("64") int maxConcurrency) {

    /** An environment variable set but empty (DYNAMODB_JOBS_TABLE=) means the default, as in the command API. */
    public DynamoDbProperties {
        jobsTable = jobsTable == null || jobsTable.isBlank() ? ReadModel.Jobs.DEFAULT_TABLE : jobsTable.trim();
        usersTable = usersTable == null || usersTable.isBlank() ? ReadModel.Users.DEFAULT_TABLE : usersTable.trim();
        companySearchTable = companySearchTable == null || companySearchTable.isBlank()
                ? ReadModel.CompanySearch.DEFAULT_TABLE : companySearchTable.trim();
        jobTagsTable = jobTagsTable == null || jobTagsTable.isBlank()
                ? ReadModel.JobTags.DEFAULT_TABLE : jobTagsTable.trim();
        insightsTable = insightsTable == null || insightsTable.isBlank()
                ? ReadModel.Insights.DEFAULT_TABLE : insightsTable.trim();
    }

    public Optional<URI> endpointOverride() {
        return endpoint == null || endpoint.isBlank() ? Optional.empty() : Optional.of(URI.create(endpoint.trim()));
    }
}
