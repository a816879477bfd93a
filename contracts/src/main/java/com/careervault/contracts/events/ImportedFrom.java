package com.careervault.contracts.events;

import java.time.Instant;

/**
 * Where a job created by an import came from, and its dates there. The event's own {@code time} is when
 * it was appended (the import); these dates are the job's history before CareerVault.
 *
 * @param system {@link #MONGODB} (the system CareerVault replaces) or {@link #CSV} (a spreadsheet)
 * @param id the record's id there: the MongoDB {@code _id} as 24 hex digits, or the CSV row's key
 * @param createdAt when the job was first recorded there; the job's {@code created_at}
 * @param updatedAt when it was last changed there (absent when unknown); the job's {@code updated_at}
 */
public record ImportedFrom(String system, String id, Instant createdAt, Instant updatedAt) {

    public static final String MONGODB = "mongodb";
    public static final String CSV = "csv";

    public ImportedFrom {
        Require.text(system, "imported_from.system");
        Require.text(id, "imported_from.id");
        Require.present(createdAt, "imported_from.created_at");
    }
}
