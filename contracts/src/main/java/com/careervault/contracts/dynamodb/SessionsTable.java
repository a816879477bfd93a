package com.careervault.contracts.dynamodb;

import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;

/**
 * {@code CareerVault-Sessions}: a guard table of the command API (not part of
 * the read model, never written by the projector, never rebuilt from the log).
 * It records the sign-in sessions the API started and their revocation, so that
 * signing out ends the session's access tokens too.
 * <p>
 * One partition key, {@link #ID}, whose prefix says what the item is:
 * <ul>
 * <li>{@code session#<SHA-256 of the refresh token, base64url>}: {@link #USER_ID},
 * {@link #EPOCH} (the user's sign-out epoch when it started), {@link #CREATED_AT},
 * {@link #REVOKED_AT} once signed out, {@link #EXPIRES_AT}.</li>
 * <li>{@code token#<jti>} (cognito-local) or {@code origin#<origin_jti>} (AWS): which
 * session an access token belongs to: {@link #SESSION_ID}, {@link #USER_ID},
 * {@link #EXPIRES_AT} (the token's {@code exp}).</li>
 * <li>{@code user#<sub>}: {@link #EPOCH}, raised by "log out everywhere"; a session
 * started under a lower epoch is over. Kept without expiry.</li>
 * </ul>
 * TTL on {@link #EXPIRES_AT} (epoch seconds) removes old items on AWS.
 */
public final class SessionsTable {

    public static final String DEFAULT_TABLE = "CareerVault-Sessions";

    public static final String ID = "id";
    public static final String USER_ID = "user_id";
    public static final String SESSION_ID = "session_id";
    public static final String EPOCH = "epoch";
    public static final String CREATED_AT = "created_at";
    public static final String REVOKED_AT = "revoked_at";
    public static final String EXPIRES_AT = "expires_at";

    public static final String SESSION_PREFIX = "session#";
    public static final String TOKEN_PREFIX = "token#";
    public static final String ORIGIN_PREFIX = "origin#";
    public static final String USER_PREFIX = "user#";

    private SessionsTable() {
    }

    public static CreateTableRequest create(String tableName) {
        return StringKeyTables.create(tableName, ID);
    }
}
