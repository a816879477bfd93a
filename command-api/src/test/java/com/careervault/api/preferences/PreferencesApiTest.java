package com.careervault.api.preferences;

import static org.assertj.core.api.Assertions.assertThat;

import com.careervault.api.support.Accounts;
import com.careervault.api.support.ApiIntegrationTest;
import com.careervault.devstack.EventTopic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

@ApiIntegrationTest
class PreferencesApiTest {

    @Autowired
    WebTestClient client;

    private Accounts.Account account;

    @BeforeEach
    void signIn() {
        account = Accounts.signUpAndLogIn(client);
    }

    @Test
    void defaultsUntilChangedAndAChangeIsPublished() {
        client.get().uri("/api/me/preferences").header("Authorization", account.bearer()).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.follow_up_enabled").isEqualTo(true)
                .jsonPath("$.follow_up_days").isEqualTo(7)
                .jsonPath("$.time_zone").isEqualTo("UTC");

        client.put().uri("/api/me/preferences").header("Authorization", account.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"follow_up_days\": 10, \"interview_enabled\": false, \"time_zone\": \"Europe/Berlin\", "
                        + "\"interview_lead_hours\": 2}")
                .exchange().expectStatus().isAccepted()
                .expectBody().jsonPath("$.follow_up_days").isEqualTo(10);

        assertThat(EventTopic.eventsOf(account.userId())).last().satisfies(e -> {
            assertThat(e.type()).isEqualTo("careervault.user.preferences-changed.v1");
            assertThat(e.data().toString()).isEqualTo("{\"user_id\":\"" + account.userId() + "\",\"preferences\":{"
                    + "\"follow_up_enabled\":true,\"follow_up_days\":10,\"interview_enabled\":false,"
                    + "\"custom_enabled\":true,\"time_zone\":\"Europe/Berlin\",\"interview_lead_hours\":2,"
                    + "\"ghosted_after_applied_days\":21,\"ghosted_after_interview_days\":14}}");
        });
    }

    @Test
    void theGhostedThresholdsDefaultToTwentyOneAndFourteenDaysAndAreSetLikeTheRest() {
        client.get().uri("/api/me/preferences").header("Authorization", account.bearer()).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.ghosted_after_applied_days").isEqualTo(21)
                .jsonPath("$.ghosted_after_interview_days").isEqualTo(14);

        client.put().uri("/api/me/preferences").header("Authorization", account.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"ghosted_after_applied_days\": 30, \"ghosted_after_interview_days\": 365}")
                .exchange().expectStatus().isAccepted()
                .expectBody()
                .jsonPath("$.ghosted_after_applied_days").isEqualTo(30)
                .jsonPath("$.ghosted_after_interview_days").isEqualTo(365)
                .jsonPath("$.follow_up_days").isEqualTo(7);

        assertThat(EventTopic.eventsOf(account.userId())).last().satisfies(e -> assertThat(e.data().toString())
                .endsWith("\"ghosted_after_applied_days\":30,\"ghosted_after_interview_days\":365}}"));
    }

    @Test
    void ghostedThresholdsOutsideOneToThreeHundredSixtyFiveOrNotWholeNumbersAreProblems() {
        client.put().uri("/api/me/preferences").header("Authorization", account.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"ghosted_after_applied_days\": 0, \"ghosted_after_interview_days\": 366}")
                .exchange().expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors.length()").isEqualTo(2)
                .jsonPath("$.errors[?(@.field == 'ghosted_after_applied_days')].message")
                .isEqualTo("must be a whole number from 1 to 365")
                .jsonPath("$.errors[?(@.field == 'ghosted_after_interview_days')].message")
                .isEqualTo("must be a whole number from 1 to 365");

        client.put().uri("/api/me/preferences").header("Authorization", account.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"ghosted_after_applied_days\": \"three weeks\", \"ghosted_after_interview_days\": 2.5}")
                .exchange().expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors.length()").isEqualTo(2)
                .jsonPath("$.errors[?(@.field == 'ghosted_after_applied_days')]").exists()
                .jsonPath("$.errors[?(@.field == 'ghosted_after_interview_days')]").exists();
    }

    @Test
    void invalidPreferencesAreListedPerField() {
        client.put().uri("/api/me/preferences").header("Authorization", account.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"follow_up_days\": 0, \"follow_up_enabled\": \"yes\", \"time_zone\": \"Mars/Olympus\"}")
                .exchange().expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors.length()").isEqualTo(3)
                .jsonPath("$.errors[?(@.field == 'follow_up_days')].message").isEqualTo("must be a whole number from 1 to 90")
                .jsonPath("$.errors[?(@.field == 'follow_up_enabled')].message").isEqualTo("must be true or false")
                .jsonPath("$.errors[?(@.field == 'time_zone')]").exists();
    }
}
