package com.careervault.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.careervault.devstack.DevStackExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * The statistics travel the whole way: commands to the event log, the notifier's analytics stream, the
 * projector's insights table, and {@code GET /api/me/insights}, over HTTP only.
 */
@ExtendWith(DevStackExtension.class)
class InsightsTest {

    @Test
    void theInsightsFollowTheCallersJobs() {
        Api api = Api.newUser();
        JsonNode before = api.json(api.get("/api/me/insights").expectStatus().isOk());
        assertThat(before.get("total_jobs").asLong()).isZero();

        String interviewing = api.createReadable("{\"company\": \"Acme\", \"position\": \"Engineer\", "
                + "\"status\": \"Applied\"}");
        api.createReadable("{\"company\": \"Globex\", \"position\": \"Engineer\", \"status\": \"Applied\"}");
        api.createReadable("{\"company\": \"Initech\", \"position\": \"Engineer\", \"status\": \"Wishlist\"}");
        api.patch("/api/jobs/" + interviewing, "{\"status\": \"Interviewing\"}").expectStatus().isAccepted();

        // two applied jobs (the Wishlist one never left it), one of them answered with an interview
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
            JsonNode insights = api.json(api.get("/api/me/insights").expectStatus().isOk());
            assertThat(insights.get("total_jobs").asLong()).isEqualTo(3);
            assertThat(counts(insights)).containsExactly("Wishlist=1", "Applied=1", "Screening=0",
                    "Interviewing=1", "Offer=0", "Accepted=0", "Rejected=0", "Withdrawn=0", "Ghosted=0");
            assertThat(insights.get("applied_jobs").asLong()).isEqualTo(2);
            assertThat(insights.get("interview_rate").asDouble()).isEqualTo(0.5);
            assertThat(insights.get("response_rate").asDouble()).isEqualTo(0.5);
            assertThat(insights.get("offer_rate").asDouble()).isEqualTo(0.0);
            // moved on from Applied seconds after creation: 0.00 days, to two decimals
            assertThat(insights.get("median_days_to_first_response").asDouble()).isEqualTo(0.0);
            assertThat(insights.get("applications_per_week")).hasSize(12);
            assertThat(insights.get("applications_per_week").findValues("applications").stream()
                    .mapToLong(JsonNode::asLong).sum()).isEqualTo(2);
            assertThat(insights.get("as_of").asString()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{6}Z");
        });
    }

    /**
     * Issue 19's done-when: an application taken Applied → Interviewing → Rejected counts in the Interviewing
     * stage of the funnel, though it stands in Rejected; its time in Applied and Interviewing is measured (seconds
     * here: 0.00 days), and it counts under its source.
     */
    @Test
    void anApplicationRejectedAfterAnInterviewCountsInTheInterviewingStageOfTheFunnel() {
        Api api = Api.newUser();
        String rejected = api.createReadable("{\"company\": \"Acme\", \"position\": \"Engineer\", "
                + "\"status\": \"Applied\", \"source\": \"LinkedIn\"}");
        api.createReadable("{\"company\": \"Globex\", \"position\": \"Engineer\", \"status\": \"Applied\"}");
        api.patch("/api/jobs/" + rejected, "{\"status\": \"Interviewing\"}").expectStatus().isAccepted();
        api.patch("/api/jobs/" + rejected, "{\"status\": \"Rejected\"}").expectStatus().isAccepted();

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
            JsonNode insights = api.json(api.get("/api/me/insights").expectStatus().isOk());
            assertThat(counts(insights)).contains("Interviewing=0", "Rejected=1");
            JsonNode overall = insights.get("funnel").get("overall");
            assertThat(overall.get("applications").asLong()).isEqualTo(2);
            assertThat(reached(overall)).containsExactly("Applied=2", "Screening=1", "Interviewing=1", "Offer=0",
                    "Accepted=0");
            assertThat(overall.get("stages").get(0).get("conversion_to_next").asDouble()).isEqualTo(0.5);
            JsonNode applied = overall.get("stages").get(0).get("time_in_stage");
            assertThat(applied.get("count").asLong()).isEqualTo(1);
            assertThat(applied.get("median_days").asDouble()).isEqualTo(0.0);
            assertThat(overall.get("stages").get(2).get("time_in_stage").get("count").asLong()).isEqualTo(1);
            assertThat(overall.get("first_response").get("count").asLong()).isEqualTo(1);
            JsonNode linkedIn = insights.get("funnel").get("by_source").get(0);
            assertThat(linkedIn.get("source").asString()).isEqualTo("LinkedIn");
            assertThat(reached(linkedIn.get("funnel"))).containsExactly("Applied=1", "Screening=1",
                    "Interviewing=1", "Offer=0", "Accepted=0");
            assertThat(insights.get("funnel").get("by_week")).hasSize(12);
        });
    }

    private static List<String> reached(JsonNode group) {
        List<String> reached = new ArrayList<>();
        group.get("stages").forEach(stage -> reached.add(stage.get("stage").asString() + "="
                + stage.get("reached").asLong()));
        return reached;
    }

    private static List<String> counts(JsonNode insights) {
        List<String> counts = new ArrayList<>();
        insights.get("jobs_by_status").forEach(entry -> counts.add(entry.get("status").asString() + "="
                + entry.get("count").asLong()));
        return counts;
    }
}
