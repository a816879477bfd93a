package com.careervault.api.calendar;

import com.careervault.api.calendar.CalendarReadModel.Interview;
import com.careervault.api.calendar.CalendarReadModel.Job;
import com.careervault.api.preferences.PreferencesStore;
import com.careervault.contracts.calendar.CalendarEntry;
import com.careervault.contracts.calendar.ICalendarDocuments;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The calendar documents: a user's subscription feed and one interview's download.
 *
 * <p>The feed holds every interview of the user that starts at most {@link #LOOK_BACK} before now, cancelled
 * ones included (STATUS:CANCELLED, so that a subscribed calendar drops or strikes them), and every follow-up
 * date in the same window, of live jobs only: an interview of a deleted job (or whose job item is gone) is
 * left out. Events are ordered by start, then UID.
 *
 * <p>The document is the same bytes while its data is the same: every DTSTAMP is the latest change of that
 * data ({@link CalendarDocument#lastModified()}: the latest {@code updated_at}/{@code created_at} of its
 * interviews and of the user's job items, tombstones' deletion included, and the secret's creation), so the
 * ETag (a hash of the bytes) only moves with the data. Last-Modified is that instant; a change it cannot see
 * (the preference time zone of the follow-ups, an event leaving the window) changes the ETag, which clients
 * send and which wins over If-Modified-Since (RFC 9110 §13.2.2).
 */
@Component
class CalendarFeeds {

    static final Duration LOOK_BACK = Duration.ofDays(90);

    private final CalendarReadModel readModel;
    private final PreferencesStore preferences;

    CalendarFeeds(CalendarReadModel readModel, PreferencesStore preferences) {
        this.readModel = readModel;
        this.preferences = preferences;
    }

    /** The feed of {@code userId}, whose secret was made at {@code secretCreatedAt}. */
    Mono<CalendarDocument> feed(String userId, Instant secretCreatedAt, Instant now) {
        Instant from = now.minus(LOOK_BACK);
        return Mono.zip(readModel.interviewsFrom(userId, from), readModel.jobs(userId),
                        preferences.current(userId))
                .map(data -> {
                    List<Interview> interviews = data.getT1();
                    Map<String, Job> jobs = data.getT2();
                    ZoneId zone = CalendarEntries.zone(data.getT3().timeZone());
                    List<CalendarEntry> entries = new ArrayList<>();
                    for (Interview interview : interviews) {
                        Job job = jobs.get(interview.jobId());
                        if (job != null && !job.deleted()) {
                            entries.add(CalendarEntries.interview(interview, job));
                        }
                    }
                    for (Job job : jobs.values()) {
                        if (!job.deleted() && job.followUpAt() != null && !job.followUpAt().isBefore(from)) {
                            entries.add(CalendarEntries.followUp(job, zone));
                        }
                    }
                    entries.sort(Comparator.comparing(CalendarEntry::start).thenComparing(CalendarEntry::uid));
                    Instant lastModified = latest(Stream.concat(Stream.of(secretCreatedAt), Stream.concat(
                            interviews.stream().map(Interview::changedAt), jobs.values().stream().map(Job::changedAt))));
                    return document(entries, lastModified);
                });
    }

    /** One interview of the user as its own document; empty when the user has no such interview of a live job. */
    Mono<Optional<CalendarDocument>> interview(String userId, String jobId, String interviewId) {
        return Mono.zip(readModel.interview(userId, jobId, interviewId), readModel.job(userId, jobId))
                .map(found -> found.getT1().flatMap(interview -> found.getT2().filter(job -> !job.deleted())
                        .map(job -> {
                            CalendarEntry entry = CalendarEntries.interview(interview, job);
                            return document(List.of(entry), entry.lastModified());
                        })));
    }

    private static CalendarDocument document(List<CalendarEntry> entries, Instant lastModified) {
        Instant stamp = lastModified.truncatedTo(ChronoUnit.SECONDS);
        return new CalendarDocument(ICalendarDocuments.write(entries, CalendarEntries.CALENDAR_NAME, stamp), stamp);
    }

    private static Instant latest(Stream<Instant> times) {
        return times.filter(time -> time != null).max(Comparator.naturalOrder()).orElseThrow();
    }
}
