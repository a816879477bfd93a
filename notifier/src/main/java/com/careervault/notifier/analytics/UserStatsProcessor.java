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
import com.careervault.contracts.analytics.UserStats;
import com.careervault.contracts.events.ReminderPreferences;
import com.careervault.notifier.reminders.ReminderStores;
import com.careervault.notifier.streams.RecordSizeLimit;
import com.careervault.notifier.users.UserContact;
import java.util.ArrayList;
import java.util.List;
import java.time.ZoneId;
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
 * <p><b>Two versions.</b> Every record is published twice in the same transaction: version 1's figures on
 * {@code careervault.analytics.user-stats.v1} (for the consumers of that version, whose schema allows no new
 * field) and the same figures with the funnel on {@code careervault.analytics.user-stats.v2}. The funnel is kept
 * like the totals: a job change takes the job's old contribution out of three {@link FunnelTotals} (all of the
 * user's applications, its week's, its source group's) and puts the new one in; the record reads 1 + 12 + 7 of
 * them.
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
    private final String v1Sink;
    private final String v2Sink;
    private ProcessorContext<String, byte[]> context;
    private KeyValueStore<String, DeletedUsers.Mark> deletedUsers;
    private KeyValueStore<String, JobFacts> jobs;
    private KeyValueStore<String, UserTotals> totals;
    private KeyValueStore<String, Integer> weeks;
    private ResponseTimeIndex responseTimes;
    private KeyValueStore<String, FunnelTotals> funnel;
    private KeyValueStore<String, UserContact> users;

    /** @param v1Sink, v2Sink the names of the sinks of the two versions' topics */
    public UserStatsProcessor(Clock clock, JsonMapper mapper, RecordSizeLimit limit, String v1Sink, String v2Sink) {
        this.clock = clock;
        this.mapper = mapper;
        this.limit = limit;
        this.v1Sink = v1Sink;
        this.v2Sink = v2Sink;
    }

    @Override
    public void init(ProcessorContext<String, byte[]> context) {
        this.context = context;
        this.deletedUsers = context.getStateStore(DeletedUsers.STORE);
        this.jobs = context.getStateStore(AnalyticsStores.JOBS);
        this.totals = context.getStateStore(AnalyticsStores.TOTALS);
        this.weeks = context.getStateStore(AnalyticsStores.WEEKS);
        this.responseTimes = new ResponseTimeIndex(context.getStateStore(AnalyticsStores.RESPONSE_TIMES));
        this.funnel = context.getStateStore(AnalyticsStores.FUNNEL);
        // the reminders' copy of the user's preferences, updated by the same event before this processor sees it
        this.users = context.getStateStore(ReminderStores.USERS);
    }

    @Override
    public void process(Record<String, EventEnvelope> record) {
        EventEnvelope event = record.value();
        String userId = event.userid();
        if (event.data() instanceof UserDeleted) {
            forgetUser(userId, event.time());
            context.forward(new Record<String, byte[]>(userId, null, record.timestamp()), v1Sink);
            context.forward(new Record<String, byte[]>(userId, null, record.timestamp()), v2Sink);
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
        DeletedUsers.deletePrefix(funnel, own);
    }

    /** Applies one job event; null when the job's facts did not change. */
    private UserTotals jobChanged(String userId, JobEvent event, Instant time, UserTotals current) {
        String key = AnalyticsStores.job(userId, event.jobId());
        JobFacts old = jobs.get(key);
        JobFacts next = next(old, event, time, zone(userId));
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
    private static JobFacts next(JobFacts current, JobEvent event, Instant time, ZoneId zone) {
        if (event instanceof JobCreated created) {
            if (current != null) {
                return current;
            }
            JobFacts facts = JobFacts.created(created, time, zone);
            return created.interviewAt() != null ? facts.withInterviewReached() : facts;
        }
        if (event instanceof JobRestored restored) {
            if (current != null) {
                return current;
            }
            JobFacts facts = JobFacts.restored(restored, zone);
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
            return changed.isBySystem() ? current.changedBySystem(changed.to(), time)
                    : current.statusChanged(changed.to(), time, zone);
        }
        return event instanceof JobDeleted ? null : current;
    }

    private UserTotals contribute(String userId, String jobId, JobFacts job, UserTotals current) {
        String week = job.applicationWeek();
        if (week != null) {
            weeks.put(AnalyticsStores.week(userId, week), weekCount(userId, week) + 1);
        }
        funnelPlus(userId, job, 1);
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
        funnelPlus(userId, job, -1);
        UserTotals result = current.plus(job, -1);
        Long seconds = job.secondsToFirstResponse();
        return seconds == null ? result
                : responseTimes.remove(userId, ResponseTimeIndex.key(userId, jobId, seconds), result);
    }

    /** Adds or takes out an applied job's part of the funnel of all applications, of its week and its source. */
    private void funnelPlus(String userId, JobFacts job, int sign) {
        String week = job.funnelWeek();
        if (week == null) {
            return;
        }
        for (String key : List.of(AnalyticsStores.funnelAll(userId), AnalyticsStores.funnelWeek(userId, week),
                AnalyticsStores.funnelSource(userId, job.source()))) {
            FunnelTotals totals = funnel.get(key);
            FunnelTotals next = (totals == null ? FunnelTotals.none() : totals).plus(job, sign);
            if (next.isEmpty()) {
                funnel.delete(key);
            } else {
                funnel.put(key, next);
            }
        }
    }

    /** The user's time zone preference (UTC by default): the day a job became an application is counted in it. */
    private ZoneId zone(String userId) {
        UserContact user = users.get(userId);
        return (user == null ? ReminderPreferences.defaults() : user.effectivePreferences()).zone();
    }

    /** The funnel record part: all applications, the twelve weeks ending with {@code today}'s, each source group. */
    private UserStats.Funnel funnelOf(String userId, LocalDate today) {
        List<UserStats.WeeklyFunnel> weeks = new ArrayList<>();
        for (int weeksAgo = UserStats.WEEKS - 1; weeksAgo >= 0; weeksAgo--) {
            String week = UserStatsCalculator.isoWeek(today.minusWeeks(weeksAgo));
            weeks.add(new UserStats.WeeklyFunnel(week, group(AnalyticsStores.funnelWeek(userId, week))));
        }
        List<UserStats.SourceFunnel> sources = UserStats.Funnel.SOURCES.stream()
                .map(source -> new UserStats.SourceFunnel(source, group(AnalyticsStores.funnelSource(userId, source))))
                .toList();
        return new UserStats.Funnel(group(AnalyticsStores.funnelAll(userId)), weeks, sources);
    }

    private UserStats.FunnelGroup group(String key) {
        FunnelTotals totals = funnel.get(key);
        return (totals == null ? FunnelTotals.none() : totals).figures();
    }

    private int weekCount(String userId, String week) {
        Integer count = weeks.get(AnalyticsStores.week(userId, week));
        return count == null ? 0 : count;
    }

    private void publish(Record<String, EventEnvelope> record, EventEnvelope event, String userId, UserTotals after) {
        Instant now = clock.instant();
        var stats = UserStatsCalculator.calculate(userId, after, week -> weekCount(userId, week),
                responseTimes.medianSeconds(userId, after), LocalDate.ofInstant(now, ZoneOffset.UTC));
        String id = eventId(event);
        byte[] v1 = limit.check("a user-stats record", mapper.writeValueAsBytes(UserStatsEvent.of(id, now, stats)));
        context.forward(new Record<>(userId, v1, record.timestamp()), v1Sink);
        UserStats withFunnel = stats.withFunnel(funnelOf(userId, LocalDate.ofInstant(now, zone(userId))));
        byte[] v2 = limit.check("a user-stats v2 record",
                mapper.writeValueAsBytes(UserStatsEvent.v2(id, now, withFunnel)));
        context.forward(new Record<>(userId, v2, record.timestamp()), v2Sink);
    }

    /** Derived from the input position (or event id), so a replay republishes the same ids. */
    private String eventId(EventEnvelope event) {
        String origin = context.recordMetadata()
                .map(m -> m.topic() + "/" + m.partition() + "/" + m.offset())
                .orElse(event.id());
        return UUID.nameUUIDFromBytes(("user-stats:" + origin).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
