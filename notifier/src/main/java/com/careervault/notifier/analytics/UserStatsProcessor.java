package com.careervault.notifier.analytics;

import com.careervault.contracts.events.EventEnvelope;
import com.careervault.contracts.events.UserDeleted;
import com.careervault.notifier.users.DeletedUsers;
import com.careervault.contracts.events.JobCreated;
import com.careervault.contracts.events.JobDeleted;
import com.careervault.contracts.events.JobEnriched;
import com.careervault.contracts.events.JobEvent;
import com.careervault.contracts.events.JobRestored;
import com.careervault.contracts.events.JobStatusChanged;
import com.careervault.contracts.events.InterviewScheduled;
import com.careervault.contracts.events.JobUpdated;
import com.careervault.contracts.events.UserRegistered;
import com.careervault.contracts.events.UserResumeChanged;
import com.careervault.notifier.streams.RecordSizeLimit;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.UUID;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps each job's facts and each user's running totals in state stores and publishes the user's
 * figures whenever they may have changed. Output goes to a compacted topic keyed by user id, inside
 * the same transaction as the store updates, so the topic never disagrees with the log.
 *
 * <p><b>Bounded work and state.</b> A job event reads and writes that job's facts, takes the job's old
 * contribution out of the user's totals and puts its new one in (counts by status, applied, reached
 * stages, the application week, the time to first response). No record holds a list of jobs, and the
 * published record is computed from the totals, twelve week counters and at most two response times,
 * so a user with 20,000 jobs costs per event what a user with one does.
 *
 * <p><b>Deleted users.</b> {@code UserDeleted} drops every entry of the user from the analytics stores and
 * publishes a tombstone (the user's key with a {@code null} value), so that compaction removes the user's
 * figures from the topic and consumers delete theirs; the user is marked deleted ({@link DeletedUsers}) and
 * their later events are ignored, so the tombstone stays the user's last record.
 */
public final class UserStatsProcessor implements Processor<String, EventEnvelope, String, byte[]> {

    private final Clock clock;
    private final JsonMapper mapper;
    private final RecordSizeLimit limit;
    private ProcessorContext<String, byte[]> context;
    private KeyValueStore<String, DeletedUsers.Mark> deletedUsers;
    private KeyValueStore<String, JobFacts> jobs;
    private KeyValueStore<String, UserTotals> totals;
    private KeyValueStore<String, Integer> weeks;
    private ResponseTimeIndex responseTimes;

    public UserStatsProcessor(Clock clock, JsonMapper mapper, RecordSizeLimit limit) {
        this.clock = clock;
        this.mapper = mapper;
        this.limit = limit;
    }

    @Override
    public void init(ProcessorContext<String, byte[]> context) {
        this.context = context;
        this.deletedUsers = context.getStateStore(DeletedUsers.STORE);
        this.jobs = context.getStateStore(AnalyticsStores.JOBS);
        this.totals = context.getStateStore(AnalyticsStores.TOTALS);
        this.weeks = context.getStateStore(AnalyticsStores.WEEKS);
        this.responseTimes = new ResponseTimeIndex(context.getStateStore(AnalyticsStores.RESPONSE_TIMES));
    }

    @Override
    public void process(Record<String, EventEnvelope> record) {
        EventEnvelope event = record.value();
        String userId = event.userid();
        if (event.data() instanceof UserDeleted) {
            forgetUser(userId, event.time());
            context.forward(new Record<String, byte[]>(userId, null, record.timestamp()));
            return;
        }
        if (DeletedUsers.isDeleted(deletedUsers, userId)) {
            return;
        }
        if (event.data() instanceof JobEnriched || event.data() instanceof UserResumeChanged) {
            return; // no figure comes from the enricher's input or output: nothing to publish
        }
        UserTotals before = totals.get(userId);
        UserTotals after;
        if (event.data() instanceof JobEvent job) {
            after = jobChanged(userId, job, event.time(), before == null ? UserTotals.none() : before);
            if (after == null) {
                return; // a duplicate, or an update that touched nothing the figures use
            }
        } else if (event.data() instanceof UserRegistered && before == null) {
            after = UserTotals.none(); // publish an all-zero record so consumers see every user
        } else {
            return;
        }
        totals.put(userId, after);
        publish(record, event, userId, after);
    }

    /** Drops every analytics entry of the user and marks the user deleted. Idempotent. */
    private void forgetUser(String userId, Instant deletedAt) {
        deletedUsers.put(DeletedUsers.key(userId), new DeletedUsers.Mark(deletedAt));
        totals.delete(userId);
        String own = userId + "|";
        DeletedUsers.deletePrefix(jobs, own);
        DeletedUsers.deletePrefix(weeks, own);
        DeletedUsers.deletePrefix(responseTimes.store(), own);
    }

    /** Applies one job event; null when the job's facts did not change. */
    private UserTotals jobChanged(String userId, JobEvent event, Instant time, UserTotals current) {
        String key = AnalyticsStores.job(userId, event.jobId());
        JobFacts old = jobs.get(key);
        JobFacts next = next(old, event, time);
        if (Objects.equals(old, next)) {
            return null;
        }
        UserTotals result = current;
        if (old != null) {
            result = withdraw(userId, event.jobId(), old, result);
        }
        if (next != null) {
            result = contribute(userId, event.jobId(), next, result);
            jobs.put(key, next);
        } else {
            jobs.delete(key);
        }
        return result;
    }

    /** The job's facts after the event; creations of known jobs and events of unknown jobs change nothing. */
    private static JobFacts next(JobFacts current, JobEvent event, Instant time) {
        if (event instanceof JobCreated created) {
            if (current != null) {
                return current;
            }
            JobFacts facts = JobFacts.created(created, time);
            return created.interviewAt() != null ? facts.withInterviewReached() : facts;
        }
        if (event instanceof JobRestored restored) {
            if (current != null) {
                return current;
            }
            JobFacts facts = JobFacts.restored(restored);
            return restored.interviewAt() != null ? facts.withInterviewReached() : facts;
        }
        if (current == null) {
            return null;
        }
        if (event instanceof InterviewScheduled) {
            return current.interviewArranged(time);
        }
        if (event instanceof JobUpdated updated) {
            // an interview_at set is an interview arranged too (contracts.interviews.LegacyInterview)
            return updated.interviewAt() != null ? current.updated(updated).interviewArranged(time)
                    : current.updated(updated);
        }
        if (event instanceof JobStatusChanged changed) {
            // a system change applies only from its "from" status, as in the read model (JobStatusChanged#appliesTo);
            // the system's Ghosted is no answer of the employer, so it is no first response either
            if (!changed.appliesTo(current.status())) {
                return current;
            }
            return changed.isBySystem() ? current.changedBySystem(changed.to())
                    : current.statusChanged(changed.to(), time);
        }
        return event instanceof JobDeleted ? null : current;
    }

    private UserTotals contribute(String userId, String jobId, JobFacts job, UserTotals current) {
        String week = job.applicationWeek();
        if (week != null) {
            weeks.put(AnalyticsStores.week(userId, week), weekCount(userId, week) + 1);
        }
        UserTotals result = current.plus(job, 1);
        Long seconds = job.secondsToFirstResponse();
        return seconds == null ? result
                : responseTimes.add(userId, ResponseTimeIndex.key(userId, jobId, seconds), seconds, result);
    }

    private UserTotals withdraw(String userId, String jobId, JobFacts job, UserTotals current) {
        String week = job.applicationWeek();
        if (week != null) {
            int left = weekCount(userId, week) - 1;
            String weekKey = AnalyticsStores.week(userId, week);
            if (left > 0) {
                weeks.put(weekKey, left);
            } else {
                weeks.delete(weekKey);
            }
        }
        UserTotals result = current.plus(job, -1);
        Long seconds = job.secondsToFirstResponse();
        return seconds == null ? result
                : responseTimes.remove(userId, ResponseTimeIndex.key(userId, jobId, seconds), result);
    }

    private int weekCount(String userId, String week) {
        Integer count = weeks.get(AnalyticsStores.week(userId, week));
        return count == null ? 0 : count;
    }

    private void publish(Record<String, EventEnvelope> record, EventEnvelope event, String userId, UserTotals after) {
        Instant now = clock.instant();
        var stats = UserStatsCalculator.calculate(userId, after, week -> weekCount(userId, week),
                responseTimes.medianSeconds(userId, after), LocalDate.ofInstant(now, ZoneOffset.UTC));
        byte[] json = limit.check("a user-stats record",
                mapper.writeValueAsBytes(UserStatsEvent.of(eventId(event), now, stats)));
        context.forward(new Record<>(userId, json, record.timestamp()));
    }

    /** Derived from the input position (or event id), so a replay republishes the same ids. */
    private String eventId(EventEnvelope event) {
        String origin = context.recordMetadata()
                .map(m -> m.topic() + "/" + m.partition() + "/" + m.offset())
                .orElse(event.id());
        return UUID.nameUUIDFromBytes(("user-stats:" + origin).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
