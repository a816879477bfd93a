package com.careervault.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeDataType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SchemaAttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientDescription;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolDescriptionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifiedAttributeType;

/**
 * cognito-local, a Cognito-API server, as a child Node process on loopback,
 * with CareerVault's user pool and app client. Its state lives in
 * {@code <dir>/.cognito}.
 * <p>
 * Its RS256 signing key ships inside the npm package, so anyone can mint
 * tokens it would accept: its pool is only ever trusted by the devstack profile.
 */
public final class CognitoLocal implements AutoCloseable {

    public static final String POOL_NAME = "careervault";
    public static final String CLIENT_NAME = "careervault-api";

    private final Path dir;
    private final int port;
    private final ChildProcess process;
    private String userPoolId;
    private String clientId;

    CognitoLocal(NodePrograms node, Path dir, int port) {
        this.dir = dir;
        this.port = port;
        this.process = new ChildProcess("cognito-local", node.command("cognito-local/lib/bin/start.js"), dir,
                Map.of("PORT", Integer.toString(port), "HOST", "127.0.0.1"), dir.resolve("cognito-local.log"));
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    public String userPoolId() {
        return userPoolId;
    }

    public String clientId() {
        return clientId;
    }

    /** The {@code iss} of the pool's tokens. */
    public String issuer() {
        return endpoint() + "/" + userPoolId;
    }

    /** Where the pool's signing keys are served (its openid-configuration names the wrong port, so do not use it). */
    public String jwkSetUri() {
        return issuer() + "/.well-known/jwks.json";
    }

    void start() {
        try {
            Files.createDirectories(dir.resolve(".cognito"));
            // Usernames are free-form (users may also sign in with their email, resolved by the API),
            // and tokens name this loopback address as issuer.
            Files.writeString(dir.resolve(".cognito/config.json"), """
                    {
                      "UserPoolDefaults": { "UsernameAttributes": [] },
                      "TokenConfig": { "IssuerDomain": "%s" }
                    }
                    """.formatted(endpoint()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        process.start();
        process.awaitPort(port, Duration.ofSeconds(30));
        try (CognitoIdentityProviderClient cognito = client()) {
            userPoolId = cognito.listUserPools(r -> r.maxResults(60)).userPools().stream()
                    .filter(pool -> POOL_NAME.equals(pool.name()))
                    .map(UserPoolDescriptionType::id)
                    .findFirst()
                    .orElseGet(() -> createPool(cognito));
            clientId = cognito.listUserPoolClients(r -> r.userPoolId(userPoolId).maxResults(60)).userPoolClients()
                    .stream()
                    .filter(client -> CLIENT_NAME.equals(client.clientName()))
                    .map(UserPoolClientDescription::clientId)
                    .findFirst()
                    .orElseGet(() -> createClient(cognito));
        }
    }

    private static String createPool(CognitoIdentityProviderClient cognito) {
        return cognito.createUserPool(r -> r
                .poolName(POOL_NAME)
                .autoVerifiedAttributes(VerifiedAttributeType.EMAIL)
                .policies(p -> p.passwordPolicy(pw -> pw.minimumLength(8).requireUppercase(true)
                        .requireLowercase(true).requireNumbers(true).requireSymbols(true)))
                .schema(SchemaAttributeType.builder().name("email").attributeDataType(AttributeDataType.STRING)
                        .required(true).mutable(true).build()))
                .userPool().id();
    }

    private String createClient(CognitoIdentityProviderClient cognito) {
        return cognito.createUserPoolClient(r -> r
                .userPoolId(userPoolId)
                .clientName(CLIENT_NAME)
                .generateSecret(false)
                .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_ADMIN_USER_PASSWORD_AUTH,
                        ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH, ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH))
                .userPoolClient().clientId();
    }

    /** A synchronous SDK client for this cognito-local; the caller closes it. */
    public CognitoIdentityProviderClient client() {
        return CognitoIdentityProviderClient.builder()
                .endpointOverride(endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(Dynalite.ACCESS_KEY, Dynalite.SECRET_KEY)))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    public void stop() {
        process.stop();
    }

    @Override
    public void close() {
        stop();
    }
}
