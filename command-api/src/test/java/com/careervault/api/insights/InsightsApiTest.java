package com.careervault.api.insights;

import static org.assertj.core.api.Assertions.assertThat;

import com.careervault.api.support.Accounts;
import com.careervault.api.support.ApiIntegrationTest;
import com.careervault.contracts.analytics.UserStats;
import com.careervault.contracts.dynamodb.ReadModel.Insights;
import com.careervault.contracts.dynamodb.ReadModel.Position;
import com.careervault.devstack.DevStack;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /api/me/insights} answers the caller's item of the insights table as it is, in the API's shape.
 * The items are written here as the projector writes them (its InsightsProjectionTest checks that side).
 */
@ApiIntegrationTest
class InsightsApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    WebTestClient client;

    @Test
    void aCallerWithNoStatisticsYetGetsEveryFigureZeroWithTheTwelveWeeksEndingThisWeek() {
        Accounts.Account account = Accounts.signUpAndLogIn(client);
        // the week is read before and after the call: a test that runs over midnight on a Sunday still agrees
        LocalDate before = LocalDate.now(ZoneOffset.UTC);
        JsonNode answer = insightsOf(account);
        LocalDate after = LocalDate.now(ZoneOffset.UTC);

        String lastWeek = answer.get("applications_per_week").get(11).get("week").asString();
        assertThat(lastWeek).isIn(UserStats.isoWeek(before), UserStats.isoWeek(after));
        LocalDate today = lastWeek.equals(UserStats.isoWeek(after)) ? after : before;
        StringBuilder weeks = new StringBuilder();
        List<String> weekNames = new ArrayList<>();
        for (int weeksAgo = 11; weeksAgo >= 0; weeksAgo--) {
            weeks.append(weeks.isEmpty() ? "" : ",").append("{\"week\":\"")
                    .append(UserStats.isoWeek(today.minusWeeks(weeksAgo))).append("\",\"applications\":0}");
            weekNames.add(UserStats.isoWeek(today.minusWeeks(weeksAgo)));
        }
        assertThat(answer).isEqualTo(JSON.readTree("""
                {"total_jobs": 0,
                 "jobs_by_status": [
                   {"status": "Wishlist", "count": 0}, {"status": "Applied", "count": 0},
                   {"status": "Screening", "count": 0}, {"status": "Interviewing", "count": 0},
                   {"status": "Offer", "count": 0}, {"status": "Accepted", "count": 0},
                   {"status": "Rejected", "count": 0}, {"status": "Withdrawn", "count": 0},
                   {"status": "Ghosted", "count": 0}],
                 "applied_jobs": 0, "response_rate": 0.0, "interview_rate": 0.0, "offer_rate": 0.0,
                 "median_days_to_first_response": null,
                 "applications_per_week": [%s],
                 "as_of": null, "funnel": %s}""".formatted(weeks, emptyFunnel(weekNames))));
    }

    @Test
    void theStoredRecordIsAnsweredExactlyAndOnlyToItsOwner() {
        Accounts.Account owner = Accounts.signUpAndLogIn(client);
        Accounts.Account other = Accounts.signUpAndLogIn(client);
        store(owner.userId(), 3.5);

        assertThat(insightsOf(owner)).isEqualTo(JSON.readTree("""
                {"total_jobs": 4,
                 "jobs_by_status": [
                   {"status": "Wishlist", "count": 1}, {"status": "Applied", "count": 1},
                   {"status": "Screening", "count": 1}, {"status": "Interviewing", "count": 0},
                   {"status": "Offer", "count": 0}, {"status": "Accepted", "count": 0},
                   {"status": "Rejected", "count": 1}, {"status": "Withdrawn", "count": 0},
                   {"status": "Ghosted", "count": 0}],
                 "applied_jobs": 3, "response_rate": 0.6667, "interview_rate": 0.3333, "offer_rate": 0.0,
                 "median_days_to_first_response": 3.5,
                 "applications_per_week": [
                   {"week": "2026-W37", "applications": 0}, {"week": "2026-W38", "applications": 0},
                   {"week": "2026-W39", "applications": 0}, {"week": "2026-W40", "applications": 0},
                   {"week": "2026-W41", "applications": 0}, {"week": "2026-W42", "applications": 0},
                   {"week": "2026-W43", "applications": 0}, {"week": "2026-W44", "applications": 0},
                   {"week": "2026-W45", "applications": 1}, {"week": "2026-W46", "applications": 0},
                   {"week": "2026-W47", "applications": 0}, {"week": "2026-W48", "applications": 2}],
                 "as_of": "2026-11-27T09:00:00.000000Z", "funnel": %s}""".formatted(FUNNEL)));

        // the other user has no record: the zero picture, never the owner's figures
        JsonNode others = insightsOf(other);
        assertThat(others.get("total_jobs").asLong()).isZero();
        assertThat(others.get("applied_jobs").asLong()).isZero();
        assertThat(others.get("as_of").isNull()).isTrue();
        assertThat(others.get("jobs_by_status").findValues("count")).allMatch(count -> count.asLong() == 0);
    }

    @Test
    void noResponseYetIsAnExplicitNull() {
        Accounts.Account account = Accounts.signUpAndLogIn(client);
        store(account.userId(), null);

        JsonNode answer = insightsOf(account);
        assertThat(answer.has("median_days_to_first_response")).isTrue();
        assertThat(answer.get("median_days_to_first_response").isNull()).isTrue();
        assertThat(answer.get("total_jobs").asLong()).isEqualTo(4);
    }

    @Test
    void anItemWrittenFromAVersion1RecordAnswersAZeroFunnelOverItsWeeks() {
        Accounts.Account account = Accounts.signUpAndLogIn(client);
        store(account.userId(), 1.0, null);

        List<String> weeks = new ArrayList<>();
        for (int week = 37; week <= 48; week++) {
            weeks.add("2026-W" + week);
        }
        assertThat(insightsOf(account).get("funnel")).isEqualTo(JSON.readTree(emptyFunnel(weeks)));

        // a funnel that cannot be read (the projector checks the records; a damaged item) answers zero, not a 500
        store(account.userId(), 1.0, "{\"overall\": [");
        JsonNode answer = insightsOf(account);
        assertThat(answer.get("funnel")).isEqualTo(JSON.readTree(emptyFunnel(weeks)));
        assertThat(answer.get("total_jobs").asLong()).isEqualTo(4);
    }

    @Test
    void withoutATokenTheAnswerIs401() {
        client.get().uri("/api/me/insights").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(401);
    }

    private JsonNode insightsOf(Accounts.Account account) {
        return client.get().uri("/api/me/insights").header("Authorization", account.bearer()).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    /** A group: 3 applications, one interviewed and rejected (3.25 days in Applied, 5 in Interviewing). */
    private static final String GROUP = """
            {"applications": 3, "stages": [
              {"stage": "Applied", "reached": 3, "conversion_to_next": 0.6667,
               "time_in_stage": {"count": 2, "median_days": 3.25, "p90_days": 4.0}},
              {"stage": "Screening", "reached": 2, "conversion_to_next": 0.5,
               "time_in_stage": {"count": 0, "median_days": null, "p90_days": null}},
              {"stage": "Interviewing", "reached": 1, "conversion_to_next": 0.0,
               "time_in_stage": {"count": 1, "median_days": 5.0, "p90_days": 5.0}},
              {"stage": "Offer", "reached": 0, "conversion_to_next": 0.0,
               "time_in_stage": {"count": 0, "median_days": null, "p90_days": null}},
              {"stage": "Accepted", "reached": 0, "conversion_to_next": null, "time_in_stage": null}],
             "first_response": {"count": 2, "median_days": 3.25, "p90_days": 4.0}}""";
    private static final String EMPTY_GROUP = """
            {"applications": 0, "stages": [
              {"stage": "Applied", "reached": 0, "conversion_to_next": 0.0,
               "time_in_stage": {"count": 0, "median_days": null, "p90_days": null}},
              {"stage": "Screening", "reached": 0, "conversion_to_next": 0.0,
               "time_in_stage": {"count": 0, "median_days": null, "p90_days": null}},
              {"stage": "Interviewing", "reached": 0, "conversion_to_next": 0.0,
               "time_in_stage": {"count": 0, "median_days": null, "p90_days": null}},
              {"stage": "Offer", "reached": 0, "conversion_to_next": 0.0,
               "time_in_stage": {"count": 0, "median_days": null, "p90_days": null}},
              {"stage": "Accepted", "reached": 0, "conversion_to_next": null, "time_in_stage": null}],
             "first_response": {"count": 0, "median_days": null, "p90_days": null}}""";
    /** The funnel as the projector stores it (the record's JSON): all three applications in week 48 from LinkedIn. */
    private static final String FUNNEL = funnel(List.of("2026-W37", "2026-W38", "2026-W39", "2026-W40", "2026-W41",
            "2026-W42", "2026-W43", "2026-W44", "2026-W45", "2026-W46", "2026-W47", "2026-W48"), GROUP, "2026-W48",
            "LinkedIn");

    private static String emptyFunnel(List<String> weeks) {
        return funnel(weeks, EMPTY_GROUP, null, null);
    }

    private static String funnel(List<String> weeks, String overall, String week, String source) {
        StringBuilder json = new StringBuilder("{\"overall\":" + overall + ",\"by_week\":[");
        for (int i = 0; i < weeks.size(); i++) {
            json.append(i == 0 ? "" : ",").append("{\"week\":\"").append(weeks.get(i)).append("\",\"funnel\":")
                    .append(weeks.get(i).equals(week) ? overall : EMPTY_GROUP).append('}');
        }
        json.append("],\"by_source\":[");
        for (int i = 0; i < UserStats.Funnel.SOURCES.size(); i++) {
            String name = UserStats.Funnel.SOURCES.get(i);
            json.append(i == 0 ? "" : ",").append("{\"source\":\"").append(name).append("\",\"funnel\":")
                    .append(name.equals(source) ? overall : EMPTY_GROUP).append('}');
        }
        return json.append("]}").toString();
    }

    private static void store(String userId, Double median) {
        store(userId, median, JSON.readTree(FUNNEL).toString());
    }

    /** docs/analytics.md's example record, as the projector stores it. */
    private static void store(String userId, Double median, String funnel) {
        Map<String, AttributeValue> byStatus = new HashMap<>();
        Map<String, Integer> counts = Map.of("Wishlist", 1, "Applied", 1, "Screening", 1, "Rejected", 1);
        for (String status : List.of("Wishlist", "Applied", "Screening", "Interviewing", "Offer", "Accepted",
                "Rejected", "Withdrawn", "Ghosted")) {
            byStatus.put(status, AttributeValue.fromN(Integer.toString(counts.getOrDefault(status, 0))));
        }
        List<AttributeValue> weeks = new ArrayList<>();
        for (int week = 37; week <= 48; week++) {
            weeks.add(AttributeValue.fromM(Map.of(Insights.WEEK, AttributeValue.fromS("2026-W" + week),
                    Insights.APPLICATIONS, AttributeValue.fromN(week == 45 ? "1" : week == 48 ? "2" : "0"))));
        }
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(Insights.USER_ID, AttributeValue.fromS(userId));
        item.put(Insights.TOTAL_JOBS, AttributeValue.fromN("4"));
        item.put(Insights.JOBS_BY_STATUS, AttributeValue.fromM(byStatus));
        item.put(Insights.APPLICATIONS_PER_WEEK, AttributeValue.fromL(weeks));
        item.put(Insights.APPLIED_JOBS, AttributeValue.fromN("3"));
        item.put(Insights.RESPONSE_RATE, AttributeValue.fromN("0.6667"));
        item.put(Insights.INTERVIEW_RATE, AttributeValue.fromN("0.3333"));
        item.put(Insights.OFFER_RATE, AttributeValue.fromN("0"));
        if (median != null) {
            item.put(Insights.MEDIAN_DAYS_TO_FIRST_RESPONSE, AttributeValue.fromN(median.toString()));
        }
        item.put(Insights.COMPUTED_AT, AttributeValue.fromS("2026-11-27T09:00:00.000000Z"));
        item.put(Insights.RECORD_ID, AttributeValue.fromS("5b0c8e0a-6f7d-3c1e-9a55-1d2f3e4a5b6c"));
        if (funnel != null) {
            item.put(Insights.FUNNEL, AttributeValue.fromS(funnel));
        }
        item.put(Position.PARTITION, AttributeValue.fromN("2"));
        item.put(Position.OFFSET, AttributeValue.fromN("41"));
        try (DynamoDbClient dynamoDb = DevStack.shared().dynamoDb()) {
            dynamoDb.putItem(request -> request.tableName(Insights.DEFAULT_TABLE).item(item));
        }
    }
}
