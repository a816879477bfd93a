package com.careervault.api.documents;

import com.careervault.contracts.dynamodb.DocumentsTable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code careervault.documents.library.*}: the document library's metadata and limits (docs/documents.md).
 *
 * @param table the library's table (env {@code DOCUMENTS_TABLE}; blank = {@code CareerVault-Documents}),
 *        created at start-up with the other guard tables when {@code DYNAMODB_CREATE_TABLES=true}
 * @param maxBytesPerUser the most bytes all of a user's versions may take together (env
 *        {@code DOCUMENTS_MAX_BYTES_PER_USER}, e.g. {@code 200MB}; null = 200 MB). Each version counts with
 *        its size, also when the same bytes are stored once for two versions
 */
@ConfigurationProperties("careervault.documents.library")
public record LibraryProperties(String table, DataSize maxBytesPerUser) {

    public LibraryProperties {
        table = table == null || table.isBlank() ? DocumentsTable.DEFAULT_TABLE : table.trim();
        maxBytesPerUser = maxBytesPerUser == null ? DataSize.ofMegabytes(200) : maxBytesPerUser;
        if (maxBytesPerUser.toBytes() <= 0) {
            throw new IllegalArgumentException("DOCUMENTS_MAX_BYTES_PER_USER must be positive");
        }
    }
}
