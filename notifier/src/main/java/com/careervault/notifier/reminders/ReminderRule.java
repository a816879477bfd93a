package com.careervault.notifier.reminders;

/** The kinds of reminder email; the slug names the templates and appears in store keys. */
public enum ReminderRule {
    FOLLOW_UP("follow-up"),
    INTERVIEW("interview"),
    CUSTOM("custom");

    private final String slug;

    ReminderRule(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }
}
