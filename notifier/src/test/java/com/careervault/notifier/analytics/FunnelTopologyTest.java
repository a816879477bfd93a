package com.careervault.notifier.analytics;

import static com.careervault.notifier.support.Events.created;
import static com.careervault.notifier.support.Events.deleted;
import static com.careervault.notifier.support.Events.moved;
import static com.careervault.notifier.support.Events.newJobId;
import static com.careervault.notifier.support.Events.restored;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.careervault.contracts.analytics.UserStats;
import com.careervault.contracts.events.EventEnvelope;
import com.careervault.contracts.events.InterviewScheduled;
import com.careervault.contracts.events.JobCreated;
import com.careervault.contracts.events.JobUpdated;
import com.careervault.contracts.events.ReminderPreferences;
import com.careervault.contracts.events.StatusStage;
import com.careervault.contracts.events.UserPreferencesChanged;
import com.careervault.contracts.interviews.InterviewKind;
import com.careervault.contracts.jobs.JobStatus;
import com.careervault.notifier.support.Events;
import com.careervault.notifier.support.NotifierDriver;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * The funnel of the user-stats version 2 records ({@code careervault.analytics.user-stats.v2}): reached stages from
 * the stage events, time in stage and time to first response within the stated 2 %, per week and per source, and
 * the same figures from a rebuild.
 */
class FunnelTopologyTest {

    private static final double DAY = 86_400;

    @RegisterExtension
    final NotifierDriver driver = new NotifierDriver();
    private final Events user = Events.forNewUser();
    private final List<EventEnvelope> sent = new ArrayList<>();

    @Test
    void anApplicationRejectedAfterAnInterviewCountsAsHavingReachedInterviewingWithItsTimesInStage() {
        String job = newJobId();
        send(created(job, JobStatus.Applied));
        driver.advance(Duration.ofDays(3).plusHours(6));
        send(moved(job, JobStatus.Applied, JobStatus.Interviewing));
        driver.advance(Duration.ofDays(12));
        send(moved(job, JobStatus.Interviewing, JobStatus.Rejected));

        JsonNode data = lastV2();
        JsonNode overall = data.get("funnel").get("overall");
        assertThat(overall.get("applications").asInt()).isEqualTo(1);
        assertThat(reached(overall)).containsExactly(1, 1, 1, 0, 0);
        assertThat(stage(overall, "Applied").get("conversion_to_next").asDouble()).isEqualTo(1.0);
        assertThat(stage(overall, "Interviewing").get("conversion_to_next").asDouble()).isEqualTo(0.0);
        assertThat(stage(overall, "Accepted").get("conversion_to_next").isNull()).isTrue();
        assertThat(stage(overall, "Accepted").get("time_in_stage").isNull()).isTrue();
        assertDays(stage(overall, "Applied").get("time_in_stage"), 1, 3.25);
        assertDays(stage(overall, "Interviewing").get("time_in_stage"), 1, 12.0);
        assertThat(stage(overall, "Screening").get("time_in_stage").get("count").asInt()).isZero();
        assertThat(stage(overall, "Screening").get("time_in_stage").get("median_days").isNull()).isTrue();
        assertDays(overall.get("first_response"), 1, 3.25);
        // version 1 on its own topic is unchanged: no funnel
        List<TestRecord<String, String>> v1 = driver.userStats().readRecordsToList();
        JsonNode v1Data = driver.codec().mapper().readTree(v1.get(v1.size() - 1).value()).get("data");
        assertThat(v1Data.has("funnel")).isFalse();
        assertThat(v1Data.get("interview_rate").asDouble()).isEqualTo(1.0);
        assertThat(data.get("interview_rate").asDouble()).isEqualTo(1.0);
    }

    @Test
    void aStatusChangedBackAndForthCountsOnceAndItsStaysAddUp() {
        String job = newJobId();
        send(created(job, JobStatus.Applied));
        driver.advance(Duration.ofDays(1));
        send(moved(job, JobStatus.Applied, JobStatus.Screening));
        driver.advance(Duration.ofDays(2));
        send(moved(job, JobStatus.Screening, JobStatus.Applied));
        driver.advance(Duration.ofDays(4));
        send(moved(job, JobStatus.Applied, JobStatus.Screening));
        driver.advance(Duration.ofDays(8));
        send(moved(job, JobStatus.Screening, JobStatus.Interviewing));
        send(moved(job, JobStatus.Interviewing, JobStatus.Screening));

        JsonNode overall = lastV2().get("funnel").get("overall");
        assertThat(reached(overall)).containsExactly(1, 1, 1, 0, 0);
        assertDays(stage(overall, "Applied").get("time_in_stage"), 1, 5.0);
        assertDays(stage(overall, "Screening").get("time_in_stage"), 1, 10.0);
        // the first answer was the first Screening, after one day
        assertDays(overall.get("first_response"), 1, 1.0);
    }

    @Test
    void ghostedAndWithdrawnAreNoAnswerButAnInterviewArrangedIs() {
        String ghosted = newJobId();
        String withdrawn = newJobId();
        String invited = newJobId();
        send(created(ghosted, JobStatus.Applied));
        send(created(withdrawn, JobStatus.Applied));
        send(created(invited, JobStatus.Applied));
        driver.advance(Duration.ofDays(2));
        send(moved(ghosted, JobStatus.Applied, JobStatus.Ghosted));
        send(moved(withdrawn, JobStatus.Applied, JobStatus.Withdrawn));
        driver.advance(Duration.ofDays(4));
        send(new InterviewScheduled(invited, UUID.randomUUID().toString(), driver.now().plus(Duration.ofDays(7)),
                "Europe/Berlin", 45, InterviewKind.TECHNICAL, null, null, List.of(), null));

        JsonNode data = lastV2();
        JsonNode overall = data.get("funnel").get("overall");
        assertThat(reached(overall)).containsExactly(3, 1, 1, 0, 0);
        assertThat(stage(overall, "Applied").get("conversion_to_next").asDouble()).isEqualTo(0.3333);
        assertDays(overall.get("first_response"), 1, 6.0);
        assertDays(stage(overall, "Applied").get("time_in_stage"), 2, 2.0);
        // version 1's median counts any first move, Ghosted and Withdrawn included (unchanged)
        assertThat(data.get("median_days_to_first_response").asDouble()).isEqualTo(2.0);
    }

    @Test
    void figuresPerWeekOfApplicationInTheUsersTimeZoneAndPerSourceGroup() {
        // Monday 2026-11-23 09:00 UTC is still Sunday in Pago Pago (UTC-11): week 47 there
        send(user.preferences(true, 7, true, true, "Pacific/Pago_Pago"));
        String dated = newJobId();
        String undated = newJobId();
        String referral = newJobId();
        send(new JobCreated(dated, "Acme", "Engineer", JobStatus.Applied, null, null, LocalDate.parse("2026-11-10"),
                null, null, null, null, null, null, null, " linked-In "));
        send(created(undated, JobStatus.Applied));
        send(new JobCreated(referral, "Initech", "Analyst", JobStatus.Wishlist, null, null, null, null, null, null,
                null, null, null, null, "Met at a meetup"));

        JsonNode funnel = lastV2().get("funnel");
        assertThat(weeks(funnel)).containsExactly("2026-W46=1", "2026-W47=1");
        assertThat(sources(funnel)).containsExactly("LinkedIn=1", "Not given=1");

        // a Wishlist job becomes an application when it moves on; its source changes group with the text
        send(moved(referral, JobStatus.Wishlist, JobStatus.Applied));
        send(new JobUpdated(dated, null, null, null, null, null, null, null, null, null, null, List.of(), null,
                "Referral"));
        send(new JobUpdated(undated, null, null, null, null, LocalDate.parse("2026-11-02"), null, null, null, null,
                null, List.of(), null, "Recruiter"));
        funnel = lastV2().get("funnel");
        assertThat(weeks(funnel)).containsExactly("2026-W45=1", "2026-W46=1", "2026-W47=1");
        assertThat(sources(funnel)).containsExactly("Referral=1", "Recruiter=1", "Other=1");
        assertThat(funnel.get("by_week")).hasSize(UserStats.WEEKS);
        assertThat(funnel.get("by_week").get(UserStats.WEEKS - 1).get("week").asString()).isEqualTo("2026-W47");
        assertThat(funnel.get("by_source")).hasSize(UserStats.Funnel.SOURCES.size());

        send(new JobUpdated(dated, null, null, null, null, null, null, null, null, null, null, List.of("source")));
        assertThat(sources(lastV2().get("funnel"))).containsExactly("Recruiter=1", "Other=1", "Not given=1");
    }

    @Test
    void aDeletedJobLeavesTheFunnelAndARestoreBringsItBackAsItWas() {
        String job = newJobId();
        send(created(job, JobStatus.Applied));
        driver.advance(Duration.ofDays(2));
        send(moved(job, JobStatus.Applied, JobStatus.Offer));
        JsonNode before = lastV2().get("funnel");

        send(deleted(job));
        JsonNode gone = lastV2().get("funnel").get("overall");
        assertThat(gone.get("applications").asInt()).isZero();
        assertThat(reached(gone)).containsExactly(0, 0, 0, 0, 0);
        assertThat(gone.get("first_response").get("count").asInt()).isZero();

        send(restored(job, JobStatus.Offer, NotifierDriver.START, List.of(
                new StatusStage(JobStatus.Applied, NotifierDriver.START),
                new StatusStage(JobStatus.Offer, NotifierDriver.START.plus(Duration.ofDays(2))))));
        assertThat(lastV2().get("funnel")).isEqualTo(before);
    }

    @Test
    void aRebuildFromTheSameEventsGivesTheSameFigures() {
        // weeks in Tokyo; no job idle long enough to be marked Ghosted: a marking is appended by the driver at
        // the time it runs, which a rebuild that jumps to the end would place elsewhere
        send(new UserPreferencesChanged(user.userId(), new ReminderPreferences(true, 7, true, true, "Asia/Tokyo", 24,
                365, 365)));
        List<String> jobs = new ArrayList<>();
        JobStatus[] path = {JobStatus.Screening, JobStatus.Interviewing, JobStatus.Applied, JobStatus.Offer,
                JobStatus.Rejected};
        for (int i = 0; i < 6; i++) {
            String job = newJobId();
            jobs.add(job);
            send(new JobCreated(job, "Company " + i, "Engineer", i == 0 ? JobStatus.Wishlist : JobStatus.Applied,
                    null, null, i % 2 == 0 ? LocalDate.parse("2026-11-1" + i) : null, null, null, null, null, null,
                    null, null, i % 3 == 0 ? "LinkedIn" : "Job board"));
        }
        for (int step = 0; step < 20; step++) {
            driver.advance(Duration.ofHours(7 + step * 5));
            String job = jobs.get(step % jobs.size());
            JobStatus from = JobStatus.values()[0];
            send(moved(job, from, path[step % path.length]));
        }
        send(deleted(jobs.get(4)));
        JsonNode original = lastV2();

        try (NotifierDriver fresh = new NotifierDriver()) {
            fresh.advance(Duration.between(NotifierDriver.START, driver.now()));
            sent.forEach(fresh::send);
            List<TestRecord<String, String>> records = fresh.userStatsV2().readRecordsToList();
            JsonNode rebuilt = fresh.codec().mapper().readTree(records.get(records.size() - 1).value()).get("data");
            assertThat(rebuilt).isEqualTo(original);
            assertThat(original.get("funnel").get("overall").get("applications").asInt()).isEqualTo(5);
        }
    }

    private void send(com.careervault.contracts.events.CareerVaultEvent event) {
        sent.add(driver.send(user, event));
    }

    private JsonNode lastV2() {
        List<TestRecord<String, String>> records = driver.userStatsV2().readRecordsToList();
        assertThat(records).isNotEmpty();
        JsonNode json = driver.codec().mapper().readTree(records.get(records.size() - 1).value());
        assertThat(json.get("type").asString()).isEqualTo("careervault.analytics.user-stats.v2");
        return json.get("data");
    }

    private static List<Integer> reached(JsonNode group) {
        return group.get("stages").valueStream().map(stage -> stage.get("reached").asInt()).toList();
    }

    private static JsonNode stage(JsonNode group, String name) {
        return group.get("stages").valueStream().filter(stage -> stage.get("stage").asString().equals(name))
                .findFirst().orElseThrow();
    }

    /** The median and p90 of {@code count} durations that are all {@code days}: within 2 %, then 0.01 day. */
    private static void assertDays(JsonNode durations, int count, double days) {
        assertThat(durations.get("count").asInt()).isEqualTo(count);
        double bound = days * UserStats.Funnel.RELATIVE_ERROR + 0.005;
        assertThat(durations.get("median_days").asDouble()).isCloseTo(days, within(bound));
        assertThat(durations.get("p90_days").asDouble()).isCloseTo(days, within(bound));
        assertThat(durations.get("median_days").asDouble()).isEqualTo(expectedDays(days));
    }

    /** What the histogram answers for a duration: its bucket's value, rounded to 0.01 day. */
    private static double expectedDays(double days) {
        long seconds = Math.round(days * DAY);
        double value = seconds < 1 ? 0 : 2 * Math.pow(DurationHistogram.GAMMA, DurationHistogram.index(seconds))
                / (DurationHistogram.GAMMA + 1);
        return java.math.BigDecimal.valueOf(value / DAY).setScale(2, java.math.RoundingMode.HALF_UP).doubleValue();
    }

    private static List<String> weeks(JsonNode funnel) {
        return funnel.get("by_week").valueStream()
                .filter(week -> week.get("funnel").get("applications").asInt() > 0)
                .map(week -> week.get("week").asString() + "=" + week.get("funnel").get("applications").asInt())
                .toList();
    }

    private static List<String> sources(JsonNode funnel) {
        return funnel.get("by_source").valueStream()
                .filter(source -> source.get("funnel").get("applications").asInt() > 0)
                .map(source -> source.get("source").asString() + "=" + source.get("funnel").get("applications").asInt())
                .toList();
    }
}
