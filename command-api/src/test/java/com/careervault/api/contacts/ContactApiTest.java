package com.careervault.api.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import com.careervault.api.support.Accounts;
import com.careervault.api.support.ApiIntegrationTest;
import com.careervault.api.support.ProjectorGroup;
import com.careervault.contracts.dynamodb.ReadModel.Contacts;
import com.careervault.contracts.dynamodb.ReadModel.Jobs;
import com.careervault.contracts.dynamodb.ReadModel.Position;
import com.careervault.contracts.privacy.PersonalFields;
import com.careervault.devstack.DevStack;
import com.careervault.devstack.EventTopic;
import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.databind.JsonNode;

/**
 * The contacts API against the real API and devstack. There is no projector here: the read-model items are
 * written as the projector writes them (its tests check that side), and this class's own projector group is moved
 * to the end of the caller's partition, as the projector commits after applying, so that commands and reads see
 * them (read-your-writes, {@code ProjectorProgress}).
 */
@ApiIntegrationTest
@TestPropertySource(properties = "careervault.consistency.projector-group-id=" + ContactApiTest.GROUP)
class ContactApiTest {

    static final String GROUP = "command-api-test-contacts";
    private static final String ADDED = "careervault.contact.added.v1";

    @Autowired
    WebTestClient client;

    private Accounts.Account account;

    @BeforeEach
    void signIn() {
        account = Accounts.signUpAndLogIn(client);
        projectorCaughtUp(account);
    }

    @Test
    void anAddedContactIsOneEventWithItsDetailsEncryptedOnTheTopic() {
        String job = newId();
        putJob(account, job);
        JsonNode accepted = post("/api/contacts", """
                {"name": "  Zebedee Quimby ", "role": "Hiring Manager", "company": "Xylophonics",
                 "email": "zebedee@xylophonics.example", "phone": "+44 20 7946 0991",
                 "profile_url": "https://profiles.example.com/zq", "notes": "met at the fair",
                 "job_ids": ["%s", "%s"]}""".formatted(job.toUpperCase(), job))
                .expectStatus().isAccepted()
                .expectHeader().valueMatches("Location", "/api/contacts/[0-9a-f-]{36}")
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        String contactId = accepted.get("contact_id").asString();

        EventTopic.Received added = lastEvent(ADDED);
        assertThat(added.event().get("id").asString()).isEqualTo(accepted.get("event_id").asString());
        assertThat(added.data().toString()).isEqualTo("{\"user_id\":\"" + account.userId() + "\",\"contact_id\":\""
                + contactId + "\",\"name\":\"Zebedee Quimby\",\"role\":\"Hiring Manager\",\"company\":\"Xylophonics\","
                + "\"email\":\"zebedee@xylophonics.example\",\"phone\":\"+44 20 7946 0991\","
                + "\"profile_url\":\"https://profiles.example.com/zq\",\"notes\":\"met at the fair\","
                + "\"job_ids\":[\"" + job + "\"]}");
        String raw = new String(added.value(), StandardCharsets.UTF_8);
        assertThat(raw).contains(PersonalFields.ENCRYPTED_FIELDS).contains(contactId).contains(job);
        for (String personal : List.of("Zebedee", "Quimby", "Hiring Manager", "Xylophonics", "zebedee@",
                "7946 0991", "profiles.example.com", "met at the fair")) {
            assertThat(raw).doesNotContain(personal);
        }
    }

    @Test
    void badInputIsAProblemNamingEachFieldAndNothingIsPublished() {
        Accounts.Account other = Accounts.signUpAndLogIn(client);
        String othersJob = newId();
        putJob(other, othersJob);
        String othersContact = newId();
        putContact(other, othersContact, "Ada Lovelace", "Tech Corp", List.of(othersJob));
        projectorCaughtUp(other);
        int events = EventTopic.eventsOf(account.userId()).size();

        post("/api/contacts", "{\"role\": \"Recruiter\"}").expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors.length()").isEqualTo(1)
                .jsonPath("$.errors[0].field").isEqualTo("name")
                .jsonPath("$.errors[0].message").isEqualTo("is required");
        post("/api/contacts", "{\"name\": \"Ada\", \"notes\": \"" + "n".repeat(100_000) + "\"}")
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("notes")
                .jsonPath("$.errors[0].message").isEqualTo("must be at most 5000 characters");
        post("/api/contacts", """
                {"name": 5, "email": "not-an-address", "profile_url": "javascript:alert(1)", "job_ids": "x",
                 "phone": ["1"]}""")
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors.length()").isEqualTo(5)
                .jsonPath("$.errors[?(@.field == 'name')].message").isEqualTo("must be a string")
                .jsonPath("$.errors[?(@.field == 'email')].message").isEqualTo("must be an email address")
                .jsonPath("$.errors[?(@.field == 'profile_url')].message")
                .isEqualTo("must be an absolute http(s) URL")
                .jsonPath("$.errors[?(@.field == 'job_ids')].message").isEqualTo("must be an array of strings")
                .jsonPath("$.errors[?(@.field == 'phone')].message").isEqualTo("must be a string");
        post("/api/contacts", "{\"name\": \"Ada\", \"job_ids\": [\"not-a-uuid\"]}").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("job_ids[0]")
                .jsonPath("$.errors[0].message").isEqualTo("must be a job id (a UUID)");
        post("/api/contacts", "{\"name\": \"Ada\",").expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://careervault.dev/problems/malformed-request");
        // another user's job, and a job nobody has
        post("/api/contacts", "{\"name\": \"Ada\", \"job_ids\": [\"" + othersJob + "\"]}")
                .expectStatus().isEqualTo(422)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://careervault.dev/problems/unknown-reference")
                .jsonPath("$.errors[0].field").isEqualTo("job_ids")
                .jsonPath("$.errors[0].message").isEqualTo("the caller has no job " + othersJob);

        // another user's contact is no contact of the caller's, whatever is asked of it
        String path = "/api/contacts/" + othersContact;
        client.get().uri(path).header("Authorization", account.bearer()).exchange().expectStatus().isNotFound();
        client.get().uri(path + ".vcf").header("Authorization", account.bearer()).exchange()
                .expectStatus().isNotFound();
        client.patch().uri(path).header("Authorization", account.bearer()).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"name\": \"Mine now\"}").exchange().expectStatus().isNotFound();
        client.delete().uri(path).header("Authorization", account.bearer()).exchange().expectStatus().isNotFound();
        post(path + "/contacted", "{}").expectStatus().isNotFound();
        client.get().uri("/api/contacts/not-a-uuid").header("Authorization", account.bearer()).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("contact_id");

        assertThat(EventTopic.eventsOf(account.userId())).hasSize(events);
        client.get().uri(path).header("Authorization", other.bearer()).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.name").isEqualTo("Ada Lovelace");
    }

    @Test
    void changesRemovalsAndContactsAreEventsOfTheCallersContact() {
        String job = newId();
        putJob(account, job);
        String contact = newId();
        putContact(account, contact, "Ada Lovelace", "Tech Corp", List.of(job));

        patch("/api/contacts/" + contact, "{\"role\": \"Director\", \"company\": null, \"job_ids\": null}")
                .expectStatus().isAccepted();
        assertThat(lastEvent("careervault.contact.changed.v1").data().toString()).isEqualTo("{\"user_id\":\""
                + account.userId() + "\",\"contact_id\":\"" + contact + "\",\"name\":\"Ada Lovelace\","
                + "\"role\":\"Director\",\"email\":\"ada@example.com\",\"phone\":\"+44 20 7946 0000\","
                + "\"profile_url\":\"https://www.linkedin.com/in/ada\","
                + "\"notes\":\"Met at the meetup; likes Babbage, too\",\"job_ids\":[]}");
        // the same values again: nothing to publish
        int events = EventTopic.eventsOf(account.userId()).size();
        patch("/api/contacts/" + contact, "{\"name\": \"Ada Lovelace\"}").expectStatus().isAccepted()
                .expectBody().jsonPath("$.event_id").doesNotExist();
        assertThat(EventTopic.eventsOf(account.userId())).hasSize(events);
        patch("/api/contacts/" + contact, "{\"name\": null}").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("name")
                .jsonPath("$.errors[0].message").isEqualTo("cannot be removed");

        post("/api/contacts/" + contact + "/contacted", "{\"contacted_at\": \"2026-11-28T17:00:00+01:00\"}")
                .expectStatus().isAccepted();
        assertThat(lastEvent("careervault.contact.contacted.v1").data().toString()).isEqualTo("{\"user_id\":\""
                + account.userId() + "\",\"contact_id\":\"" + contact + "\",\"contacted_at\":"
                + "\"2026-11-28T16:00:00.000000Z\"}");

        client.delete().uri("/api/contacts/" + contact).header("Authorization", account.bearer()).exchange()
                .expectStatus().isAccepted();
        assertThat(lastEvent("careervault.contact.removed.v1").data().toString()).isEqualTo("{\"user_id\":\""
                + account.userId() + "\",\"contact_id\":\"" + contact + "\"}");
    }

    @Test
    void theSearchFindsNameOrCompanyWhateverTheCaseAndHidesRemovedContacts() {
        putContact(account, newId(), "Ada Lovelace", "Analytical Engines", List.of());
        putContact(account, newId(), "Grace Hopper", "Navy", List.of());
        putContact(account, newId(), "Charles Babbage", "Analytical Engines", List.of());
        String removed = newId();
        DevStack.shared().dynamoDb().putItem(r -> r.tableName(Contacts.DEFAULT_TABLE).item(Map.of(
                Contacts.USER_ID, s(account.userId()), Contacts.CONTACT_ID, s(removed),
                Contacts.REMOVED, AttributeValue.fromBool(true), Contacts.EXPIRES_AT, AttributeValue.fromN("1"))));

        assertThat(names(null)).containsExactly("Ada Lovelace", "Charles Babbage", "Grace Hopper");
        assertThat(names("LOVE")).containsExactly("Ada Lovelace");
        assertThat(names("  analytical ")).containsExactly("Ada Lovelace", "Charles Babbage");
        assertThat(names("hop")).containsExactly("Grace Hopper");
        assertThat(names("nobody")).isEmpty();
        client.get().uri("/api/contacts/" + removed).header("Authorization", account.bearer()).exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void aContactLinkedToTwoJobsShowsOnBothAndInItsVCardAndTheExport() {
        String first = newId();
        String second = newId();
        String unlinked = newId();
        putJob(account, first);
        putJob(account, second);
        putJob(account, unlinked);
        String contact = newId();
        putContact(account, contact, "Ada Lovelace", "Tech Corp", List.of(first, second));
        putContact(account, newId(), "Grace Hopper", null, List.of(second));

        assertThat(job(first).get("contacts").toString()).isEqualTo("[{\"contact_id\":\"" + contact
                + "\",\"name\":\"Ada Lovelace\",\"role\":\"Engineering Manager\",\"company\":\"Tech Corp\"}]");
        assertThat(job(second).get("contacts").findValuesAsString("name"))
                .containsExactly("Ada Lovelace", "Grace Hopper");
        assertThat(job(unlinked).get("contacts").toString()).isEqualTo("[]");

        byte[] file = client.get().uri("/api/contacts/" + contact + ".vcf").header("Authorization", account.bearer())
                .exchange().expectStatus().isOk()
                .expectHeader().contentType("text/vcard;charset=UTF-8")
                .expectBody().returnResult().getResponseBody();
        List<VCard> cards = Ezvcard.parse(new String(file, StandardCharsets.UTF_8)).all();
        assertThat(cards).hasSize(1);
        VCard card = cards.get(0);
        assertThat(card.getVersion()).isEqualTo(VCardVersion.V4_0);
        assertThat(card.validate(VCardVersion.V4_0).isEmpty()).as(card.validate(VCardVersion.V4_0).toString())
                .isTrue();
        assertThat(card.getUid().getValue()).isEqualTo("urn:uuid:" + contact);
        assertThat(card.getFormattedName().getValue()).isEqualTo("Ada Lovelace");
        assertThat(card.getTitles().get(0).getValue()).isEqualTo("Engineering Manager");
        assertThat(card.getOrganization().getValues()).containsExactly("Tech Corp");
        assertThat(card.getEmails().get(0).getValue()).isEqualTo("ada@example.com");
        assertThat(card.getTelephoneNumbers().get(0).getText()).isEqualTo("+44 20 7946 0000");
        assertThat(card.getUrls().get(0).getValue()).isEqualTo("https://www.linkedin.com/in/ada");
        assertThat(card.getNotes().get(0).getValue()).isEqualTo("Met at the meetup; likes Babbage, too");

        byte[] all = client.get().uri("/api/contacts.vcf").header("Authorization", account.bearer()).exchange()
                .expectStatus().isOk().expectHeader().contentType("text/vcard;charset=UTF-8")
                .expectBody().returnResult().getResponseBody();
        assertThat(Ezvcard.parse(new String(all, StandardCharsets.UTF_8)).all())
                .extracting(c -> c.getFormattedName().getValue()).containsExactly("Ada Lovelace", "Grace Hopper");

        JsonNode export = client.get().uri("/api/me/export").header("Authorization", account.bearer()).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(export.get("contacts").findValuesAsString("name")).containsExactly("Ada Lovelace", "Grace Hopper");
        assertThat(export.get("contacts").get(0).get("job_ids").toString())
                .isEqualTo("[\"" + first + "\",\"" + second + "\"]");
    }

    private List<String> names(String query) {
        JsonNode list = client.get().uri(builder -> query == null ? builder.path("/api/contacts").build()
                        : builder.path("/api/contacts").queryParam("q", query).build())
                .header("Authorization", account.bearer()).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        return list.get("items").findValuesAsString("name");
    }

    private JsonNode job(String jobId) {
        return client.get().uri("/api/jobs/" + jobId).header("Authorization", account.bearer()).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private WebTestClient.ResponseSpec post(String path, String body) {
        return client.post().uri(path).header("Authorization", account.bearer())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private WebTestClient.ResponseSpec patch(String path, String body) {
        return client.patch().uri(path).header("Authorization", account.bearer())
                .contentType(MediaType.valueOf("application/merge-patch+json")).bodyValue(body).exchange();
    }

    /** A contact item as the projector writes it, with every detail. */
    private static void putContact(Accounts.Account owner, String contactId, String name, String company,
            List<String> jobIds) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(Contacts.USER_ID, s(owner.userId()));
        item.put(Contacts.CONTACT_ID, s(contactId));
        item.put(Contacts.NAME, s(name));
        item.put(Contacts.NAME_KEY, s(name.toLowerCase()));
        item.put(Contacts.ROLE, s("Engineering Manager"));
        if (company != null) {
            item.put(Contacts.COMPANY, s(company));
            item.put(Contacts.COMPANY_KEY, s(company.toLowerCase()));
        }
        item.put(Contacts.EMAIL, s("ada@example.com"));
        item.put(Contacts.PHONE, s("+44 20 7946 0000"));
        item.put(Contacts.PROFILE_URL, s("https://www.linkedin.com/in/ada"));
        item.put(Contacts.NOTES, s("Met at the meetup; likes Babbage, too"));
        item.put(Contacts.JOB_IDS, AttributeValue.fromL(jobIds.stream().map(AttributeValue::fromS).toList()));
        item.put(Contacts.CREATED_AT, s("2026-11-20T10:15:30.123456Z"));
        item.put(Position.PARTITION, AttributeValue.fromN("0"));
        item.put(Position.OFFSET, AttributeValue.fromN("7"));
        DevStack.shared().dynamoDb().putItem(r -> r.tableName(Contacts.DEFAULT_TABLE).item(item));
    }

    private static void putJob(Accounts.Account owner, String jobId) {
        DevStack.shared().dynamoDb().putItem(r -> r.tableName(Jobs.DEFAULT_TABLE).item(Map.of(
                Jobs.USER_ID, s(owner.userId()),
                Jobs.JOB_ID, s(jobId),
                Jobs.COMPANY, s("Acme"),
                Jobs.POSITION, s("Backend Engineer"),
                Jobs.STATUS, s("Applied"),
                Jobs.CREATED_AT, s("2026-11-20T10:15:30.123456Z"),
                Position.PARTITION, AttributeValue.fromN("0"),
                Position.OFFSET, AttributeValue.fromN("41"))));
    }

    /** What the projector does after applying the caller's events (see {@link ProjectorGroup}). */
    private static void projectorCaughtUp(Accounts.Account owner) {
        ProjectorGroup.caughtUp(GROUP, owner.userId());
    }

    private EventTopic.Received lastEvent(String type) {
        List<EventTopic.Received> events = EventTopic.eventsOf(account.userId()).stream()
                .filter(event -> event.type().equals(type)).toList();
        assertThat(events).isNotEmpty();
        // the next command must not wait for a projector that is not there
        projectorCaughtUp(account);
        return events.get(events.size() - 1);
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }
}
