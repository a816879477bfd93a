package com.careervault.notifier.analytics;

import com.careervault.contracts.events.JobCreated;
import com.careervault.contracts.events.JobDeleted;
import com.careervault.contracts.events.JobEvent;
import com.careervault.contracts.events.JobStatusChanged;
import com.careervault.contracts.events.JobUpdated;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** One user's live (not deleted) jobs, by job id: the analytics state of a user. */
public record UserJobs(Map<String, JobFacts> jobs) {

    public UserJobs {
        jobs = jobs == null ? Map.of() : Map.copyOf(jobs);
    }

    public static UserJobs none() {
        return new UserJobs(Map.of());
    }

    /** The state after one job event; duplicates and events of unknown jobs leave it unchanged. */
    public UserJobs apply(JobEvent event, Instant time) {
        Map<String, JobFacts> next = new LinkedHashMap<>(jobs);
        JobFacts current = jobs.get(event.jobId());
        if (event instanceof JobCreated created) {
            next.putIfAbsent(created.jobId(), JobFacts.created(created, time));
        } else if (current == null) {
            return this;
        } else if (event instanceof JobUpdated updated) {
            next.put(event.jobId(), current.updated(updated));
        } else if (event instanceof JobStatusChanged changed) {
            next.put(event.jobId(), current.statusChanged(changed.to(), time));
        } else if (event instanceof JobDeleted) {
            next.remove(event.jobId());
        }
        return new UserJobs(next);
    }
}
