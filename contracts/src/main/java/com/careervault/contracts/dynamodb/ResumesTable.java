package com.careervault.contracts.dynamodb;

import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;

/**
 * {@code CareerVault-Resumes} ({@code DYNAMODB_RESUMES_TABLE}): each user's resume text, kept out of the event
 * log because the log is kept forever and a resume must be deletable. Written only by the command API
 * ({@code PUT}/{@code DELETE /api/me/resume}, account deletion); read by the enricher. Partition key
 * {@link #USER_ID}; {@link #RESUME_TEXT} (string, at most 50,000 code points), {@link #RESUME_HASH} (the
 * lowercase hex SHA-256 that {@code UserResumeChanged} carries), {@link #LENGTH} (code points, number) and
 * {@link #UPDATED_AT} (ISO-8601 instant). No item: the user has no resume.
 */
public final class ResumesTable {

    public static final String DEFAULT_TABLE = "CareerVault-Resumes";

    public static final String USER_ID = "user_id";
    public static final String RESUME_TEXT = "resume_text";
    public static final String RESUME_HASH = "resume_hash";
    public static final String LENGTH = "length";
    public static final String UPDATED_AT = "updated_at";

    private ResumesTable() {
    }

    public static CreateTableRequest create(String tableName) {
        return StringKeyTables.create(tableName, USER_ID);
    }
}
