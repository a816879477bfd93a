package com.careervault.contracts.dynamodb;

import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;

/**
 * {@code CareerVault-CalendarFeeds} ({@code DYNAMODB_CALENDAR_FEEDS_TABLE}): a guard table of the command API
 * that holds each user's calendar subscription secret, hashed (not part of the read model, never written by
 * the projector, never rebuilt from the log: a secret is shown once and exists nowhere else). The secret
 * itself is never stored: only the SHA-256 of its ASCII text, base64url without padding.
 * <p>
 * One partition key, {@link #ID}, whose prefix says what the item is, so that both reads are single-key
 * reads:
 * <ul>
 * <li>{@code user#<user_id>}: the user's current feed, {@link #SECRET_HASH} and {@link #CREATED_AT}; read by
 * {@code GET/POST/DELETE /api/me/calendar-feed}.</li>
 * <li>{@code feed#<secret hash>}: whose feed a secret opens, {@link #USER_ID} and {@link #CREATED_AT}; read by
 * the public {@code GET /calendar/{secret}.ics}.</li>
 * </ul>
 * Both items of a user are written and removed together in one transaction (a rotation deletes the old
 * {@code feed#} item in the same transaction that writes the new one), so a secret that is not current
 * opens nothing.
 */
public final class CalendarFeedsTable {

    public static final String DEFAULT_TABLE = "CareerVault-CalendarFeeds";

    public static final String ID = "id";
    public static final String USER_ID = "user_id";
    /** S: SHA-256 of the secret, base64url without padding. */
    public static final String SECRET_HASH = "secret_hash";
    /** S: when the secret was made ({@code Timestamps.format}). */
    public static final String CREATED_AT = "created_at";

    public static final String USER_PREFIX = "user#";
    public static final String FEED_PREFIX = "feed#";

    private CalendarFeedsTable() {
    }

    public static CreateTableRequest create(String tableName) {
        return StringKeyTables.create(tableName, ID);
    }
}
