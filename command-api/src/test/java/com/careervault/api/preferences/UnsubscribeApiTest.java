package com.careervault.api.preferences;

import static org.assertj.core.api.Assertions.assertThat;

import com.careervault.api.support.Accounts;
import com.careervault.api.support.ApiIntegrationTest;
import com.careervault.api.support.EmailLinkTokens;
import com.careervault.contracts.dynamodb.ReadModel.Users;
import com.careervault.contracts.links.EmailLinks.Purpose;
import com.careervault.devstack.DevStack;
import com.careervault.devstack.EventTopic;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * RFC 8058 one-click unsubscribe: a GET of the emailed URL (what link scanners do) is the web app's page and
 * changes nothing; a POST, as a mail provider or the page's button sends it, turns every reminder off, for a
 * token that is genuine, unexpired, meant for unsubscribing and names the account's current address.
 */
@ApiIntegrationTest
class UnsubscribeApiTest {

    private static final String PREFERENCES_CHANGED = "careervault.user.preferences-changed.v1";

    @Autowired
    WebTestClient client;

    private Accounts.Account account;

    @BeforeEach
    void signUp() {
        account = Accounts.signUpAndLogIn(client);
        // preferences of the user's own, as the projector stores them (no projector runs here)
        try (DynamoDbClient dynamoDb = DevStack.shared().dynamoDb()) {
            dynamoDb.putItem(request -> request.tableName(Users.DEFAULT_TABLE).item(Map.of(
                    Users.USER_ID, AttributeValue.fromS(account.userId()),
                    Users.PREFERENCES, AttributeValue.fromM(Map.of(
                            "follow_up_enabled", AttributeValue.fromBool(true),
                            "follow_up_days", AttributeValue.fromN("10"),
                            "interview_enabled", AttributeValue.fromBool(true),
                            "custom_enabled", AttributeValue.fromBool(true),
                            "time_zone", AttributeValue.fromS("Europe/Berlin"),
                            "interview_lead_hours", AttributeValue.fromN("6"))))));
        }
    }

    @Test
    void aScannersGetIsTheWebAppsPageAndChangesNothing() {
        String token = EmailLinkTokens.sign(Purpose.UNSUBSCRIBE, account.userId(), account.email());
        String before = preferences();
        assertThat(before).contains("\"follow_up_enabled\":true", "\"time_zone\":\"Europe/Berlin\"");
        int events = EventTopic.eventsOf(account.userId()).size();

        String page = client.get().uri("/unsubscribe?token=" + token).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class).returnResult().getResponseBody();
        // a HEAD (some scanners) reaches no handler that changes anything either
        client.head().uri("/unsubscribe?token=" + token).exchange().expectBody().isEmpty();

        assertThat(page).contains("<div id=\"root\"></div>");
        assertThat(EventTopic.eventsOf(account.userId())).hasSize(events);
        assertThat(preferences()).isEqualTo(before);
    }

    @Test
    void theMailProvidersOneClickPostTurnsEveryReminderOffKeepingDaysAndTimeZone() {
        String token = EmailLinkTokens.sign(Purpose.UNSUBSCRIBE, account.userId(), account.email());

        client.post().uri("/unsubscribe?token=" + token)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).bodyValue("List-Unsubscribe=One-Click")
                .exchange().expectStatus().isOk()
                .expectBody().json("{\"email\": \"" + account.email() + "\", \"reminders_enabled\": false}", true);

        assertRemindersOff();
    }

    @Test
    void theWebAppsButtonPostsNoBodyOrAnEmptyObject() {
        List<Function<WebTestClient.RequestBodySpec, WebTestClient.RequestHeadersSpec<?>>> bodies = List.of(
                request -> request,
                request -> request.contentType(MediaType.APPLICATION_JSON).bodyValue("{}"));
        for (var body : bodies) {
            int events = EventTopic.eventsOf(account.userId()).size();
            String token = EmailLinkTokens.sign(Purpose.UNSUBSCRIBE, account.userId(), account.email());
            body.apply(client.post().uri("/unsubscribe?token=" + token)).exchange()
                    .expectStatus().isOk()
                    .expectBody().jsonPath("$.reminders_enabled").isEqualTo(false)
                    .jsonPath("$.email").isEqualTo(account.email());
            assertThat(EventTopic.eventsOf(account.userId())).hasSize(events + 1);
            assertRemindersOff();
        }
    }

    @Test
    void forgedExpiredOtherPurposeAndOtherAddressTokensAreRefused() {
        Accounts.Account other = Accounts.signUpAndLogIn(client);
        String id = UUID.randomUUID().toString();
        List<String> refused = List.of(
                EmailLinkTokens.forged(Purpose.UNSUBSCRIBE, account.userId(), account.email()),
                EmailLinkTokens.sign(Purpose.UNSUBSCRIBE, account.userId(), account.email(), id, Duration.ofSeconds(-1)),
                EmailLinkTokens.sign(Purpose.RESET_PASSWORD, account.userId(), account.email()),
                EmailLinkTokens.sign(Purpose.VERIFY_EMAIL, account.userId(), account.email()),
                // the address is no longer (or never was) the account's
                EmailLinkTokens.sign(Purpose.UNSUBSCRIBE, account.userId(), other.email()),
                EmailLinkTokens.sign(Purpose.UNSUBSCRIBE, account.userId(), "former-" + account.email()),
                "garbage");
        int events = EventTopic.eventsOf(account.userId()).size();
        for (String token : refused) {
            client.post().uri("/unsubscribe?token=" + token)
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED).bodyValue("List-Unsubscribe=One-Click")
                    .exchange().expectStatus().isBadRequest()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.errors.length()").isEqualTo(1)
                    .jsonPath("$.errors[0].field").isEqualTo("token");
        }
        client.post().uri("/unsubscribe").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("token");
        assertThat(EventTopic.eventsOf(account.userId())).hasSize(events);
        assertThat(EventTopic.eventsOf(other.userId()).stream().map(EventTopic.Received::type))
                .doesNotContain(PREFERENCES_CHANGED);
    }

    @Test
    void theOldGetEndpointIsGone() {
        String token = EmailLinkTokens.sign(Purpose.UNSUBSCRIBE, account.userId(), account.email());
        int events = EventTopic.eventsOf(account.userId()).size();
        client.get().uri("/api/me/preferences/unsubscribe?token=" + token).exchange()
                .expectStatus().isUnauthorized();
        client.get().uri("/api/me/preferences/unsubscribe?token=" + token).header("Authorization", account.bearer())
                .exchange().expectStatus().isNotFound();
        assertThat(EventTopic.eventsOf(account.userId())).hasSize(events);
    }

    private void assertRemindersOff() {
        String preferences = "{\"follow_up_enabled\":false,\"follow_up_days\":10,\"interview_enabled\":false,"
                + "\"custom_enabled\":false,\"time_zone\":\"Europe/Berlin\",\"interview_lead_hours\":6,"
                // the thresholds the seeded item does not have read as the defaults, and are kept
                + "\"ghosted_after_applied_days\":21,\"ghosted_after_interview_days\":14}";
        assertThat(lastEventOf(account.userId())).satisfies(e -> {
            assertThat(e.type()).isEqualTo(PREFERENCES_CHANGED);
            assertThat(e.data().toString()).isEqualTo("{\"user_id\":\"" + account.userId() + "\",\"preferences\":"
                    + preferences + "}");
        });
    }

    private String preferences() {
        return client.get().uri("/api/me/preferences").header("Authorization", account.bearer()).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
    }

    private static EventTopic.Received lastEventOf(String userId) {
        List<EventTopic.Received> events = EventTopic.eventsOf(userId);
        assertThat(events).isNotEmpty();
        return events.get(events.size() - 1);
    }
}
