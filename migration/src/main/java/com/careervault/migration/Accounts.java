package com.careervault.migration;

import com.careervault.contracts.dynamodb.EmailReservationsTable;
import com.careervault.contracts.identity.Identifiers;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameExistsException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;

/**
 * The accounts side: the Cognito user pool (AdminCreateUser + AdminSetUserPassword, as the API's sign-up does)
 * and the API's email reservations ({@link EmailReservationsTable}, the same items {@code EmailReservations}
 * writes), so that the API sees a migrated account exactly like one that signed up: login by email, one account
 * per address, and the reset link's "is this still the user's address" check.
 */
final class Accounts implements AutoCloseable {

    /** A user of the pool. */
    record PoolUser(String username, String userId) {
    }

    private final CognitoIdentityProviderClient cognito;
    private final DynamoDbClient dynamoDb;
    private final String userPoolId;
    private final String reservationsTable;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Accounts(MigrationSettings settings, Clock clock) {
        this.clock = clock;
        AwsCredentialsProvider credentials = AwsAccess.credentials(settings);
        var cognitoBuilder = CognitoIdentityProviderClient.builder().region(Region.of(settings.awsRegion()))
                .credentialsProvider(credentials).httpClientBuilder(UrlConnectionHttpClient.builder());
        if (settings.cognitoEndpoint() != null) {
            cognitoBuilder.endpointOverride(URI.create(settings.cognitoEndpoint()));
        }
        this.cognito = cognitoBuilder.build();
        var dynamoBuilder = DynamoDbClient.builder().region(Region.of(settings.awsRegion()))
                .credentialsProvider(credentials).httpClientBuilder(UrlConnectionHttpClient.builder());
        if (settings.dynamoDbEndpoint() != null) {
            dynamoBuilder.endpointOverride(URI.create(settings.dynamoDbEndpoint()));
        }
        this.dynamoDb = dynamoBuilder.build();
        this.reservationsTable = settings.emailReservationsTable();
        this.userPoolId = settings.userPoolId() != null ? settings.userPoolId() : devstackPool();
        if (settings.createTables() && !settings.dryRun()) {
            try {
                dynamoDb.createTable(EmailReservationsTable.create(reservationsTable));
            } catch (ResourceInUseException exists) {
                // created by the API or an earlier run
            }
        }
    }

    /** The devstack's pool (cognito-local names it "careervault"), when no pool id is configured. */
    private String devstackPool() {
        return cognito.listUserPools(r -> r.maxResults(60)).userPools().stream()
                .filter(pool -> "careervault".equals(pool.name())).map(pool -> pool.id()).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("set COGNITO_USER_POOL_ID: no pool named "
                        + "'careervault' at the Cognito endpoint"));
    }

    /** Up to two users whose (canonical) email is {@code email}: ListUsers with an exact filter. */
    List<PoolUser> usersWithEmail(String email) {
        String filterValue = Identifiers.canonicalEmail(email).replace("\\", "").replace("\"", "");
        return cognito.listUsers(r -> r.userPoolId(userPoolId).filter("email = \"" + filterValue + "\"").limit(2))
                .users().stream().map(user -> new PoolUser(user.username(), sub(user.attributes()))).toList();
    }

    /** The user with this username, if any. */
    Optional<PoolUser> user(String username) {
        try {
            var user = cognito.adminGetUser(r -> r.userPoolId(userPoolId).username(username));
            return Optional.of(new PoolUser(user.username(), sub(user.userAttributes())));
        } catch (UserNotFoundException e) {
            return Optional.empty();
        }
    }

    /**
     * A new user, confirmed, with a random permanent password nobody knows, the email unverified (see
     * {@link Migration} for why), the names given. Returns its {@code sub}. A user with this username made
     * by an earlier, killed run is taken as it is.
     */
    String create(OldUser user) {
        List<AttributeType> attributes = new ArrayList<>(List.of(attribute("email", user.email()),
                attribute("email_verified", "false")));
        if (user.givenName() != null) {
            attributes.add(attribute("given_name", user.givenName()));
        }
        if (user.familyName() != null) {
            attributes.add(attribute("family_name", user.familyName()));
        }
        String sub;
        try {
            UserType created = cognito.adminCreateUser(r -> r.userPoolId(userPoolId).username(user.username())
                    .messageAction(MessageActionType.SUPPRESS).userAttributes(attributes)).user();
            sub = sub(created.attributes());
        } catch (UsernameExistsException e) {
            sub = user(user.username()).orElseThrow(() -> e).userId();
        }
        cognito.adminSetUserPassword(r -> r.userPoolId(userPoolId).username(user.username())
                .password(randomPassword()).permanent(true));
        return sub;
    }

    /**
     * Reserves the address for the username, as sign-up does. True when it is ours now (newly, or from an
     * earlier run with this username that did not complete it); false when someone else holds it.
     */
    boolean reserve(String email, String username) {
        String canonicalEmail = Identifiers.canonicalEmail(email);
        String canonicalUsername = Identifiers.canonicalUsername(username);
        try {
            dynamoDb.putItem(r -> r.tableName(reservationsTable)
                    .item(Map.of(EmailReservationsTable.EMAIL, s(canonicalEmail),
                            EmailReservationsTable.USERNAME, s(canonicalUsername),
                            EmailReservationsTable.RESERVED_AT, s(clock.instant().toString())))
                    .conditionExpression("attribute_not_exists(#email) OR #username = :username")
                    .expressionAttributeNames(Map.of("#email", EmailReservationsTable.EMAIL,
                            "#username", EmailReservationsTable.USERNAME))
                    .expressionAttributeValues(Map.of(":username", s(canonicalUsername))));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    /** Records the account that holds the reservation (as the API's {@code EmailReservations.complete}). */
    void completeReservation(String email, String username, String userId) {
        dynamoDb.putItem(r -> r.tableName(reservationsTable)
                .item(Map.of(EmailReservationsTable.EMAIL, s(Identifiers.canonicalEmail(email)),
                        EmailReservationsTable.USERNAME, s(Identifiers.canonicalUsername(username)),
                        EmailReservationsTable.USER_ID, s(userId),
                        EmailReservationsTable.RESERVED_AT, s(clock.instant().toString()))));
    }

    /** 32 random bytes, plus one of each class Cognito's default policy asks for. Never stored, never shown. */
    private String randomPassword() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes) + "Aa1!";
    }

    private static String sub(List<AttributeType> attributes) {
        return attributes.stream().filter(a -> "sub".equals(a.name())).map(AttributeType::value).findFirst()
                .orElseThrow(() -> new IllegalStateException("Cognito returned a user without sub"));
    }

    private static AttributeType attribute(String name, String value) {
        return AttributeType.builder().name(name).value(value).build();
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    @Override
    public void close() {
        cognito.close();
        dynamoDb.close();
    }
}
