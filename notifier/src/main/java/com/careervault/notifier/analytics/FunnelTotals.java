package com.careervault.notifier.analytics;

import com.careervault.contracts.analytics.UserStats;
import com.careervault.contracts.analytics.UserStats.Durations;
import com.careervault.contracts.analytics.UserStats.StageFigures;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The running funnel figures of one group of a user's applications (all of them, one ISO week's, one source's),
 * kept up to date one job change at a time like {@link UserTotals}: five reached counts, four time-in-stage
 * histograms and one of the times to first response. Its size depends on how spread the durations are (at most
 * about 460 buckets a histogram), never on the number of jobs.
 *
 * @param reached per {@link UserStats.Funnel#STAGES} stage, applications that reached it or a later one
 * @param timeInStage per stage but the last, the seconds the applications that left it spent in it
 */
public record FunnelTotals(int applications, List<Integer> reached, Map<String, DurationHistogram> timeInStage,
        DurationHistogram firstResponse) {

    private static final int STAGES = UserStats.Funnel.STAGES.size();
    private static final double SECONDS_PER_DAY = 86_400;

    public FunnelTotals {
        reached = reached == null || reached.size() != STAGES ? zeros() : List.copyOf(reached);
        timeInStage = timeInStage == null ? Map.of() : Map.copyOf(timeInStage);
        firstResponse = firstResponse == null ? DurationHistogram.empty() : firstResponse;
    }

    static FunnelTotals none() {
        return new FunnelTotals(0, zeros(), Map.of(), DurationHistogram.empty());
    }

    private static List<Integer> zeros() {
        List<Integer> zeros = new ArrayList<>();
        for (int i = 0; i < STAGES; i++) {
            zeros.add(0);
        }
        return zeros;
    }

    /** The totals with one applied job's contribution added ({@code sign} 1) or taken away ({@code sign} -1). */
    FunnelTotals plus(JobFacts job, int sign) {
        List<Integer> counts = new ArrayList<>(reached);
        for (int stage = 0; stage < job.furthestStage() + 1 && stage < STAGES; stage++) {
            counts.set(stage, counts.get(stage) + sign);
        }
        Map<String, DurationHistogram> times = new LinkedHashMap<>(timeInStage);
        job.secondsInStages().forEach((stage, seconds) -> times.put(stage,
                times.getOrDefault(stage, DurationHistogram.empty()).plus(seconds, sign)));
        times.values().removeIf(histogram -> histogram.count() == 0);
        Long response = job.secondsToAnswer();
        return new FunnelTotals(applications + sign, counts, times,
                response == null ? firstResponse : firstResponse.plus(response, sign));
    }

    boolean isEmpty() {
        return applications == 0 && timeInStage.isEmpty() && firstResponse.count() == 0;
    }

    /** The published figures. */
    UserStats.FunnelGroup figures() {
        List<StageFigures> stages = new ArrayList<>();
        for (int i = 0; i < STAGES; i++) {
            String stage = UserStats.Funnel.STAGES.get(i);
            boolean last = i == STAGES - 1;
            int here = reached.get(i);
            Double conversion = last ? null : here == 0 ? 0.0 : round((double) reached.get(i + 1) / here, 4);
            stages.add(new StageFigures(stage, here, conversion,
                    last ? null : durations(timeInStage.getOrDefault(stage, DurationHistogram.empty()))));
        }
        return new UserStats.FunnelGroup(applications, stages, durations(firstResponse));
    }

    static Durations durations(DurationHistogram histogram) {
        int count = histogram.count();
        return count == 0 ? new Durations(0, null, null)
                : new Durations(count, days(histogram.quantileSeconds(0.5)), days(histogram.quantileSeconds(0.9)));
    }

    private static Double days(Double seconds) {
        return round(seconds / SECONDS_PER_DAY, 2);
    }

    private static double round(double value, int places) {
        return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).doubleValue();
    }
}
