package com.careervault.api.jobs;

import com.careervault.contracts.search.CompanySearchKeys;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Which of the caller's live jobs a job may repeat, and its earlier applications to the same company. Both are
 * decided here over the caller's live jobs as {@link JobStore#liveSummaries} reads them (one Query on the
 * caller's partition; the account's limit of live jobs bounds it).
 *
 * <p>A job repeats another when their {@link CanonicalUrls canonical URLs} are equal ({@value #BY_URL}), or
 * when their normalized companies and positions are both equal ({@value #BY_COMPANY_POSITION}). Normalized:
 * folded as the company search folds ({@link CompanySearchKeys#fold}: case, accents, punctuation), and for a
 * company without a trailing legal form ({@link #LEGAL_FORMS}: "Acme, Inc." is "Acme") or a leading "The".
 */
final class JobDuplicates {

    static final String BY_URL = "url";
    static final String BY_COMPANY_POSITION = "company_position";
    /** The most possible duplicates an answer lists, newest first. */
    static final int MAX_LISTED = 10;
    /** Words of a company name that say its legal form, not which company it is. */
    static final Set<String> LEGAL_FORMS = Set.of("inc", "incorporated", "llc", "ltd", "limited", "corp",
            "corporation", "co", "company", "plc", "gmbh", "ag", "se", "sa", "sas", "sarl", "bv", "nv", "ab", "oy",
            "spa", "srl", "pty", "pte", "kk", "lp", "llp", "ug", "kg");

    private JobDuplicates() {
    }

    /**
     * The caller's jobs that the job with these fields may repeat, newest first, at most {@value #MAX_LISTED};
     * {@code self} (the job's own id, or null) is never one.
     */
    static List<PossibleDuplicate> of(List<JobView> jobs, String self, String url, String company, String position) {
        String canonicalUrl = CanonicalUrls.of(url);
        String companyKey = company(company);
        String positionKey = CompanySearchKeys.fold(position);
        List<JobView> matched = new ArrayList<>();
        List<PossibleDuplicate> found = new ArrayList<>();
        for (JobView job : jobs) {
            if (job.jobId() == null || job.jobId().equals(self)) {
                continue;
            }
            List<String> rules = new ArrayList<>();
            if (canonicalUrl != null && canonicalUrl.equals(CanonicalUrls.of(job.url()))) {
                rules.add(BY_URL);
            }
            if (!companyKey.isEmpty() && !positionKey.isEmpty() && companyKey.equals(company(job.company()))
                    && positionKey.equals(CompanySearchKeys.fold(job.position()))) {
                rules.add(BY_COMPANY_POSITION);
            }
            if (!rules.isEmpty()) {
                matched.add(job);
                found.add(new PossibleDuplicate(job.jobId(), job.company(), job.position(), job.status(),
                        job.appliedDate(), job.createdAt(), List.copyOf(rules)));
            }
        }
        return found.stream()
                .sorted(Comparator.comparing(PossibleDuplicate::createdAt, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(PossibleDuplicate::jobId))
                .limit(MAX_LISTED)
                .toList();
    }

    /**
     * The caller's applications to {@code job}'s company before it: other live jobs at the same normalized
     * company whose applied date (their creation day when they have none) is earlier, or the same day and
     * recorded earlier; the latest of them named.
     */
    static CompanyHistory history(List<JobView> jobs, JobView job) {
        String companyKey = company(job.company());
        if (companyKey.isEmpty()) {
            return CompanyHistory.NONE;
        }
        Comparator<JobView> order = Comparator.comparing(JobDuplicates::day, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(JobView::createdAt, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(JobView::jobId);
        List<JobView> earlier = jobs.stream()
                .filter(other -> other.jobId() != null && !other.jobId().equals(job.jobId()))
                .filter(other -> companyKey.equals(company(other.company())))
                .filter(other -> order.compare(other, job) < 0)
                .sorted(order)
                .toList();
        if (earlier.isEmpty()) {
            return CompanyHistory.NONE;
        }
        JobView last = earlier.get(earlier.size() - 1);
        return new CompanyHistory(earlier.size(), last.jobId(), last.position(), last.status(), day(last));
    }

    /** The day a job was applied for, or recorded when it has no applied date. */
    private static String day(JobView job) {
        if (job.appliedDate() != null) {
            return job.appliedDate();
        }
        return job.createdAt() == null || job.createdAt().length() < 10 ? null : job.createdAt().substring(0, 10);
    }

    /**
     * A company's name folded, initials joined ("S.A." is "sa"), without a leading "the" or trailing legal forms;
     * "" for none.
     */
    static String company(String company) {
        List<String> words = new ArrayList<>();
        boolean lastIsInitials = false;
        for (String word : CompanySearchKeys.fold(company).split(" ")) {
            boolean initial = word.codePointCount(0, word.length()) == 1 && Character.isLetter(word.codePointAt(0));
            if (initial && lastIsInitials) {
                // initials written with dots ("S.A.", "A.G.") fold to single letters: one word again
                words.set(words.size() - 1, words.get(words.size() - 1) + word);
            } else if (!word.isEmpty()) {
                words.add(word);
            }
            lastIsInitials = initial || (lastIsInitials && word.isEmpty());
        }
        if (words.size() > 1 && words.get(0).equals("the")) {
            words.remove(0);
        }
        while (words.size() > 1 && LEGAL_FORMS.contains(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        return String.join(" ", words);
    }
}
