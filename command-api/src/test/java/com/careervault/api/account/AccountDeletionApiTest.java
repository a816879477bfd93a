package com.careervault.api.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.careervault.api.auth.CognitoIdentity;
import com.careervault.api.documents.DocumentsProperties;
import com.careervault.api.support.Accounts;
import com.careervault.api.support.ApiIntegrationTest;
import com.careervault.contracts.dynamodb.DataKeysTable;
import com.careervault.contracts.dynamodb.DocumentsTable;
import com.careervault.contracts.dynamodb.EmailReservationsTable;
import com.careervault.contracts.dynamodb.ReadModel.Quotas;
import com.careervault.contracts.dynamodb.ResumesTable;
import com.careervault.devstack.DevStack;
import com.careervault.devstack.EventTopic;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.s3.model.S3Object;
import tools.jackson.databind.JsonNode;

/**
 * {@code DELETE /api/me} against the real API and devstack (Cognito, Kafka, DynamoDB): the password is
 * required and checked like a sign-in, the deletion appends {@code UserDeleted} once, removes the Cognito
 * user, deletes the resume, releases the address, forgets the account's guard items and ends every session; a repeat after a
 * failure that left the Cognito user deleted finishes the job without the password.
 */
@ApiIntegrationTest
class AccountDeletionApiTest {

    private static final String DELETED = "careervault.user.deleted.v1";

    @Autowired
    WebTestClient client;
    @Autowired
    CognitoIdentity identity;
    @Autowired
    DeletionRecords records;

    @Test
    void aMissingOrWrongPasswordIsRefusedAndDeletesNothing() {
        Accounts.Account account = Accounts.signUpAndLogIn(client);

        delete(account, "{}").expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors.length()").isEqualTo(1)
                .jsonPath("$.errors[0].field").isEqualTo("password");
        delete(account, "{\"password\": \"Wr0ng!Password\"}").expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://careervault.dev/problems/forbidden")
                .jsonPath("$.errors.length()").isEqualTo(1)
                .jsonPath("$.errors[0].field").isEqualTo("password")
                .jsonPath("$.errors[0].message").isEqualTo("is not the account's password");

        assertThat(EventTopic.eventsOf(account.userId())).noneMatch(event -> event.type().equals(DELETED));
        client.get().uri("/auth/me").header("Authorization", account.bearer()).exchange().expectStatus().isOk();
        Accounts.logIn(client, account.username());
    }

    @Test
    void wrongPasswordsCountAsFailedSignInsUntilTheAccountIsLimited() {
        Accounts.Account account = Accounts.signUpAndLogIn(client);
        for (int i = 0; i < 5; i++) {
            delete(account, "{\"password\": \"Wr0ng!Password\"}").expectStatus().isForbidden();
        }
        delete(account, "{\"password\": \"" + Accounts.PASSWORD + "\"}").expectStatus().isEqualTo(429)
                .expectHeader().exists("Retry-After");
        client.get().uri("/auth/me").header("Authorization", account.bearer()).exchange().expectStatus().isOk();
    }

    @Test
    void theDeletionRemovesTheAccountEverywhereTheApiKeepsIt() {
        Accounts.Account account = Accounts.signUpAndLogIn(client);
        JsonNode otherSession = Accounts.logIn(client, account.username());
        // a job, so that the account has guard items (the live-job counter and the job's marker)
        client.post().uri("/api/jobs").header("Authorization", account.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"company\": \"Acme\", \"position\": \"Engineer\", \"status\": \"Applied\"}")
                .exchange().expectStatus().isAccepted();
        assertThat(guardItemsOf(account.userId())).isNotEmpty();
        storeResume(account);
        assertThat(resumeOf(account.userId())).isNotEmpty();
        String feedPath = "/calendar/" + client.post().uri("/api/me/calendar-feed")
                .header("Authorization", account.bearer()).exchange().expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("secret").asString() + ".ics";
        client.get().uri(feedPath).exchange().expectStatus().isOk();
        MultipartBodyBuilder letter = new MultipartBodyBuilder();
        letter.part("file", "Dear hiring team".getBytes(StandardCharsets.UTF_8)).filename("letter.txt")
                .contentType(MediaType.APPLICATION_OCTET_STREAM);
        letter.part("name", "Cover letter");
        letter.part("kind", "cover_letter");
        client.post().uri("/api/documents").header("Authorization", account.bearer())
                .contentType(MediaType.MULTIPART_FORM_DATA).bodyValue(letter.build()).exchange()
                .expectStatus().isCreated();
        assertThat(documentObjectsOf(account.userId())).hasSize(1);
        assertThat(documentItemsOf(account.userId())).isNotEmpty();

        delete(account, "{\"password\": \"" + Accounts.PASSWORD + "\"}").expectStatus().isNoContent()
                .expectBody().isEmpty();

        List<EventTopic.Received> deleted = EventTopic.eventsOf(account.userId()).stream()
                .filter(event -> event.type().equals(DELETED)).toList();
        assertThat(deleted).singleElement().satisfies(event -> {
            assertThat(event.key()).isEqualTo(account.userId());
            assertThat(event.data().toString()).isEqualTo("{\"user_id\":\"" + account.userId() + "\"}");
        });
        assertThat(identity.userIdOf(account.username()).block()).isEmpty();
        for (String token : List.of(account.accessToken(), otherSession.get("access_token").asString())) {
            client.get().uri("/auth/me").header("Authorization", "Bearer " + token).exchange()
                    .expectStatus().isUnauthorized();
        }
        client.post().uri("/auth/login").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", account.username(), "password", Accounts.PASSWORD))
                .exchange().expectStatus().isUnauthorized();
        assertThat(reservationOf(account.email())).isEmpty();
        assertThat(guardItemsOf(account.userId())).isEmpty();
        assertThat(resumeOf(account.userId())).isEmpty();
        // the calendar subscription's address reads nothing any more
        client.get().uri(feedPath).exchange().expectStatus().isNotFound();
        // no stored file and no library item (usage, document, version) is left
        assertThat(documentObjectsOf(account.userId())).isEmpty();
        assertThat(documentItemsOf(account.userId())).isEmpty();
        // the key material is gone; what remains is the mark that no new key is ever made for this user
        assertThat(dataKeyOf(account.userId())).containsOnlyKeys(DataKeysTable.USER_ID, DataKeysTable.DELETED_AT);

        // the address is free: a new account takes it and holds its reservation
        String username = "again" + account.username().substring(4);
        client.post().uri("/auth/signup").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", username, "email", account.email(), "password", Accounts.PASSWORD))
                .exchange().expectStatus().isAccepted();
        Accounts.logIn(client, username);
        assertThat(reservationOf(account.email())).containsEntry(EmailReservationsTable.USERNAME,
                AttributeValue.fromS(username));
    }

    @Test
    void aRepeatAfterTheCognitoUserWasDeletedFinishesTheDeletionWithoutThePassword() {
        Accounts.Account account = Accounts.signUpAndLogIn(client);
        storeResume(account);
        // the state a first attempt leaves when it fails right after deleting the Cognito user
        records.begin(account.userId(), new DeletionRecords.Deletion(account.username(), account.email())).block();
        identity.deleteUser(account.username()).block();
        assertThat(reservationOf(account.email())).isNotEmpty();

        // the password can no longer be checked: the marker proves the deletion was started with it
        delete(account, "{\"password\": \"anything\"}").expectStatus().isNoContent();

        assertThat(reservationOf(account.email())).isEmpty();
        assertThat(guardItemsOf(account.userId())).isEmpty();
        assertThat(resumeOf(account.userId())).isEmpty();
        client.get().uri("/auth/me").header("Authorization", account.bearer()).exchange()
                .expectStatus().isUnauthorized();
        // UserDeleted was appended by the first attempt (before the Cognito user went), not again
        assertThat(EventTopic.eventsOf(account.userId())).noneMatch(event -> event.type().equals(DELETED));
    }

    @Test
    void withoutAMarkerACallerWhoseCognitoUserIsGoneOnlyHasTheirSessionsEnded() {
        Accounts.Account account = Accounts.signUpAndLogIn(client);
        identity.deleteUser(account.username()).block();

        delete(account, "{\"password\": \"anything\"}").expectStatus().isNoContent();

        assertThat(EventTopic.eventsOf(account.userId())).noneMatch(event -> event.type().equals(DELETED));
        assertThat(reservationOf(account.email())).isNotEmpty();
        client.get().uri("/auth/me").header("Authorization", account.bearer()).exchange()
                .expectStatus().isUnauthorized();
    }

    private WebTestClient.ResponseSpec delete(Accounts.Account account, String body) {
        return client.method(HttpMethod.DELETE).uri("/api/me").header("Authorization", account.bearer())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private static List<Map<String, AttributeValue>> guardItemsOf(String userId) {
        return DevStack.shared().dynamoDb().query(r -> r.tableName(Quotas.DEFAULT_TABLE).consistentRead(true)
                .keyConditionExpression("#u = :u").expressionAttributeNames(Map.of("#u", Quotas.USER_ID))
                .expressionAttributeValues(Map.of(":u", AttributeValue.fromS(userId)))).items();
    }

    private void storeResume(Accounts.Account account) {
        client.put().uri("/api/me/resume").header("Authorization", account.bearer())
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"text\": \"Eight years of Go\"}")
                .exchange().expectStatus().isOk();
    }

    private static List<S3Object> documentObjectsOf(String userId) {
        return DevStack.shared().s3().listObjectsV2(r -> r.bucket(DevStack.shared().documentsBucket())
                .prefix(DocumentsProperties.DEFAULT_PREFIX + "/" + userId + "/")).contents();
    }

    private static List<Map<String, AttributeValue>> documentItemsOf(String userId) {
        return DevStack.shared().dynamoDb().query(r -> r.tableName(DocumentsTable.DEFAULT_TABLE).consistentRead(true)
                .keyConditionExpression("#u = :u").expressionAttributeNames(Map.of("#u", DocumentsTable.USER_ID))
                .expressionAttributeValues(Map.of(":u", AttributeValue.fromS(userId)))).items();
    }

    private static Map<String, AttributeValue> resumeOf(String userId) {
        return DevStack.shared().dynamoDb().getItem(r -> r.tableName(ResumesTable.DEFAULT_TABLE)
                .consistentRead(true).key(Map.of(ResumesTable.USER_ID, AttributeValue.fromS(userId)))).item();
    }

    private static Map<String, AttributeValue> reservationOf(String email) {
        return DevStack.shared().dynamoDb().getItem(r -> r.tableName(EmailReservationsTable.DEFAULT_TABLE)
                .consistentRead(true).key(Map.of(EmailReservationsTable.EMAIL, AttributeValue.fromS(email)))).item();
    }

    /**
     * The user's item in the data-key table ({@code CareerVault-DataKeys}, the crypto-shredding's); empty when
     * there is no such item.
     */
    private static Map<String, AttributeValue> dataKeyOf(String userId) {
        try {
            return DevStack.shared().dynamoDb().getItem(r -> r.tableName(DataKeysTable.DEFAULT_TABLE)
                    .consistentRead(true).key(Map.of(DataKeysTable.USER_ID, AttributeValue.fromS(userId)))).item();
        } catch (ResourceNotFoundException noTable) {
            return Map.of();
        }
    }
}
