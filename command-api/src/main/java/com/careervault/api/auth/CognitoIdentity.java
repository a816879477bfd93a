package com.careervault.api.auth;

import com.careervault.api.problems.ConflictException;
import com.careervault.api.problems.DependencyUnavailableException;
import com.careervault.api.problems.InvalidRequestException;
import com.careervault.contracts.identity.Identifiers;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderAsyncClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidPasswordException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PasswordResetRequiredException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotConfirmedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameExistsException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The user pool, through Cognito's server-side (admin) flows: the API holds
 * the credentials, the browser never talks to Cognito directly.
 */
@Component
public class CognitoIdentity {

    /** The one answer to every failed sign-in, so that callers cannot probe which usernames or emails exist. */
    static final String SIGN_IN_FAILED = "Incorrect username or password";

    private final CognitoIdentityProviderAsyncClient cognito;
    private final CognitoProperties properties;
    private final JsonMapper json;
    private final Clock clock;

    public CognitoIdentity(CognitoIdentityProviderAsyncClient cognito, CognitoProperties properties, JsonMapper json,
            Clock clock) {
        this.cognito = cognito;
        this.properties = properties;
        this.json = json;
        this.clock = clock;
    }

    /**
     * A new user with a permanent password, confirmed and ready to sign in, whose email is not verified
     * yet (the emailed link verifies it). Returns their {@code sub}.
     */
    Mono<String> createUser(SignUp signUp) {
        List<AttributeType> attributes = new java.util.ArrayList<>(List.of(
                attribute("email", signUp.email()), attribute("email_verified", "false")));
        if (signUp.givenName() != null) {
            attributes.add(attribute("given_name", signUp.givenName()));
        }
        if (signUp.familyName() != null) {
            attributes.add(attribute("family_name", signUp.familyName()));
        }
        return call(() -> cognito.adminCreateUser(r -> r.userPoolId(properties.userPoolId())
                        .username(signUp.username())
                        .messageAction(MessageActionType.SUPPRESS)
                        .userAttributes(attributes)))
                .map(created -> sub(created.user()))
                .flatMap(sub -> call(() -> cognito.adminSetUserPassword(r -> r.userPoolId(properties.userPoolId())
                                .username(signUp.username()).password(signUp.password()).permanent(true)))
                        .thenReturn(sub)
                        .onErrorResume(e -> deleteUser(signUp.username()).then(Mono.error(e))))
                .onErrorMap(UsernameExistsException.class,
                        e -> new ConflictException("username", "username is already taken"))
                .onErrorMap(InvalidPasswordException.class,
                        e -> new InvalidRequestException("password", e.awsErrorDetails().errorMessage()));
    }

    /**
     * Removes a user (AdminDeleteUser): a sign-up that could not be completed, or a deleted account. A user
     * that is gone already counts as removed.
     */
    public Mono<Void> deleteUser(String username) {
        return call(() -> cognito.adminDeleteUser(r -> r.userPoolId(properties.userPoolId()).username(username)))
                .then()
                .onErrorResume(UserNotFoundException.class, e -> Mono.empty());
    }

    /**
     * The {@code sub} of the pool's user with this (canonical) username (AdminGetUser); empty when there is
     * none. A username is free again once its user is deleted, so the {@code sub} says whether it is still
     * the same account.
     */
    public Mono<java.util.Optional<String>> userIdOf(String username) {
        return call(() -> cognito.adminGetUser(r -> r.userPoolId(properties.userPoolId()).username(username)))
                .map(user -> user.userAttributes().stream().filter(a -> "sub".equals(a.name()))
                        .map(AttributeType::value).findFirst())
                .onErrorResume(UserNotFoundException.class, e -> Mono.just(java.util.Optional.empty()));
    }

    /** Whether a user with this (canonical) username exists. */
    Mono<Boolean> usernameTaken(String username) {
        return call(() -> cognito.adminGetUser(r -> r.userPoolId(properties.userPoolId()).username(username)))
                .thenReturn(true)
                .onErrorResume(UserNotFoundException.class, e -> Mono.just(false));
    }

    /** The username whose (canonical) email is the canonical form of {@code email}; empty if none. */
    Mono<String> findUsernameByEmail(String email) {
        return usersWithEmail(email, 1).flatMap(users -> Mono.justOrEmpty(users.stream().findFirst()))
                .map(PoolUser::username);
    }

    /**
     * Up to {@code limit} users whose email is the canonical form of {@code email} (ListUsers with a filter;
     * accounts made before email reservations existed may share an address).
     */
    Mono<List<PoolUser>> usersWithEmail(String email, int limit) {
        String canonical = Identifiers.canonicalEmail(email).replace("\\", "").replace("\"", "");
        return call(() -> cognito.listUsers(r -> r.userPoolId(properties.userPoolId())
                        .filter("email = \"" + canonical + "\"").limit(limit)))
                .map(users -> users.users().stream().map(user -> new PoolUser(user.username(), sub(user))).toList());
    }

    /**
     * Sets the user's email and whether it is verified (AdminUpdateUserAttributes; both at once, as
     * cognito-local requires for {@code email_verified}).
     */
    Mono<Void> updateEmail(String username, String email, boolean verified) {
        List<AttributeType> attributes = List.of(attribute("email", email),
                attribute("email_verified", Boolean.toString(verified)));
        return call(() -> cognito.adminUpdateUserAttributes(r -> r.userPoolId(properties.userPoolId())
                .username(username).userAttributes(attributes))).then();
    }

    /**
     * Signs in with username or email (anything with an '@'; usernames cannot contain one)
     * and password; every failure is the same 401. Both are compared in their canonical form
     * ({@link Identifiers}), as they were stored at sign-up.
     */
    Mono<AuthMessages.Tokens> signIn(String usernameOrEmail, String password) {
        Mono<String> username = usernameOrEmail.contains("@")
                ? findUsernameByEmail(usernameOrEmail).switchIfEmpty(Mono.error(
                        () -> new AuthenticationFailedException(SIGN_IN_FAILED)))
                : Mono.just(Identifiers.canonicalUsername(usernameOrEmail));
        return username.flatMap(name -> {
            Map<String, String> parameters = new HashMap<>(Map.of("USERNAME", name, "PASSWORD", password));
            secretHash(name).ifPresent(hash -> parameters.put("SECRET_HASH", hash));
            return call(() -> cognito.adminInitiateAuth(r -> r.userPoolId(properties.userPoolId())
                    .clientId(properties.clientId())
                    .authFlow(AuthFlowType.ADMIN_USER_PASSWORD_AUTH)
                    .authParameters(parameters)));
        })
                .map(response -> tokens(response.authenticationResult(), null))
                .onErrorMap(e -> e instanceof NotAuthorizedException || e instanceof UserNotFoundException
                                || e instanceof InvalidPasswordException || e instanceof UserNotConfirmedException
                                || e instanceof PasswordResetRequiredException,
                        e -> new AuthenticationFailedException(SIGN_IN_FAILED));
    }

    /**
     * New access and ID tokens for a refresh token. {@code usernameOrEmail} (optional) is only
     * needed for SECRET_HASH when the client has a secret; it is resolved as at sign-in.
     */
    Mono<AuthMessages.Tokens> refresh(String refreshToken, String usernameOrEmail) {
        Mono<Map<String, String>> parameters = usernameOrEmail == null || !properties.hasClientSecret()
                ? Mono.just(refreshParameters(refreshToken, null))
                : (usernameOrEmail.contains("@")
                        ? findUsernameByEmail(usernameOrEmail)
                        : Mono.just(usernameOrEmail))
                        .map(username -> refreshParameters(refreshToken, username))
                        .defaultIfEmpty(refreshParameters(refreshToken, null));
        return parameters.flatMap(p -> call(() -> cognito.adminInitiateAuth(r -> r.userPoolId(properties.userPoolId())
                        .clientId(properties.clientId())
                        .authFlow(AuthFlowType.REFRESH_TOKEN_AUTH)
                        .authParameters(p))))
                .map(response -> tokens(response.authenticationResult(), refreshToken))
                .onErrorMap(e -> e instanceof NotAuthorizedException || e instanceof UserNotFoundException
                                || (e instanceof CognitoIdentityProviderException c && c.statusCode() == 400),
                        e -> new AuthenticationFailedException("The refresh token is invalid or expired"));
    }

    /** REFRESH_TOKEN_AUTH's parameters; SECRET_HASH is computed over the canonical username. */
    Map<String, String> refreshParameters(String refreshToken, String username) {
        Map<String, String> parameters = new HashMap<>(Map.of("REFRESH_TOKEN", refreshToken));
        if (username != null) {
            secretHash(Identifiers.canonicalUsername(username)).ifPresent(hash -> parameters.put("SECRET_HASH", hash));
        }
        return parameters;
    }

    /**
     * Signs the user out of every device at Cognito (AdminUserGlobalSignOut: refresh tokens
     * become unusable) when {@code careervault.cognito.global-sign-out} is on. The API's own
     * session records end the access tokens; this is the pool's side of it.
     */
    Mono<Void> globalSignOut(String username) {
        if (!properties.globalSignOut()) {
            return Mono.empty();
        }
        return call(() -> cognito.adminUserGlobalSignOut(r -> r.userPoolId(properties.userPoolId())
                .username(username))).then();
    }

    /** Revokes a refresh token and the access tokens issued from it. */
    Mono<Void> revoke(String refreshToken) {
        return call(() -> cognito.revokeToken(r -> {
                    r.token(refreshToken).clientId(properties.clientId());
                    if (properties.hasClientSecret()) {
                        r.clientSecret(properties.clientSecret());
                    }
                }))
                .then()
                .onErrorMap(e -> e instanceof CognitoIdentityProviderException c && c.statusCode() == 400,
                        e -> new AuthenticationFailedException("The refresh token is invalid"));
    }

    /**
     * The user's profile as the pool holds it (AdminGetUser).
     *
     * @throws AuthenticationFailedException (401) when the user no longer exists
     */
    public Mono<AuthMessages.Profile> profile(String username, String userId) {
        return call(() -> cognito.adminGetUser(r -> r.userPoolId(properties.userPoolId()).username(username)))
                .map(user -> {
                    Map<String, String> attributes = new HashMap<>();
                    user.userAttributes().forEach(a -> attributes.put(a.name(), a.value()));
                    return new AuthMessages.Profile(userId, user.username(), attributes.get("email"),
                            attributes.get("given_name"), attributes.get("family_name"),
                            Boolean.parseBoolean(attributes.get("email_verified")));
                })
                .onErrorMap(UserNotFoundException.class,
                        e -> new AuthenticationFailedException("The user of this token no longer exists"));
    }

    private AuthMessages.Tokens tokens(AuthenticationResultType result, String refreshToken) {
        if (result == null) {
            // a challenge (new password, MFA) instead of tokens: not a flow this API offers
            throw new AuthenticationFailedException(SIGN_IN_FAILED);
        }
        Integer expiresIn = result.expiresIn();
        long seconds = expiresIn != null ? expiresIn : secondsUntilExpiry(result.accessToken());
        String tokenType = result.tokenType() == null ? "Bearer" : result.tokenType();
        return new AuthMessages.Tokens(result.accessToken(), result.idToken(),
                result.refreshToken() != null ? result.refreshToken() : refreshToken, seconds, tokenType);
    }

    /** cognito-local leaves ExpiresIn empty; the token itself says when it expires (Cognito issued it to us over TLS). */
    private long secondsUntilExpiry(String accessToken) {
        try {
            String payload = new String(Base64.getUrlDecoder().decode(accessToken.split("\\.")[1]),
                    StandardCharsets.UTF_8);
            JsonNode claims = json.readTree(payload);
            return Math.max(0, claims.get("exp").asLong() - clock.instant().getEpochSecond());
        } catch (RuntimeException e) {
            return 3600;
        }
    }

    private Optional<String> secretHash(String username) {
        return properties.hasClientSecret()
                ? Optional.of(SecretHash.of(username, properties.clientId(), properties.clientSecret()))
                : Optional.empty();
    }

    private static String sub(UserType user) {
        return user.attributes().stream().filter(a -> "sub".equals(a.name())).map(AttributeType::value)
                .findFirst().orElseThrow(() -> new IllegalStateException("Cognito returned a user without sub"));
    }

    private static AttributeType attribute(String name, String value) {
        return AttributeType.builder().name(name).value(value).build();
    }

    /**
     * Runs an SDK call, unwrapping its CompletionException and turning outages into 503s: no answer,
     * 5xx, and throttling ({@code TooManyRequestsException} is a 400 with a throttling code).
     */
    private static <T> Mono<T> call(java.util.function.Supplier<java.util.concurrent.CompletableFuture<T>> request) {
        return Mono.fromFuture(request)
                .onErrorMap(CompletionException.class, e -> e.getCause() == null ? e : e.getCause())
                .onErrorMap(e -> e instanceof SdkClientException
                                || (e instanceof CognitoIdentityProviderException c
                                        && (c.statusCode() >= 500 || c.isThrottlingException())),
                        e -> new DependencyUnavailableException("identity provider", e));
    }

    record SignUp(String username, String email, String password, String givenName, String familyName) {
    }

    /** A user of the pool: their username and {@code sub}. */
    record PoolUser(String username, String userId) {
    }

    // ---- passwords (forgot, reset, change): PasswordController ----

    /**
     * Sets the user's password, permanent (AdminSetUserPassword with {@code Permanent=true}): no change is
     * asked at the next sign-in. A password Cognito's policy refuses is an {@link InvalidRequestException}
     * on {@code field}.
     */
    Mono<Void> setPassword(String username, String password, String field) {
        return call(() -> cognito.adminSetUserPassword(r -> r.userPoolId(properties.userPoolId())
                        .username(username).password(password).permanent(true)))
                .then()
                .onErrorMap(InvalidPasswordException.class,
                        e -> new InvalidRequestException(field, e.awsErrorDetails().errorMessage()));
    }

    /**
     * Whether {@code password} is the user's current one: a sign-in whose tokens are revoked at once
     * (they were never handed out nor recorded as a session). Wrong credentials answer false.
     */
    public Mono<Boolean> passwordMatches(String username, String password) {
        return signIn(username, password)
                .flatMap(tokens -> (tokens.refreshToken() == null ? Mono.<Void>empty()
                        : revoke(tokens.refreshToken()).onErrorComplete())
                        .thenReturn(true))
                .onErrorResume(AuthenticationFailedException.class, e -> Mono.just(false));
    }
}
