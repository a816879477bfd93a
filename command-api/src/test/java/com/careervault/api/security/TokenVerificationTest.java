package com.careervault.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.careervault.api.support.Accounts;
import com.careervault.api.support.ApiIntegrationTest;
import com.careervault.devstack.CognitoLocal;
import com.careervault.devstack.DevStack;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every forged or misused token is refused with the same 401; a genuine one is accepted. */
@ApiIntegrationTest
class TokenVerificationTest {

    private static final String PROTECTED = "/api/jobs/stats";

    @Autowired
    WebTestClient client;

    private Accounts.Account account;
    private SignedJWT genuine;

    @BeforeEach
    void signIn() throws Exception {
        account = Accounts.signUpAndLogIn(client);
        genuine = SignedJWT.parse(account.accessToken());
    }

    @Test
    void genuineAccessTokenIsAccepted() {
        client.get().uri(PROTECTED).header("Authorization", account.bearer()).exchange().expectStatus().isOk();
    }

    @Test
    void missingTokenIsRefusedWithAChallenge() {
        client.get().uri(PROTECTED).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals("WWW-Authenticate", "Bearer")
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(401);
    }

    @Test
    void unsignedTokenIsRefused() throws Exception {
        String header = base64("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        String payload = base64(genuine.getJWTClaimsSet().toString());

        assertRefused(header + "." + payload + ".");
    }

    @Test
    void tokenSignedByAnotherKeyIsRefused() throws Exception {
        RSAKey attacker = new RSAKeyGenerator(2048).keyID("CognitoLocal").generate();

        assertRefused(sign(genuine.getJWTClaimsSet(), attacker));
    }

    @Test
    void expiredTokenIsRefusedThoughItsSignatureIsValid() throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder(genuine.getJWTClaimsSet())
                .issueTime(Date.from(Instant.now().minusSeconds(7200)))
                .expirationTime(Date.from(Instant.now().minusSeconds(3600)))
                .build();
        String expired = sign(claims, cognitoLocalKey());
        String stillValid = sign(new JWTClaimsSet.Builder(genuine.getJWTClaimsSet()).build(), cognitoLocalKey());

        client.get().uri(PROTECTED).header("Authorization", "Bearer " + stillValid).exchange().expectStatus().isOk();
        assertRefused(expired);
    }

    @Test
    void genuinelySignedTokenThatNoSessionOfOursIssuedIsRefused() throws Exception {
        // a valid signature and claims, but a jti the API never handed out (minted, or issued around the API)
        JWTClaimsSet claims = new JWTClaimsSet.Builder(genuine.getJWTClaimsSet())
                .jwtID(UUID.randomUUID().toString()).build();

        assertRefused(sign(claims, cognitoLocalKey()));
    }

    @Test
    void idTokenIsRefused() {
        assertRefused(account.idToken());
    }

    @Test
    void tokenOfAnotherClientOfThePoolIsRefused() {
        CognitoLocal cognito = DevStack.shared().cognito();
        try (CognitoIdentityProviderClient admin = cognito.client()) {
            String otherClient = admin.createUserPoolClient(r -> r.userPoolId(cognito.userPoolId())
                    .clientName("another-app-" + UUID.randomUUID())
                    .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_ADMIN_USER_PASSWORD_AUTH))
                    .userPoolClient().clientId();
            String token = admin.adminInitiateAuth(r -> r.userPoolId(cognito.userPoolId()).clientId(otherClient)
                    .authFlow(AuthFlowType.ADMIN_USER_PASSWORD_AUTH)
                    .authParameters(Map.of("USERNAME", account.username(), "PASSWORD", Accounts.PASSWORD)))
                    .authenticationResult().accessToken();

            assertRefused(token);
        }
    }

    @Test
    void tokenOfAnotherPoolIsRefused() {
        CognitoLocal cognito = DevStack.shared().cognito();
        try (CognitoIdentityProviderClient admin = cognito.client()) {
            String pool = admin.createUserPool(r -> r.poolName("another-pool-" + UUID.randomUUID())).userPool().id();
            String poolClient = admin.createUserPoolClient(r -> r.userPoolId(pool).clientName("app")
                    .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_ADMIN_USER_PASSWORD_AUTH)).userPoolClient().clientId();
            admin.adminCreateUser(r -> r.userPoolId(pool).username("intruder").messageAction(MessageActionType.SUPPRESS)
                    .userAttributes(a -> a.name("email").value("intruder@example.com")));
            admin.adminSetUserPassword(r -> r.userPoolId(pool).username("intruder").password(Accounts.PASSWORD)
                    .permanent(true));
            String token = admin.adminInitiateAuth(r -> r.userPoolId(pool).clientId(poolClient)
                    .authFlow(AuthFlowType.ADMIN_USER_PASSWORD_AUTH)
                    .authParameters(Map.of("USERNAME", "intruder", "PASSWORD", Accounts.PASSWORD)))
                    .authenticationResult().accessToken();

            assertRefused(token);
        }
    }

    @Test
    void tamperedPayloadIsRefused() throws Exception {
        String[] parts = account.accessToken().split("\\.");
        JWTClaimsSet claims = new JWTClaimsSet.Builder(genuine.getJWTClaimsSet())
                .subject(UUID.randomUUID().toString()).build();

        assertRefused(parts[0] + "." + base64(claims.toString()) + "." + parts[2]);
    }

    private void assertRefused(String token) {
        JsonNode problem = client.get().uri(PROTECTED).header("Authorization", "Bearer " + token).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals("WWW-Authenticate", "Bearer error=\"invalid_token\"")
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(problem.get("detail").asString()).isEqualTo("The access token is invalid or expired");
    }

    /** cognito-local signs with a key that ships in its npm package: exactly why only the devstack trusts it. */
    private static RSAKey cognitoLocalKey() throws Exception {
        Path file = Path.of(System.getProperty("careervault.devstack.dir"),
                "node_modules/cognito-local/lib/keys/cognitoLocal.private.json");
        JsonNode jwk = JsonMapper.builder().build().readTree(Files.readString(file)).get("jwk");
        return RSAKey.parse(jwk.toString());
    }

    private static String sign(JWTClaimsSet claims, RSAKey key) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("CognitoLocal")
                .type(JOSEObjectType.JWT).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
