package com.careervault.notifier.reminders;

/**
 * The kinds of scheduled work about a job; the slug names the email templates and appears in store keys. All but
 * {@link #GHOSTED} are reminder emails; {@link #GHOSTED} is the check that marks an idle application Ghosted
 * ({@link GhostedPolicy}), scheduled like a reminder so that it moves, and goes, with the job's changes.
 */
public enum ReminderRule {
    FOLLOW_UP("follow-up"),
    INTERVIEW("interview"),
    CUSTOM("custom"),
    GHOSTED("ghosted");

    private final String slug;

    ReminderRule(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    /** Whether the rule sends an email (and has templates). */
    public boolean emails() {
        return this != GHOSTED;
    }
}
