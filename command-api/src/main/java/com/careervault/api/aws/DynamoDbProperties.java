package com.careervault.api.aws;

import com.careervault.contracts.dynamodb.EmailReservationsTable;
import com.careervault.contracts.dynamodb.RateLimitsTable;
import com.careervault.contracts.dynamodb.ReadModel;
import com.careervault.contracts.dynamodb.ResumesTable;
import com.careervault.contracts.dynamodb.SessionsTable;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The read model's location: endpoint (empty on AWS), table names, and how long one call may take;
 * plus the API's own guard tables ({@code sessionsTable}, {@code emailReservationsTable}, {@code rateLimitsTable}, {@code resumesTable})
 * and whether the API creates those at start-up.
 */
@ConfigurationProperties("careervault.dynamodb")
public record DynamoDbProperties(String endpoint, String jobsTable, String usersTable, String sessionsTable,
        String companySearchTable, String jobTagsTable, String insightsTable, String emailReservationsTable,
        String rateLimitsTable, String resumesTable, Duration callTimeout, boolean createTables) {

    public DynamoDbProperties {
        jobsTable = jobsTable == null || jobsTable.isBlank() ? ReadModel.Jobs.DEFAULT_TABLE : jobsTable;
        usersTable = usersTable == null || usersTable.isBlank() ? ReadModel.Users.DEFAULT_TABLE : usersTable;
        sessionsTable = sessionsTable == null || sessionsTable.isBlank() ? SessionsTable.DEFAULT_TABLE
                : sessionsTable;
        companySearchTable = companySearchTable == null || companySearchTable.isBlank()
                ? ReadModel.CompanySearch.DEFAULT_TABLE : companySearchTable;
        jobTagsTable = jobTagsTable == null || jobTagsTable.isBlank() ? ReadModel.JobTags.DEFAULT_TABLE : jobTagsTable;
        insightsTable = insightsTable == null || insightsTable.isBlank() ? ReadModel.Insights.DEFAULT_TABLE
                : insightsTable;
        emailReservationsTable = emailReservationsTable == null || emailReservationsTable.isBlank()
                ? EmailReservationsTable.DEFAULT_TABLE : emailReservationsTable;
        rateLimitsTable = rateLimitsTable == null || rateLimitsTable.isBlank() ? RateLimitsTable.DEFAULT_TABLE
                : rateLimitsTable;
        resumesTable = resumesTable == null || resumesTable.isBlank() ? ResumesTable.DEFAULT_TABLE : resumesTable;
        callTimeout = callTimeout == null ? Duration.ofSeconds(3) : callTimeout;
    }
}
