package com.careervault.api.interviews;

import static org.assertj.core.api.Assertions.assertThat;

import com.careervault.api.support.Accounts;
import com.careervault.api.support.ApiIntegrationTest;
import com.careervault.api.support.ProjectorGroup;
import com.careervault.contracts.dynamodb.ReadModel.Contacts;
import com.careervault.contracts.dynamodb.ReadModel.Interviews;
import com.careervault.contracts.dynamodb.ReadModel.Jobs;
import com.careervault.contracts.dynamodb.ReadModel.Position;
import com.careervault.devstack.DevStack;
import com.careervault.devstack.EventTopic;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * The interview endpoints against the devstack. There is no projector here: jobs, contacts and interviews are
 * written as the projector writes them (its tests check that side), and this class's own projector group is moved
 * to the end of the caller's partition, as the projector commits after applying, so that commands see them.
 */
@ApiIntegrationTest
@TestPropertySource(properties = "careervault.consistency.projector-group-id=" + InterviewApiTest.GROUP)
class InterviewApiTest {

    static final String GROUP = "command-api-test-interviews";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SCHEDULED = "careervault.job.interview-scheduled.v1";

    @Autowired
    WebTestClient client;

    private Accounts.Account account;
    private String job;

    @BeforeEach
    void signInWithAJob() {
        account = Accounts.signUpAndLogIn(client);
        job = UUID.randomUUID().toString();
        putJob(account.userId(), job, false);
        projectorCaughtUp();
    }

    @Test
    void aLocalStartInNewYorkIsTheInstantOfThatWallClockTimeOnEitherSideOfTheDstChange() {
        String contact = UUID.randomUUID().toString();
        putContact(account.userId(), contact, false);

        String location = post(job, """
                {"local_start": "2027-03-10T10:00", "time_zone": "America/New_York", "duration_minutes": 45,
                 "kind": "Phone_Screen", "location": " HQ, 5th floor ", "meeting_url": "https://meet.example.com/x",
                 "contact_ids": ["%s", "%s"], "notes": "Ask about the team"}""".formatted(contact, contact))
                .expectStatus().isAccepted()
                .expectHeader().valueMatches("Location", "/api/jobs/" + job + "/interviews/[0-9a-f-]{36}")
                .expectBody()
                .jsonPath("$.job_id").isEqualTo(job)
                .jsonPath("$.event_ids.length()").isEqualTo(1)
                .returnResult().getResponseHeaders().getLocation().toString();
        String interviewId = location.substring(location.lastIndexOf('/') + 1);

        assertThat(lastEvent(SCHEDULED).data()).isEqualTo(JSON.readTree("""
                {"job_id": "%s", "interview_id": "%s", "starts_at": "2027-03-10T15:00:00.000000Z",
                 "time_zone": "America/New_York", "duration_minutes": 45, "kind": "phone_screen",
                 "location": "HQ, 5th floor", "meeting_url": "https://meet.example.com/x", "contact_ids": ["%s"],
                 "notes": "Ask about the team"}""".formatted(job, interviewId, contact)));

        projectorCaughtUp();
        post(job, "{\"local_start\": \"2027-03-15T10:00\", \"time_zone\": \"America/New_York\"}")
                .expectStatus().isAccepted();
        JsonNode afterChange = lastEvent(SCHEDULED).data();
        assertThat(afterChange.get("starts_at").asString()).isEqualTo("2027-03-15T14:00:00.000000Z");
        assertThat(afterChange.get("duration_minutes").asInt()).isEqualTo(60);
        assertThat(afterChange.get("kind").asString()).isEqualTo("other");
        assertThat(afterChange.has("contact_ids") ? afterChange.get("contact_ids").size() : 0).isZero();

        // starts_at instead of local_start: taken as the instant it is
        projectorCaughtUp();
        post(job, "{\"starts_at\": \"2027-03-15T10:00:00-04:00\", \"time_zone\": \"Europe/Berlin\"}")
                .expectStatus().isAccepted();
        assertThat(lastEvent(SCHEDULED).data().get("starts_at").asString()).isEqualTo("2027-03-15T14:00:00.000000Z");
    }

    @Test
    void everyBadInputIsAProblemAndNothingIsPublished() {
        String other = Accounts.signUpAndLogIn(client).userId();
        String othersJob = UUID.randomUUID().toString();
        putJob(other, othersJob, false);
        String othersContact = UUID.randomUUID().toString();
        putContact(other, othersContact, false);
        String removedContact = UUID.randomUUID().toString();
        putContact(account.userId(), removedContact, true);
        String deletedJob = UUID.randomUUID().toString();
        putJob(account.userId(), deletedJob, true);
        projectorCaughtUp();
        int events = EventTopic.eventsOf(account.userId()).size();
        String valid = "\"local_start\": \"2026-12-03T10:00\", \"time_zone\": \"Europe/Berlin\"";

        fieldProblem(post(job, "{\"local_start\": \"2026-12-03T10:00\", \"time_zone\": \"Mars/Olympus_Mons\"}"),
                "time_zone", "must be an IANA time zone id such as Europe/Berlin or America/New_York");
        fieldProblem(post(job, "{\"local_start\": \"2026-12-03T10:00\", \"time_zone\": \"+02:00\"}"),
                "time_zone", "must be an IANA time zone id such as Europe/Berlin or America/New_York");
        fieldProblem(post(job, "{" + valid + ", \"duration_minutes\": 0}"), "duration_minutes",
                "must be at least 1 minute");
        fieldProblem(post(job, "{" + valid + ", \"duration_minutes\": 1441}"), "duration_minutes",
                "must be at most 1440 minutes (a day)");
        fieldProblem(post(job, "{" + valid + ", \"duration_minutes\": \"sixty\"}"), "duration_minutes",
                "must be a whole number");
        fieldProblem(post(job, "{" + valid + ", \"contact_ids\": \"x\"}"), "contact_ids", "must be an array of strings");
        fieldProblem(post(job, "{" + valid + ", \"kind\": \"coffee\"}"), "kind",
                "unknown interview kind 'coffee'; allowed: phone_screen, technical, on_site, panel, final, other");
        fieldProblem(post(job, "{\"time_zone\": \"Europe/Berlin\"}"), "local_start",
                "send exactly one of local_start and starts_at");
        fieldProblem(post(job, "{" + valid + ", \"starts_at\": \"2026-12-03T09:00:00Z\"}"), "local_start",
                "send exactly one of local_start and starts_at");
        fieldProblem(post(job, "{\"local_start\": \"2026-12-03T10:00\"}"), "time_zone", "is required");
        fieldProblem(post(job, "{" + valid + ", \"notes\": \"" + "n".repeat(100 * 1024) + "\"}"), "notes",
                "must be at most 5000 characters");
        post(job, "{" + valid + ", \"notes\": \"unterminated}").expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        post(job, "[]").expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);

        // a job that is not the caller's live job: 404, however it is named
        post(othersJob, "{" + valid + "}").expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        post(deletedJob, "{" + valid + "}").expectStatus().isNotFound();
        post(UUID.randomUUID().toString(), "{" + valid + "}").expectStatus().isNotFound();
        client.get().uri("/api/jobs/" + othersJob + "/interviews").header("Authorization", account.bearer())
                .exchange().expectStatus().isNotFound();

        // contacts the caller does not have (another user's, a removed one, none): 422, each named
        String own = UUID.randomUUID().toString();
        putContact(account.userId(), own, false);
        post(job, "{" + valid + ", \"contact_ids\": [\"" + own + "\", \"" + othersContact + "\", \""
                + removedContact + "\"]}")
                .expectStatus().isEqualTo(422)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors.length()").isEqualTo(2)
                .jsonPath("$.errors[0].field").isEqualTo("contact_ids[1]")
                .jsonPath("$.errors[0].message").isEqualTo("is not one of your contacts")
                .jsonPath("$.errors[1].field").isEqualTo("contact_ids[2]");

        // the 51st interview of a job (cancelled ones count)
        for (int i = 0; i < 50; i++) {
            putInterview(interview(job, UUID.randomUUID().toString(), "2026-12-0" + (1 + i % 9) + "T09:00:00.000000Z",
                    i % 2 == 0 ? Interviews.SCHEDULED : Interviews.CANCELLED));
        }
        post(job, "{" + valid + "}").expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").isEqualTo("The job has 50 interviews, the most one job can have");

        assertThat(EventTopic.eventsOf(account.userId())).hasSize(events);
    }

    @Test
    void theJobsInterviewsAreListedByStartAndInTheJobView() {
        String later = UUID.randomUUID().toString();
        String earlier = UUID.randomUUID().toString();
        Map<String, AttributeValue> first = interview(job, earlier, "2026-12-03T09:00:00.000000Z",
                Interviews.CANCELLED);
        first.put(Interviews.SEQUENCE, AttributeValue.fromN("1"));
        first.put(Interviews.UPDATED_AT, AttributeValue.fromS("2026-11-21T08:00:00.000000Z"));
        putInterview(first);
        putInterview(interview(job, later, "2026-12-04T14:30:00.000000Z", Interviews.SCHEDULED));
        String otherJob = UUID.randomUUID().toString();
        putJob(account.userId(), otherJob, false);
        putInterview(interview(otherJob, UUID.randomUUID().toString(), "2026-12-01T09:00:00.000000Z",
                Interviews.SCHEDULED));
        projectorCaughtUp();

        JsonNode list = client.get().uri("/api/jobs/" + job + "/interviews").header("Authorization", account.bearer())
                .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(list).isEqualTo(JSON.readTree("{\"items\": [" + view(earlier, "2026-12-03T09:00:00.000000Z",
                "2026-12-03T10:00", "cancelled", 1, "\"updated_at\": \"2026-11-21T08:00:00.000000Z\"") + ", "
                + view(later, "2026-12-04T14:30:00.000000Z", "2026-12-04T15:30", "scheduled", 0, null) + "]}"));

        client.get().uri("/api/jobs/" + job + "/interviews/" + later).header("Authorization", account.bearer())
                .exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).isEqualTo(JSON.readTree(view(later, "2026-12-04T14:30:00.000000Z",
                        "2026-12-04T15:30", "scheduled", 0, null)));
        client.get().uri("/api/jobs/" + otherJob + "/interviews/" + later).header("Authorization", account.bearer())
                .exchange().expectStatus().isNotFound();

        JsonNode jobView = client.get().uri("/api/jobs/" + job).header("Authorization", account.bearer()).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(jobView.get("interviews")).isEqualTo(list.get("items"));
        // list pages do not carry them
        JsonNode page = client.get().uri("/api/jobs").header("Authorization", account.bearer()).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        page.get("jobs").forEach(item -> assertThat(item.has("interviews")).isFalse());

        // the account export carries every interview
        JsonNode export = client.get().uri("/api/me/export").header("Authorization", account.bearer()).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(export.get("interviews")).hasSize(3);
    }

    @Test
    void upcomingInterviewsAreTheScheduledOnesNotYetOverOnLiveJobsWithTheirJob() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String soon = UUID.randomUUID().toString();
        String running = UUID.randomUUID().toString();
        putInterview(interview(job, soon, Instant.now().plus(2, ChronoUnit.DAYS).toString(), Interviews.SCHEDULED));
        Map<String, AttributeValue> inProgress = interview(job, running, now.minus(30, ChronoUnit.MINUTES).toString(),
                Interviews.SCHEDULED);
        putInterview(inProgress);
        putInterview(interview(job, UUID.randomUUID().toString(), now.minus(2, ChronoUnit.HOURS).toString(),
                Interviews.SCHEDULED));
        putInterview(interview(job, UUID.randomUUID().toString(), now.plus(1, ChronoUnit.DAYS).toString(),
                Interviews.CANCELLED));
        String deletedJob = UUID.randomUUID().toString();
        putJob(account.userId(), deletedJob, true);
        putInterview(interview(deletedJob, UUID.randomUUID().toString(), now.plus(1, ChronoUnit.DAYS).toString(),
                Interviews.SCHEDULED));

        JsonNode upcoming = client.get().uri("/api/interviews/upcoming").header("Authorization", account.bearer())
                .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(upcoming.get("items")).hasSize(2);
        assertThat(upcoming.get("items").get(0).get("interview_id").asString()).isEqualTo(running);
        assertThat(upcoming.get("items").get(1).get("interview_id").asString()).isEqualTo(soon);
        assertThat(upcoming.get("items").get(0).get("company").asString()).isEqualTo("Acme");
        assertThat(upcoming.get("items").get(0).get("position").asString()).isEqualTo("Backend Engineer");

        client.get().uri("/api/interviews/upcoming?limit=1").header("Authorization", account.bearer()).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.items.length()").isEqualTo(1);
        fieldProblem(client.get().uri("/api/interviews/upcoming?limit=0").header("Authorization", account.bearer())
                .exchange(), "limit", "must be a whole number from 1 to 100");
    }

    @Test
    void changeCancelAndOutcomePublishTheirEvents() {
        String interviewId = UUID.randomUUID().toString();
        Map<String, AttributeValue> item = interview(job, interviewId, "2026-12-03T09:00:00.000000Z",
                Interviews.SCHEDULED);
        item.put(Interviews.LOCATION, AttributeValue.fromS("HQ"));
        item.put(Interviews.NOTES, AttributeValue.fromS("Bring the portfolio"));
        putInterview(item);
        projectorCaughtUp();

        // a new zone alone keeps the wall-clock start (10:00 in Berlin) in that zone; null removes the location
        patch(job, interviewId, "{\"time_zone\": \"America/New_York\", \"location\": null, \"kind\": \"final\"}")
                .expectStatus().isAccepted()
                .expectBody().jsonPath("$.interview_id").isEqualTo(interviewId);
        assertThat(lastEvent("careervault.job.interview-rescheduled.v1").data()).isEqualTo(JSON.readTree("""
                {"job_id": "%s", "interview_id": "%s", "starts_at": "2026-12-03T15:00:00.000000Z",
                 "time_zone": "America/New_York", "duration_minutes": 60, "kind": "final", "contact_ids": [],
                 "notes": "Bring the portfolio"}""".formatted(job, interviewId)));

        projectorCaughtUp();
        int events = EventTopic.eventsOf(account.userId()).size();
        // the arrangement it has: nothing to publish
        patch(job, interviewId, "{\"duration_minutes\": 60}").expectStatus().isAccepted()
                .expectBody().jsonPath("$.event_ids.length()").isEqualTo(0);
        fieldProblem(patch(job, interviewId, "{\"duration_minutes\": null}"), "duration_minutes",
                "cannot be removed");
        fieldProblem(patch(job, interviewId, "{}"), "body", "must change at least one of local_start, starts_at, "
                + "time_zone, duration_minutes, kind, location, meeting_url, contact_ids, notes");
        fieldProblem(patch(job, interviewId, "{\"time_zone\": \"Nowhere/Land\"}"), "time_zone",
                "must be an IANA time zone id such as Europe/Berlin or America/New_York");
        patch(job, UUID.randomUUID().toString(), "{\"duration_minutes\": 30}").expectStatus().isNotFound();
        assertThat(EventTopic.eventsOf(account.userId())).hasSize(events);

        client.put().uri("/api/jobs/" + job + "/interviews/" + interviewId + "/outcome")
                .header("Authorization", account.bearer()).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"outcome\": \"No_Show\"}").exchange().expectStatus().isAccepted();
        assertThat(lastEvent("careervault.job.interview-outcome-recorded.v1").data()).isEqualTo(JSON.readTree(
                "{\"job_id\": \"%s\", \"interview_id\": \"%s\", \"outcome\": \"no_show\"}"
                        .formatted(job, interviewId)));

        projectorCaughtUp();
        client.delete().uri("/api/jobs/" + job + "/interviews/" + interviewId).header("Authorization", account.bearer())
                .exchange().expectStatus().isAccepted();
        assertThat(lastEvent("careervault.job.interview-cancelled.v1").data()).isEqualTo(JSON.readTree(
                "{\"job_id\": \"%s\", \"interview_id\": \"%s\"}".formatted(job, interviewId)));

        // once cancelled (as the projector then has it), and the job's own interview_at, change with the job
        item.put(Interviews.STATUS, AttributeValue.fromS(Interviews.CANCELLED));
        putInterview(item);
        String legacyId = com.careervault.contracts.interviews.LegacyInterview.id(job);
        Map<String, AttributeValue> legacy = interview(job, legacyId, "2026-12-05T08:00:00.000000Z",
                Interviews.SCHEDULED);
        legacy.put(Interviews.LEGACY, AttributeValue.fromBool(true));
        putInterview(legacy);
        projectorCaughtUp();
        patch(job, interviewId, "{\"duration_minutes\": 30}").expectStatus().isEqualTo(409);
        client.delete().uri("/api/jobs/" + job + "/interviews/" + interviewId).header("Authorization", account.bearer())
                .exchange().expectStatus().isEqualTo(409);
        patch(job, legacyId, "{\"duration_minutes\": 30}").expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("interview_at"));
    }

    private String view(String interviewId, String startsAt, String localStart, String status, int sequence,
            String extra) {
        return """
                {"interview_id": "%s", "job_id": "%s", "starts_at": "%s", "time_zone": "Europe/Berlin",
                 "local_start": "%s", "duration_minutes": 60, "kind": "technical", "contact_ids": [],
                 "status": "%s", "sequence": %d, "legacy": false, "created_at": "2026-11-20T10:15:30.123456Z"%s}"""
                .formatted(interviewId, job, startsAt, localStart, status, sequence, extra == null ? "" : ", " + extra);
    }

    private void fieldProblem(WebTestClient.ResponseSpec response, String field, String message) {
        response.expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors.length()").isEqualTo(1)
                .jsonPath("$.errors[0].field").isEqualTo(field)
                .jsonPath("$.errors[0].message").isEqualTo(message);
    }

    private Map<String, AttributeValue> interview(String jobId, String interviewId, String startsAt, String status) {
        return new HashMap<>(Map.ofEntries(
                Map.entry(Interviews.USER_ID, AttributeValue.fromS(account.userId())),
                Map.entry(Interviews.INTERVIEW_KEY, AttributeValue.fromS(Interviews.key(jobId, interviewId))),
                Map.entry(Interviews.JOB_ID, AttributeValue.fromS(jobId)),
                Map.entry(Interviews.INTERVIEW_ID, AttributeValue.fromS(interviewId)),
                Map.entry(Interviews.STARTS_AT, AttributeValue.fromS(
                        com.careervault.contracts.time.Timestamps.format(Instant.parse(startsAt)))),
                Map.entry(Interviews.TIME_ZONE, AttributeValue.fromS("Europe/Berlin")),
                Map.entry(Interviews.DURATION_MINUTES, AttributeValue.fromN("60")),
                Map.entry(Interviews.KIND, AttributeValue.fromS("technical")),
                Map.entry(Interviews.CONTACT_IDS, AttributeValue.fromL(List.of())),
                Map.entry(Interviews.STATUS, AttributeValue.fromS(status)),
                Map.entry(Interviews.SEQUENCE, AttributeValue.fromN("0")),
                Map.entry(Interviews.LEGACY, AttributeValue.fromBool(false)),
                Map.entry(Interviews.CREATED_AT, AttributeValue.fromS("2026-11-20T10:15:30.123456Z")),
                Map.entry(Position.PARTITION, AttributeValue.fromN("0")),
                Map.entry(Position.OFFSET, AttributeValue.fromN("7"))));
    }

    private static void putInterview(Map<String, AttributeValue> item) {
        DevStack.shared().dynamoDb().putItem(r -> r.tableName(Interviews.DEFAULT_TABLE).item(item));
    }

    private static void putJob(String userId, String jobId, boolean deleted) {
        Map<String, AttributeValue> item = new HashMap<>(Map.of(
                Jobs.USER_ID, AttributeValue.fromS(userId),
                Jobs.JOB_ID, AttributeValue.fromS(jobId),
                Position.PARTITION, AttributeValue.fromN("0"),
                Position.OFFSET, AttributeValue.fromN("3")));
        if (deleted) {
            item.put(Jobs.DELETED, AttributeValue.fromBool(true));
        } else {
            item.putAll(Map.of(Jobs.COMPANY, AttributeValue.fromS("Acme"),
                    Jobs.POSITION, AttributeValue.fromS("Backend Engineer"),
                    Jobs.STATUS, AttributeValue.fromS("Applied"),
                    Jobs.CREATED_AT, AttributeValue.fromS("2026-11-20T10:15:30.123456Z")));
        }
        DevStack.shared().dynamoDb().putItem(r -> r.tableName(Jobs.DEFAULT_TABLE).item(item));
    }

    private static void putContact(String userId, String contactId, boolean removed) {
        Map<String, AttributeValue> item = new HashMap<>(Map.of(
                Contacts.USER_ID, AttributeValue.fromS(userId),
                Contacts.CONTACT_ID, AttributeValue.fromS(contactId),
                Contacts.NAME, AttributeValue.fromS("Grace Hopper"),
                Contacts.CREATED_AT, AttributeValue.fromS("2026-11-01T09:00:00.000000Z")));
        if (removed) {
            item.put(Contacts.REMOVED, AttributeValue.fromBool(true));
        }
        DevStack.shared().dynamoDb().putItem(r -> r.tableName(Contacts.DEFAULT_TABLE).item(item));
    }

    /** What the projector does after applying the caller's events (see {@link ProjectorGroup}). */
    private void projectorCaughtUp() {
        ProjectorGroup.caughtUp(GROUP, account.userId());
    }

    private EventTopic.Received lastEvent(String type) {
        List<EventTopic.Received> events = EventTopic.eventsOf(account.userId()).stream()
                .filter(e -> e.type().equals(type)).toList();
        assertThat(events).isNotEmpty();
        return events.get(events.size() - 1);
    }

    private WebTestClient.ResponseSpec post(String jobId, String body) {
        return client.post().uri("/api/jobs/" + jobId + "/interviews").header("Authorization", account.bearer())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private WebTestClient.ResponseSpec patch(String jobId, String interviewId, String body) {
        return client.patch().uri("/api/jobs/" + jobId + "/interviews/" + interviewId)
                .header("Authorization", account.bearer())
                .contentType(MediaType.parseMediaType("application/merge-patch+json")).bodyValue(body).exchange();
    }
}
