package com.careervault.notifier.analytics;

import com.careervault.contracts.jobs.JobStatus;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A user's running totals: every figure of the statistics that is a count, kept up to date one job
 * change at a time, so its size does not depend on how many jobs the user has (at most nine statuses).
 * Weekly counts and response times live in stores of their own, one small record per week or job.
 *
 * @param appliedJobs jobs that ever left Wishlist
 * @param responded applied jobs that ever reached an employer's answer (likewise {@code interviewed},
 *        {@code offered})
 * @param responseTimes how many applied jobs have a time to first response
 * @param lowerMedian key, in the response-time store, of the lower median (element {@code (n-1)/2} of the
 *        sorted times); null when {@code responseTimes} is 0
 */
public record UserTotals(int totalJobs, Map<String, Integer> jobsByStatus, int appliedJobs, int responded,
        int interviewed, int offered, int responseTimes, String lowerMedian) {

    public UserTotals {
        jobsByStatus = jobsByStatus == null ? Map.of() : Map.copyOf(jobsByStatus);
    }

    public static UserTotals none() {
        return new UserTotals(0, Map.of(), 0, 0, 0, 0, 0, null);
    }

    /** The totals with one job's contribution added ({@code sign} 1) or taken away ({@code sign} -1). */
    UserTotals plus(JobFacts job, int sign) {
        Map<String, Integer> byStatus = new LinkedHashMap<>(jobsByStatus);
        byStatus.merge(job.status().spelling(), sign, Integer::sum);
        byStatus.values().removeIf(count -> count == 0);
        int applied = job.applied() ? sign : 0;
        return new UserTotals(totalJobs + sign, byStatus, appliedJobs + applied,
                responded + (job.applied() && job.responded() ? sign : 0),
                interviewed + (job.applied() && job.interviewed() ? sign : 0),
                offered + (job.applied() && job.offered() ? sign : 0), responseTimes, lowerMedian);
    }

    UserTotals withMedian(int count, String lowerMedianKey) {
        return new UserTotals(totalJobs, jobsByStatus, appliedJobs, responded, interviewed, offered, count,
                lowerMedianKey);
    }

    int count(JobStatus status) {
        return jobsByStatus.getOrDefault(status.spelling(), 0);
    }
}
