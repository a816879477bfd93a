package com.careervault.api.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.careervault.api.aws.DynamoDbProperties;
import com.careervault.api.support.Accounts;
import com.careervault.api.support.ApiIntegrationTest;
import com.careervault.contracts.links.EmailLinks;
import com.careervault.contracts.dynamodb.EmailReservationsTable;
import com.careervault.devstack.DevStack;
import com.careervault.devstack.EventTopic;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.databind.JsonNode;

/** One account per email, verifying it with the emailed link, asking for the link again, and changing it. */
@ApiIntegrationTest
class AccountEmailApiTest {

    @Autowired
    WebTestClient client;

    @Autowired
    EmailLinks links;

    @Autowired
    DynamoDbAsyncClient dynamoDb;

    @Autowired
    DynamoDbProperties tables;

    @Test
    void twentyRacingSignUpsWithOneEmailMakeOneAccount() throws Exception {
        String run = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String email = "race" + run + "@example.com";
        int count = 20;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(count);
        List<Future<EntityExchangeResult<String>>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                String username = "race" + run + "u" + i;
                answers.add(pool.submit(() -> {
                    start.await();
                    return client.post().uri("/auth/signup").contentType(MediaType.APPLICATION_JSON)
                            .bodyValue(Map.of("username", username, "email", email, "password", Accounts.PASSWORD))
                            .exchange().expectBody(String.class).returnResult();
                }));
            }
            start.countDown();
            for (int i = 0; i < count; i++) {
                EntityExchangeResult<String> answer = answers.get(i).get();
                assertThat(answer.getStatus().value()).as("sign-up %d", i).isEqualTo(202);
                assertThat(answer.getResponseBody()).isEqualTo("{\"username\":\"race" + run + "u" + i
                        + "\",\"email\":\"" + email + "\",\"email_verified\":false}");
            }
        } finally {
            pool.shutdownNow();
        }

        List<String> owners = CognitoUsers.withEmail(email);
        assertThat(owners).hasSize(1);
        JsonNode tokens = logIn(email, Accounts.PASSWORD).expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(me("Bearer " + tokens.get("access_token").asString()).get("username").asString())
                .isEqualTo(owners.get(0));
    }

    @Test
    void theLinkVerifiesTheAddressOnceAndForAll() {
        Accounts.Account account = Accounts.signUpAndLogIn(client);
        String token = links.sign(link(EmailLinks.Purpose.VERIFY_EMAIL, account.userId(), account.email(),
                Instant.now().plus(Duration.ofHours(1))));

        verify(token).expectStatus().isOk().expectBody(String.class)
                .isEqualTo("{\"email\":\"" + account.email() + "\",\"email_verified\":true}");

        assertThat(me(account.bearer()).get("email_verified").asBoolean()).isTrue();
        assertThat(EventTopic.eventsOf(account.userId())).extracting(EventTopic.Received::type)
                .containsExactly("careervault.user.registered.v1", "careervault.user.email-verified.v1");
        assertThat(EventTopic.eventsOf(account.userId()).get(1).data().toString()).isEqualTo(
                "{\"user_id\":\"" + account.userId() + "\",\"email\":\"" + account.email() + "\"}");
        // again: the same answer, nothing new in the log
        verify(token).expectStatus().isOk();
        assertThat(EventTopic.eventsOf(account.userId())).hasSize(2);
        // verified: nothing to resend
        client.post().uri("/auth/verify-email/resend").header("Authorization", account.bearer()).exchange()
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("email");
    }

    @Test
    void expiredForgedOrOtherPurposeTokensAreRefused() {
        Accounts.Account account = Accounts.signUpAndLogIn(client);
        Instant later = Instant.now().plus(Duration.ofHours(1));
        List<String> refused = List.of(
                links.sign(link(EmailLinks.Purpose.VERIFY_EMAIL, account.userId(), account.email(),
                        Instant.now().minusSeconds(5))),
                new EmailLinks("another-secret-that-is-32-bytes-or-longer").sign(
                        link(EmailLinks.Purpose.VERIFY_EMAIL, account.userId(), account.email(), later)),
                links.sign(link(EmailLinks.Purpose.UNSUBSCRIBE, account.userId(), account.email(), later)),
                links.sign(link(EmailLinks.Purpose.VERIFY_EMAIL, UUID.randomUUID().toString(), account.email(),
                        later)),
                "not-a-token");

        for (String token : refused) {
            verify(token).expectStatus().isBadRequest()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.errors[0].field").isEqualTo("token");
        }
        assertThat(me(account.bearer()).get("email_verified").asBoolean()).isFalse();
        assertThat(EventTopic.eventsOf(account.userId())).hasSize(1);
    }

    @Test
    void resendAsksForANewLink() {
        Accounts.Account account = Accounts.signUpAndLogIn(client);

        client.post().uri("/auth/verify-email/resend").header("Authorization", account.bearer()).exchange()
                .expectStatus().isAccepted()
                .expectBody(String.class)
                .isEqualTo("{\"email\":\"" + account.email() + "\",\"email_verified\":false}");

        assertThat(EventTopic.eventsOf(account.userId())).last().satisfies(e -> {
            assertThat(e.type()).isEqualTo("careervault.user.email-verification-requested.v1");
            assertThat(e.data().toString()).isEqualTo(
                    "{\"user_id\":\"" + account.userId() + "\",\"email\":\"" + account.email() + "\"}");
        });
        client.post().uri("/auth/verify-email/resend").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void changingTheEmailMovesTheAccountToAnUnverifiedAddress() {
        Accounts.Account account = Accounts.signUpAndLogIn(client);
        Accounts.Account other = Accounts.signUpAndLogIn(client);
        String oldToken = links.sign(link(EmailLinks.Purpose.VERIFY_EMAIL, account.userId(), account.email(),
                Instant.now().plus(Duration.ofHours(1))));
        verify(oldToken).expectStatus().isOk();
        String newEmail = "moved" + account.username() + "@example.com";

        changeEmail(account, newEmail, "Wr0ng!Password").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("password");
        changeEmail(account, other.email().toUpperCase(java.util.Locale.ROOT), Accounts.PASSWORD)
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("email");
        changeEmail(account, account.email(), Accounts.PASSWORD).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("email");
        assertThat(EventTopic.eventsOf(account.userId())).hasSize(2);

        changeEmail(account, newEmail.toUpperCase(java.util.Locale.ROOT), Accounts.PASSWORD)
                .expectStatus().isAccepted()
                .expectBody(String.class).isEqualTo("{\"email\":\"" + newEmail + "\",\"email_verified\":false}");

        JsonNode me = me(account.bearer());
        assertThat(me.get("email").asString()).isEqualTo(newEmail);
        assertThat(me.get("email_verified").asBoolean()).isFalse();
        assertThat(EventTopic.eventsOf(account.userId())).last().satisfies(e -> {
            assertThat(e.type()).isEqualTo("careervault.user.email-changed.v1");
            assertThat(e.data().toString()).isEqualTo("{\"user_id\":\"" + account.userId() + "\",\"email\":\""
                    + newEmail + "\",\"previous_email\":\"" + account.email() + "\"}");
        });
        // the new address signs in, the old one no longer does; links to the old address are refused
        JsonNode tokens = logIn(newEmail, Accounts.PASSWORD).expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(me("Bearer " + tokens.get("access_token").asString()).get("user_id").asString())
                .isEqualTo(account.userId());
        logIn(account.email(), Accounts.PASSWORD).expectStatus().isUnauthorized();
        verify(oldToken).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("token");
        // the old address is free: a new sign-up with it makes an account
        String newcomer = "new" + account.username();
        client.post().uri("/auth/signup").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", newcomer, "email", account.email(), "password", Accounts.PASSWORD))
                .exchange().expectStatus().isAccepted();
        assertThat(CognitoUsers.withEmail(account.email())).containsExactly(newcomer);
        JsonNode newcomerTokens = logIn(account.email(), Accounts.PASSWORD).expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(me("Bearer " + newcomerTokens.get("access_token").asString()).get("username").asString())
                .isEqualTo(newcomer);
    }

    @Test
    void aReservationOfASignUpThatDiedIsTakenOver() {
        String name = "late" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String email = name + "@example.com";
        dynamoDb.putItem(r -> r.tableName(tables.emailReservationsTable()).item(Map.of(
                EmailReservationsTable.EMAIL, AttributeValue.fromS(email),
                EmailReservationsTable.USERNAME, AttributeValue.fromS("ghost" + name),
                EmailReservationsTable.RESERVED_AT, AttributeValue.fromS("2020-01-01T00:00:00Z")))).join();

        client.post().uri("/auth/signup").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", name, "email", email, "password", Accounts.PASSWORD))
                .exchange().expectStatus().isAccepted();

        assertThat(CognitoUsers.withEmail(email)).containsExactly(name);
        JsonNode tokens = logIn(email, Accounts.PASSWORD).expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(me("Bearer " + tokens.get("access_token").asString()).get("username").asString()).isEqualTo(name);
    }

    @Test
    void anAccountFromBeforeReservationsKeepsItsAddress() {
        String name = "old" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String email = name + "@example.com";
        var cognito = DevStack.shared().cognito();
        String legacyId = cognito.client().adminCreateUser(r -> r.userPoolId(cognito.userPoolId()).username(name)
                        .messageAction("SUPPRESS").userAttributes(
                                AttributeType.builder().name("email").value(email).build(),
                                AttributeType.builder().name("email_verified").value("true").build()))
                .user().attributes().stream().filter(a -> a.name().equals("sub")).findFirst().orElseThrow().value();
        cognito.client().adminSetUserPassword(r -> r.userPoolId(cognito.userPoolId()).username(name)
                .password(Accounts.PASSWORD).permanent(true));

        client.post().uri("/auth/signup").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", "new" + name, "email", email, "password", Accounts.PASSWORD))
                .exchange().expectStatus().isAccepted();

        assertThat(CognitoUsers.withEmail(email)).containsExactly(name);
        assertThat(EventTopic.eventsOf(legacyId)).extracting(EventTopic.Received::type)
                .containsExactly("careervault.user.sign-up-attempted.v1");
        // the address is now reserved for the old account: login by email reads the reservation
        JsonNode tokens = logIn(email.toUpperCase(java.util.Locale.ROOT), Accounts.PASSWORD).expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(me("Bearer " + tokens.get("access_token").asString()).get("user_id").asString())
                .isEqualTo(legacyId);
    }

    private static EmailLinks.Link link(EmailLinks.Purpose purpose, String userId, String email, Instant expiresAt) {
        return new EmailLinks.Link(purpose, userId, email, UUID.randomUUID().toString(), expiresAt);
    }

    private WebTestClient.ResponseSpec verify(String token) {
        return client.post().uri("/auth/verify-email").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("token", token)).exchange();
    }

    private WebTestClient.ResponseSpec changeEmail(Accounts.Account account, String email, String password) {
        return client.put().uri("/auth/me/email").header("Authorization", account.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", email, "password", password)).exchange();
    }

    private WebTestClient.ResponseSpec logIn(String username, String password) {
        return client.post().uri("/auth/login").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", username, "password", password)).exchange();
    }

    private JsonNode me(String bearer) {
        return client.get().uri("/auth/me").header("Authorization", bearer).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
    }
}
