package com.careervault.notifier.analytics;

import static com.careervault.notifier.support.Events.created;
import static com.careervault.notifier.support.Events.deleted;
import static com.careervault.notifier.support.Events.moved;
import static com.careervault.notifier.support.Events.interviewAt;
import static com.careervault.notifier.support.Events.newJobId;
import static com.careervault.notifier.support.Events.restored;
import static org.assertj.core.api.Assertions.assertThat;

import com.careervault.contracts.events.EventEnvelope;
import com.careervault.contracts.events.ImportedFrom;
import com.careervault.contracts.events.InterviewCancelled;
import com.careervault.contracts.events.InterviewOutcomeRecorded;
import com.careervault.contracts.events.InterviewScheduled;
import com.careervault.contracts.events.JobCreated;
import com.careervault.contracts.events.JobStatusChanged;
import com.careervault.contracts.events.StatusStage;
import com.careervault.contracts.interviews.InterviewKind;
import com.careervault.contracts.interviews.InterviewOutcome;
import com.careervault.contracts.jobs.JobStatus;
import com.careervault.notifier.support.Events;
import com.careervault.notifier.support.NotifierDriver;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.UUID;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/** The user-stats stream: one CloudEvents record per change, keyed by user, as analytics consumers read it. */
class UserStatsTopologyTest {

    private static final int JOBS = 300;

    @RegisterExtension
    final NotifierDriver driver = new NotifierDriver();
    private final Events user = Events.forNewUser();

    @Test
    void registrationPublishesAnAllZeroRecordInCloudEventsForm() {
        driver.send(user, user.registered("jane@example.com"));

        TestRecord<String, String> record = driver.userStats().readRecord();
        assertThat(record.key()).isEqualTo(user.userId());
        JsonNode json = driver.codec().mapper().readTree(record.value());
        assertThat(json.get("specversion").asString()).isEqualTo("1.0");
        assertThat(json.get("type").asString()).isEqualTo("careervault.analytics.user-stats.v1");
        assertThat(json.get("source").asString()).isEqualTo("/careervault/notifier");
        assertThat(json.get("datacontenttype").asString()).isEqualTo("application/json");
        assertThat(json.get("userid").asString()).isEqualTo(user.userId());
        assertThat(json.has("subject")).isFalse();
        assertThat(json.get("id").asString()).isNotBlank();
        assertThat(json.get("time").asString()).isEqualTo("2026-11-23T09:00:00.000000Z");
        JsonNode data = json.get("data");
        assertThat(data.get("total_jobs").asInt()).isZero();
        assertThat(data.get("jobs_by_status").properties()).hasSize(9);
        assertThat(data.get("applications_per_week")).hasSize(12);
        assertThat(data.get("applications_per_week").get(11).get("week").asString()).isEqualTo("2026-W48");
        assertThat(data.get("median_days_to_first_response").isNull()).isTrue();
    }

    @Test
    void aSystemGhostedIsNoResponseAndASystemChangeFromAStatusTheJobLeftIsSkipped() {
        String marked = newJobId();
        String answered = newJobId();
        driver.send(user, created(marked, JobStatus.Applied));
        driver.send(user, created(answered, JobStatus.Applied));
        driver.advance(Duration.ofDays(1));
        driver.send(user, JobStatusChanged.bySystem(marked, JobStatus.Applied, JobStatus.Ghosted));
        driver.advance(Duration.ofDays(2));
        driver.send(user, moved(answered, JobStatus.Applied, JobStatus.Screening));
        // overtaken by the user's change: applies to nothing
        driver.send(user, JobStatusChanged.bySystem(answered, JobStatus.Applied, JobStatus.Ghosted));

        JsonNode data = lastStats();
        assertThat(data.get("jobs_by_status").get("Ghosted").asInt()).isEqualTo(1);
        assertThat(data.get("jobs_by_status").get("Screening").asInt()).isEqualTo(1);
        assertThat(data.get("response_rate").asDouble()).isEqualTo(0.5);
        // only the screening is a first response: three days (the marking, after one, is none)
        assertThat(data.get("median_days_to_first_response").asDouble()).isEqualTo(3.0);
    }

    @Test
    void figuresFollowTheJobsAndDeletedJobsLeaveThem() {
        String screened = newJobId();
        String interviewed = newJobId();
        String waiting = newJobId();
        String wish = newJobId();
        driver.send(user, created(screened, JobStatus.Applied, "A", LocalDate.parse("2026-11-02"), null, null));
        driver.send(user, created(interviewed, JobStatus.Applied));
        driver.send(user, created(waiting, JobStatus.Applied));
        driver.send(user, created(wish, JobStatus.Wishlist));
        driver.advance(Duration.ofDays(2));
        driver.send(user, moved(screened, JobStatus.Applied, JobStatus.Screening));
        driver.advance(Duration.ofDays(2));
        driver.send(user, moved(interviewed, JobStatus.Applied, JobStatus.Interviewing));
        driver.send(user, moved(interviewed, JobStatus.Interviewing, JobStatus.Rejected));

        JsonNode data = lastStats();
        assertThat(data.get("total_jobs").asInt()).isEqualTo(4);
        assertThat(data.get("applied_jobs").asInt()).isEqualTo(3);
        assertThat(data.get("jobs_by_status").get("Applied").asInt()).isEqualTo(1);
        assertThat(data.get("jobs_by_status").get("Screening").asInt()).isEqualTo(1);
        assertThat(data.get("jobs_by_status").get("Rejected").asInt()).isEqualTo(1);
        assertThat(data.get("jobs_by_status").get("Wishlist").asInt()).isEqualTo(1);
        assertThat(data.get("jobs_by_status").get("Offer").asInt()).isZero();
        assertThat(data.get("response_rate").asDouble()).isEqualTo(0.6667);
        assertThat(data.get("interview_rate").asDouble()).isEqualTo(0.3333);
        assertThat(data.get("offer_rate").asDouble()).isZero();
        assertThat(data.get("median_days_to_first_response").asDouble()).isEqualTo(3.0);
        assertThat(weeks(data)).contains("2026-W45=1", "2026-W48=2");

        driver.send(user, deleted(interviewed));
        data = lastStats();
        assertThat(data.get("total_jobs").asInt()).isEqualTo(3);
        assertThat(data.get("jobs_by_status").get("Rejected").asInt()).isZero();
        assertThat(data.get("response_rate").asDouble()).isEqualTo(0.5);
        assertThat(data.get("interview_rate").asDouble()).isZero();
        assertThat(data.get("median_days_to_first_response").asDouble()).isEqualTo(2.0);
        assertThat(weeks(data)).contains("2026-W48=1");

        // restored with its history: counted again exactly as before the delete
        driver.send(user, restored(interviewed, JobStatus.Rejected, NotifierDriver.START, List.of(
                new StatusStage(JobStatus.Applied, NotifierDriver.START),
                new StatusStage(JobStatus.Interviewing, NotifierDriver.START.plus(Duration.ofDays(4))),
                new StatusStage(JobStatus.Rejected, NotifierDriver.START.plus(Duration.ofDays(4))))));
        data = lastStats();
        assertThat(data.get("total_jobs").asInt()).isEqualTo(4);
        assertThat(data.get("applied_jobs").asInt()).isEqualTo(3);
        assertThat(data.get("jobs_by_status").get("Rejected").asInt()).isEqualTo(1);
        assertThat(data.get("response_rate").asDouble()).isEqualTo(0.6667);
        assertThat(data.get("interview_rate").asDouble()).isEqualTo(0.3333);
        assertThat(data.get("median_days_to_first_response").asDouble()).isEqualTo(3.0);
        assertThat(weeks(data)).contains("2026-W45=1", "2026-W48=2");
    }

    @Test
    void anImportedJobCountsFromWhenItWasCreatedWhereItCameFrom() {
        String job = newJobId();
        Instant createdThere = NotifierDriver.START.minus(Duration.ofDays(10));
        driver.send(user, new JobCreated(job, "Acme", "Engineer", JobStatus.Applied, null, null, null, null, null,
                null, null, null, new ImportedFrom(ImportedFrom.MONGODB, "6560f1a2b3c4d5e6f7a8b9c0", createdThere,
                        null)));
        assertThat(weeks(lastStats())).containsExactly("2026-W46=1");

        driver.advance(Duration.ofDays(2));
        driver.send(user, moved(job, JobStatus.Applied, JobStatus.Screening));

        // applied 10 days before the import, answered 2 days after it
        assertThat(lastStats().get("median_days_to_first_response").asDouble()).isEqualTo(12.0);
    }

    @Test
    void anInterviewArrangedCountsAsAnAnswerAndAnInterviewWhateverTheStatusSays() {
        String job = newJobId();
        String other = newJobId();
        driver.send(user, created(job, JobStatus.Applied));
        driver.send(user, created(other, JobStatus.Applied));
        driver.advance(Duration.ofDays(3));
        EventEnvelope scheduled = driver.send(user, new InterviewScheduled(job, UUID.randomUUID().toString(),
                NotifierDriver.START.plus(Duration.ofDays(10)), "Europe/Berlin", 45, InterviewKind.TECHNICAL, null,
                null, List.of(), null));

        // the card still says Applied, but the employer answered after 3 days with an interview
        JsonNode data = lastStats();
        assertThat(data.get("jobs_by_status").get("Applied").asInt()).isEqualTo(2);
        assertThat(data.get("response_rate").asDouble()).isEqualTo(0.5);
        assertThat(data.get("interview_rate").asDouble()).isEqualTo(0.5);
        assertThat(data.get("median_days_to_first_response").asDouble()).isEqualTo(3.0);

        // delivered again, rescheduled, cancelled or with an outcome: the figures stay, nothing new is published
        driver.send(scheduled);
        String interview = ((InterviewScheduled) scheduled.data()).interviewId();
        driver.send(user, new InterviewCancelled(job, interview));
        driver.send(user, new InterviewOutcomeRecorded(job, interview, InterviewOutcome.NO_SHOW));
        assertThat(driver.userStats().readRecordsToList()).isEmpty();

        // the old single interview_at counts the same way
        driver.send(user, interviewAt(other, NotifierDriver.START.plus(Duration.ofDays(5))));
        assertThat(lastStats().get("interview_rate").asDouble()).isEqualTo(1.0);
    }

    @Test
    void aDuplicateEventPublishesNothingNew() {
        String job = newJobId();
        EventEnvelope creation = driver.send(user, created(job, JobStatus.Applied));
        driver.send(creation);

        assertThat(driver.userStats().readRecordsToList()).hasSize(1);
    }

    @Test
    void figuresFollowABruteForceRecountOverRandomMovesAndDeletes() {
        Random random = new Random(12);
        Map<String, JobFacts> model = new HashMap<>();
        List<String> ids = new ArrayList<>();
        JobStatus[] statuses = JobStatus.values();
        for (int step = 0; step < 150; step++) {
            driver.advance(Duration.ofMinutes(1 + random.nextInt(600)));
            int choice = random.nextInt(10);
            if (ids.isEmpty() || choice < 4) {
                String id = newJobId();
                JobStatus status = random.nextBoolean() ? JobStatus.Applied : statuses[random.nextInt(statuses.length)];
                EventEnvelope sent = driver.send(user, created(id, status));
                model.put(id, JobFacts.created((com.careervault.contracts.events.JobCreated) sent.data(), sent.time()));
                ids.add(id);
            } else if (choice < 9) {
                String id = ids.get(random.nextInt(ids.size()));
                JobStatus to = statuses[random.nextInt(statuses.length)];
                driver.send(user, moved(id, model.get(id).status(), to));
                model.put(id, model.get(id).statusChanged(to, driver.now()));
            } else {
                String id = ids.remove(random.nextInt(ids.size()));
                driver.send(user, deleted(id));
                model.remove(id);
            }
            List<TestRecord<String, String>> records = driver.userStats().readRecordsToList();
            if (!records.isEmpty()) {
                JsonNode data = driver.codec().mapper().readTree(records.get(records.size() - 1).value()).get("data");
                assertThat(data.get("total_jobs").asInt()).as("step %d", step).isEqualTo(model.size());
                List<JobFacts> applied = model.values().stream().filter(JobFacts::applied).toList();
                assertThat(data.get("applied_jobs").asInt()).isEqualTo(applied.size());
                assertThat(data.get("interview_rate").asDouble()).isEqualTo(applied.isEmpty() ? 0.0
                        : round((double) applied.stream().filter(JobFacts::interviewed).count() / applied.size(), 4));
                assertThat(data.get("median_days_to_first_response").isNull() ? null
                        : data.get("median_days_to_first_response").asDouble())
                        .as("median at step %d", step).isEqualTo(median(applied));
            }
        }
    }

    @Test
    void stateRecordsStayTheSameSizeWhateverTheNumberOfJobs() {
        driver.send(user, user.registered("many@example.com"));
        Map<String, Integer> atFirst = new HashMap<>();
        // every record of the test driver is its own transaction, flushing RocksDB: a few hundred jobs are
        // what the test can afford, and enough to see growth (the old per-user record grew 190 bytes a job)
        for (int i = 1; i <= JOBS; i++) {
            String id = newJobId();
            driver.send(user, created(id, JobStatus.Applied, "Company " + i, null, null, null));
            if (i % 2 == 0) {
                driver.send(user, moved(id, JobStatus.Applied, JobStatus.Screening));
            }
            if (i == 10) {
                atFirst.putAll(driver.largestStateRecords());
            }
        }

        Map<String, Integer> atLast = driver.largestStateRecords();
        assertThat(atLast.values()).allSatisfy(bytes -> assertThat(bytes).isLessThan(1024));
        atLast.forEach((store, bytes) -> assertThat(bytes).as(store).isLessThanOrEqualTo(atFirst.get(store) + 16));
        assertThat(driver.storeSize(AnalyticsStores.JOBS)).isEqualTo(JOBS);
        assertThat(driver.storeSize(AnalyticsStores.RESPONSE_TIMES)).isEqualTo(JOBS / 2);
        List<TestRecord<String, String>> records = driver.userStats().readRecordsToList();
        String last = records.get(records.size() - 1).value();
        assertThat(last.length()).isLessThan(2048);
        JsonNode data = driver.codec().mapper().readTree(last).get("data");
        assertThat(data.get("total_jobs").asInt()).isEqualTo(JOBS);
        assertThat(data.get("jobs_by_status").get("Screening").asInt()).isEqualTo(JOBS / 2);
        assertThat(data.get("response_rate").asDouble()).isEqualTo(0.5);
        assertThat(data.get("median_days_to_first_response").asDouble()).isZero();
    }

    private static Double median(List<JobFacts> applied) {
        long[] seconds = applied.stream().map(JobFacts::secondsToFirstResponse).filter(Objects::nonNull)
                .mapToLong(Long::longValue).sorted().toArray();
        if (seconds.length == 0) {
            return null;
        }
        int n = seconds.length;
        double middle = n % 2 == 1 ? seconds[n / 2] : (seconds[n / 2 - 1] + seconds[n / 2]) / 2.0;
        return round(middle / 86_400, 2);
    }

    private static double round(double value, int places) {
        return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).doubleValue();
    }

    private JsonNode lastStats() {
        List<TestRecord<String, String>> records = driver.userStats().readRecordsToList();
        assertThat(records).isNotEmpty();
        return driver.codec().mapper().readTree(records.get(records.size() - 1).value()).get("data");
    }

    private static List<String> weeks(JsonNode data) {
        return data.get("applications_per_week").valueStream()
                .filter(week -> week.get("applications").asInt() > 0)
                .map(week -> week.get("week").asString() + "=" + week.get("applications").asInt())
                .toList();
    }
}
