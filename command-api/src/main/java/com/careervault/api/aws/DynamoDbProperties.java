package com.careervault.api.aws;

import com.careervault.contracts.dynamodb.ReadModel;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The read model's location: endpoint (empty on AWS), table names, and how long one call may take. */
@ConfigurationProperties("careervault.dynamodb")
public record DynamoDbProperties(String endpoint, String jobsTable, String usersTable, String companySearchTable,
        Duration callTimeout) {

    public DynamoDbProperties {
        jobsTable = jobsTable == null || jobsTable.isBlank() ? ReadModel.Jobs.DEFAULT_TABLE : jobsTable;
        usersTable = usersTable == null || usersTable.isBlank() ? ReadModel.Users.DEFAULT_TABLE : usersTable;
        companySearchTable = companySearchTable == null || companySearchTable.isBlank()
                ? ReadModel.CompanySearch.DEFAULT_TABLE : companySearchTable;
        callTimeout = callTimeout == null ? Duration.ofSeconds(3) : callTimeout;
    }
}
