package com.careervault.migration;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a run did, counted; printed at the end. In a dry run the counts say what a real run would do.
 */
public final class Summary {

    int usersRead;
    int usersCreated;
    int usersMatched;
    int usersAlreadyMigrated;
    int usersRejected;
    int passwordHashesDropped;
    int jobsRead;
    int jobsImported;
    int jobsAlreadyImported;
    int jobsRejected;
    /** Seconds spent on the jobs (reading, checking, appending), for the benchmark's rate. */
    double jobsSeconds;
    /** Rejects by the kind of reason (its first words), for the summary. */
    final Map<String, Integer> rejectReasons = new TreeMap<>();

    public int jobsImported() {
        return jobsImported;
    }

    public int usersCreated() {
        return usersCreated;
    }

    /** Jobs imported per second of the jobs phase. */
    public double jobsPerSecond() {
        return jobsSeconds <= 0 ? 0 : jobsImported / jobsSeconds;
    }

    void rejected(String reason) {
        String kind = reason.replaceAll("[0-9a-f]{24}", "…").replaceAll("'[^']*'", "'…'").replaceAll("\\(.*", "").replaceAll(";.*", "").strip();
        rejectReasons.merge(kind, 1, Integer::sum);
    }

    String render(boolean dryRun, String source, Path rejectsFile, double seconds) {
        String verb = dryRun ? "would be " : "";
        StringBuilder out = new StringBuilder();
        out.append(dryRun ? "DRY RUN: nothing was created or appended\n" : "")
                .append("source: ").append(source).append('\n')
                .append(String.format("users: %d read, %d %screated, %d %smatched to existing accounts, "
                                + "%d already migrated, %d rejected%n", usersRead, usersCreated, verb, usersMatched,
                        verb, usersAlreadyMigrated, usersRejected))
                .append(String.format("password hashes dropped: %d (Cognito cannot take them; each new account "
                        + "gets a set-your-password email)%n", passwordHashesDropped))
                .append(String.format("jobs: %d read, %d %simported, %d already imported, %d rejected%n", jobsRead,
                        jobsImported, verb, jobsAlreadyImported, jobsRejected));
        if (!rejectReasons.isEmpty()) {
            out.append("rejected, by reason:\n");
            rejectReasons.forEach((reason, count) -> out.append(String.format("  %6d  %s%n", count, reason)));
        }
        out.append("rejects file: ").append(rejectsFile).append('\n')
                .append(String.format("time: %.1f s%n", seconds));
        return out.toString();
    }
}
