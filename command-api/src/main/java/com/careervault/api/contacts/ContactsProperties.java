package com.careervault.api.contacts;

import com.careervault.contracts.dynamodb.ReadModel;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the read model keeps the contacts ({@code DYNAMODB_CONTACTS_TABLE}, default {@code CareerVault-Contacts}).
 * A record of its own under {@code careervault.dynamodb} so that the read model's other table names stay where
 * they are.
 */
@ConfigurationProperties("careervault.dynamodb")
public record ContactsProperties(String contactsTable) {

    public ContactsProperties {
        contactsTable = contactsTable == null || contactsTable.isBlank()
                ? ReadModel.Contacts.DEFAULT_TABLE : contactsTable.trim();
    }
}
