package com.careervault.migration;

import com.careervault.contracts.jobs.JobStatus;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The old system's status spellings and ours. Compared after lower-casing (Locale.ROOT), with '_' and '-' as
 * spaces and runs of white space as one: "Interview", "INTERVIEW", "phone_screen" all match. A spelling not
 * listed here (e.g. "declined", which could be the company's or the applicant's decision) is not guessed:
 * its job is rejected with the spelling in the reason.
 */
final class StatusSpellings {

    private static final Map<String, JobStatus> OLD_TO_OURS = Map.ofEntries(
            Map.entry("wishlist", JobStatus.Wishlist), Map.entry("wish list", JobStatus.Wishlist),
            Map.entry("saved", JobStatus.Wishlist), Map.entry("bookmarked", JobStatus.Wishlist),
            Map.entry("interested", JobStatus.Wishlist), Map.entry("to apply", JobStatus.Wishlist),
            Map.entry("applied", JobStatus.Applied), Map.entry("submitted", JobStatus.Applied),
            Map.entry("pending", JobStatus.Applied), Map.entry("in progress", JobStatus.Applied),
            Map.entry("screening", JobStatus.Screening), Map.entry("screen", JobStatus.Screening),
            Map.entry("phone screen", JobStatus.Screening),
            Map.entry("interview", JobStatus.Interviewing), Map.entry("interviewing", JobStatus.Interviewing),
            Map.entry("interviewed", JobStatus.Interviewing),
            Map.entry("interview scheduled", JobStatus.Interviewing),
            Map.entry("offer", JobStatus.Offer), Map.entry("offered", JobStatus.Offer),
            Map.entry("offer received", JobStatus.Offer),
            Map.entry("accepted", JobStatus.Accepted), Map.entry("hired", JobStatus.Accepted),
            Map.entry("rejected", JobStatus.Rejected), Map.entry("not selected", JobStatus.Rejected),
            Map.entry("withdrawn", JobStatus.Withdrawn), Map.entry("withdrew", JobStatus.Withdrawn),
            Map.entry("ghosted", JobStatus.Ghosted), Map.entry("no response", JobStatus.Ghosted));

    private StatusSpellings() {
    }

    /** Our status for an old spelling; empty when it has none. */
    static Optional<JobStatus> ours(String old) {
        String key = old.strip().toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ')
                .replaceAll("\\s+", " ");
        return Optional.ofNullable(OLD_TO_OURS.get(key));
    }

    /** The mapping, for the docs and the tests. */
    static Map<String, JobStatus> all() {
        return OLD_TO_OURS;
    }
}
