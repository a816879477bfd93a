package com.careervault.projector.dynamodb;

import com.careervault.contracts.dynamodb.ReadModel;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The contacts table ({@code DYNAMODB_CONTACTS_TABLE}, default {@code CareerVault-Contacts}).
 * A record of its own under {@code careervault.dynamodb}, so that {@link DynamoDbProperties} keeps its shape.
 */
@ConfigurationProperties("careervault.dynamodb")
public record ContactsProperties(String contactsTable) {

    public ContactsProperties {
        contactsTable = contactsTable == null || contactsTable.isBlank()
                ? ReadModel.Contacts.DEFAULT_TABLE : contactsTable.trim();
    }
}
