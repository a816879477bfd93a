package com.careervault.notifier.streams;

import static com.careervault.notifier.support.Events.created;
import static com.careervault.notifier.support.Events.newJobId;
import static org.assertj.core.api.Assertions.assertThat;

import com.careervault.contracts.enrichment.EnrichmentInputs;
import com.careervault.contracts.events.JobEnriched;
import com.careervault.contracts.events.JobUpdated;
import com.careervault.contracts.events.UserResumeChanged;
import com.careervault.contracts.jobs.JobStatus;
import com.careervault.notifier.support.Events;
import com.careervault.notifier.support.NotifierDriver;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The enricher's events ({@code UserResumeChanged}, {@code JobEnriched}) and a job's posting text are nothing
 * to the notifier: no email, no statistics record, no change to any state store, no dead letter; an
 * enrichment is no activity on the job (the follow-up stays due when it was).
 */
class EnrichmentEventsTopologyTest {

    private static final Duration TICK = Duration.ofSeconds(30);
    private static final String POSTING = "Backend engineer.\nJava and Kafka.";

    @RegisterExtension
    final NotifierDriver driver = new NotifierDriver();
    private final Events user = Events.forNewUser();

    @Test
    void resumeChangesAndEnrichmentsChangeNothingAndSendNothing() {
        driver.send(user, user.registered("jane@example.com"));
        String job = newJobId();
        driver.send(user, created(job, JobStatus.Applied));
        assertThat(driver.userStats().readValuesToList()).hasSize(2);
        List<String> state = driver.entriesMentioning(user.userId());
        assertThat(state).isNotEmpty();

        driver.advance(Duration.ofDays(1));
        String resume = EnrichmentInputs.hash("Ten years of Java.");
        driver.send(user, new UserResumeChanged(user.userId(), resume, 18));
        driver.send(user, enriched(job, resume, 80));
        driver.send(user, enriched(newJobId(), resume, 20)); // a job the notifier never saw
        driver.send(user, new UserResumeChanged(user.userId(), null, null));
        driver.send(user, enriched(job, null, null));

        assertThat(driver.deadLetters().isEmpty()).isTrue();
        assertThat(driver.userStats().isEmpty()).isTrue();
        assertThat(driver.appendedEvents().isEmpty()).isTrue();
        assertThat(driver.mailer().sent()).isEmpty();
        assertThat(driver.entriesMentioning(user.userId())).isEqualTo(state);

        // the follow-up is due seven days after the job entered Applied, as if nothing had happened since
        driver.advance(Duration.ofDays(6).minus(TICK));
        assertThat(driver.mailer().sent()).isEmpty();
        driver.advance(TICK);
        assertThat(driver.mailer().sent()).singleElement().satisfies(email ->
                assertThat(email.subject()).isEqualTo("Time to follow up: Senior Software Engineer at Tech Corp"));
    }

    @Test
    void aPostingTextAloneIsNoChangeToStatisticsOrReminders() {
        driver.send(user, user.registered("jane@example.com"));
        String job = newJobId();
        driver.send(user, created(job, JobStatus.Applied));
        driver.userStats().readValuesToList();
        List<String> state = driver.entriesMentioning(user.userId());

        driver.send(user, new JobUpdated(job, null, null, null, null, null, null, null, null, null, null, List.of(),
                POSTING));
        driver.send(user, new JobUpdated(job, null, null, null, null, null, null, null, null, null, null,
                List.of("job_description")));

        assertThat(driver.deadLetters().isEmpty()).isTrue();
        assertThat(driver.userStats().isEmpty()).isTrue();
        assertThat(driver.entriesMentioning(user.userId())).isEqualTo(state);
    }

    private JobEnriched enriched(String jobId, String resumeHash, Integer score) {
        String descriptionHash = EnrichmentInputs.hash(POSTING);
        return new JobEnriched(jobId, EnrichmentInputs.inputHash(descriptionHash, resumeHash), descriptionHash,
                resumeHash, "lexical", "lexical-1", false, null, "Backend engineer.", List.of("Java", "Kafka"),
                score, score == null ? List.of() : List.of("Java"), score == null ? List.of() : List.of("Kafka"));
    }
}
