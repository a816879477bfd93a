package com.careervault.api.interviews;

import com.careervault.contracts.dynamodb.ReadModel;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the read model keeps interviews ({@code DYNAMODB_INTERVIEWS_TABLE}, default
 * {@code CareerVault-Interviews}). A record of its own under {@code careervault.dynamodb}, so that
 * {@code DynamoDbProperties} keeps its shape.
 */
@ConfigurationProperties("careervault.dynamodb")
public record InterviewsProperties(String interviewsTable) {

    public InterviewsProperties {
        interviewsTable = interviewsTable == null || interviewsTable.isBlank()
                ? ReadModel.Interviews.DEFAULT_TABLE : interviewsTable.trim();
    }
}
