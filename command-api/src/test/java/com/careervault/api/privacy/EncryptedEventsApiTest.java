package com.careervault.api.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.careervault.api.support.Accounts;
import com.careervault.api.support.ApiIntegrationTest;
import com.careervault.contracts.dynamodb.DataKeysTable;
import com.careervault.contracts.privacy.DataKeys;
import com.careervault.contracts.privacy.PersonalFields;
import com.careervault.devstack.DevStack;
import com.careervault.devstack.EventTopic;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.databind.JsonNode;

/**
 * What the API puts on the event topic: the personal fields of its events only as ciphertext under the
 * user's data key, which it created in the key table with the user's first event.
 */
@ApiIntegrationTest
class EncryptedEventsApiTest {

    @Autowired
    WebTestClient client;
    @Autowired
    DataKeys dataKeys;

    @Test
    void theRecordsOnTheTopicCarryNoPersonalValueInClear() {
        Accounts.Account account = Accounts.signUpAndLogIn(client);
        client.post().uri("/api/jobs").header("Authorization", account.bearer())
                .contentType(MediaType.APPLICATION_JSON).bodyValue("""
                        {"company": "Zanzibar Widgets", "position": "Quartermaster", "status": "Applied",
                         "location": "Timbuktu", "salary_range": "$1-$2", "url": "https://jobs.example.com/zw",
                         "notes": "met Quentin at the fair", "tags": ["xylophone"]}""")
                .exchange()
                .expectStatus().isAccepted();

        List<EventTopic.Received> events = EventTopic.eventsOf(account.userId());
        EventTopic.Received registered = events.stream()
                .filter(e -> e.type().equals("careervault.user.registered.v1")).findFirst().orElseThrow();
        EventTopic.Received created = events.stream()
                .filter(e -> e.type().equals("careervault.job.created.v1")).findFirst().orElseThrow();

        String rawRegistration = new String(registered.value(), StandardCharsets.UTF_8);
        assertThat(rawRegistration).contains(PersonalFields.ENCRYPTED_FIELDS).contains(account.userId())
                .doesNotContain(account.email()).doesNotContain(account.username())
                .doesNotContain("Jane").doesNotContain("Doe");
        String rawCreation = new String(created.value(), StandardCharsets.UTF_8);
        assertThat(rawCreation).contains(PersonalFields.ENCRYPTED_FIELDS).contains("\"status\":\"Applied\"");
        for (String personal : List.of("Zanzibar", "Quartermaster", "Timbuktu", "$1-$2", "jobs.example.com/zw",
                "Quentin", "xylophone")) {
            assertThat(rawCreation).doesNotContain(personal);
        }
        // consumers, with the key, read them back as they were sent
        JsonNode data = created.data();
        assertThat(data.get("company").asString()).isEqualTo("Zanzibar Widgets");
        assertThat(data.get("notes").asString()).isEqualTo("met Quentin at the fair");
        assertThat(registered.data().get("email").asString()).isEqualTo(account.email());

        // one key for the user, stored wrapped: no plaintext key material in the table
        try (DynamoDbClient dynamoDb = DevStack.shared().dynamoDb()) {
            Map<String, AttributeValue> item = dynamoDb.getItem(get -> get.tableName(DataKeysTable.DEFAULT_TABLE)
                    .key(Map.of(DataKeysTable.USER_ID, AttributeValue.fromS(account.userId())))).item();
            assertThat(item).containsKeys(DataKeysTable.WRAPPED_KEY, DataKeysTable.CREATED_AT)
                    .doesNotContainKey(DataKeysTable.DELETED_AT);
            assertThat(item.get(DataKeysTable.WRAPPED_KEY).b().asByteArray()).hasSizeGreaterThan(28);
        }
    }

    @Test
    void nothingPersonalIsWrittenForAUserWhoseKeyWasDeleted() {
        Accounts.Account account = Accounts.signUpAndLogIn(client);
        int before = EventTopic.eventsOf(account.userId()).size();

        dataKeys.delete(account.userId());

        client.post().uri("/api/jobs").header("Authorization", account.bearer())
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"company\": \"Acme\", \"position\": \"Engineer\"}")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.detail").isEqualTo("The account was deleted; nothing was recorded");
        assertThat(EventTopic.eventsOf(account.userId())).hasSize(before);
    }
}
