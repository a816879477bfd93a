package com.careervault.projector.dynamodb;

import com.careervault.contracts.dynamodb.ReadModel;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The contacts table ({@code DYNAMODB_CONTACTS_TABLE}, default {@code CareerVault-Contacts}) and the interviews
 * table it reads held interviews from ({@code DYNAMODB_INTERVIEWS_TABLE}, default {@code CareerVault-Interviews}).
 * A record of its own under {@code careervault.dynamodb}, so that {@link DynamoDbProperties} keeps its shape.
 */
@ConfigurationProperties("careervault.dynamodb")
public record ContactsProperties(String contactsTable, String interviewsTable) {

    public ContactsProperties {
        contactsTable = contactsTable == null || contactsTable.isBlank()
                ? ReadModel.Contacts.DEFAULT_TABLE : contactsTable.trim();
        interviewsTable = interviewsTable == null || interviewsTable.isBlank()
                ? ReadModel.Interviews.DEFAULT_TABLE : interviewsTable.trim();
    }
}
