package com.careervault.notifier.reminders;

import com.careervault.notifier.mail.Email;
import com.careervault.notifier.mail.LinkUrls;
import com.careervault.notifier.mail.MailTemplates;
import com.careervault.notifier.mail.SmtpMailer;
import com.careervault.notifier.users.UserContact;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a reminder from the templates under {@code /mail}: {@code <rule>.subject.txt},
 * {@code <rule>.txt} and {@code <rule>.html}. Times are shown in the user's time zone, except an interview's:
 * in the zone it was arranged in (the legacy interview, which has no zone of its own, in the user's). An
 * interview reminder has the interview attached as {@code interview.ics} ({@link InterviewInvitation}).
 */
public final class ReminderEmailComposer {

    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm (zzz)", Locale.ENGLISH);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

    private final Map<ReminderRule, MailTemplates> templates = new EnumMap<>(ReminderRule.class);
    private final LinkUrls links;

    public ReminderEmailComposer(LinkUrls links) {
        this.links = links;
        for (ReminderRule rule : ReminderRule.values()) {
            templates.put(rule, MailTemplates.load(rule.slug()));
        }
    }

    /**
     * The reminder for {@code user}'s current address. Its "turn reminders off" link is also its
     * {@code List-Unsubscribe} URL: an unsubscribe token bound to that address, so that it stops working
     * once the user's address changes.
     *
     * @param interview the interview an interview reminder is about; null for the other rules
     */
    public Email compose(UserContact user, TrackedJob job, TrackedInterview interview, PlannedReminder reminder,
            Instant now) {
        ZoneId zone = interview == null || interview.legacy() ? user.effectivePreferences().zone()
                : interview.zone();
        String id = reminderId(job, reminder);
        String unsubscribeUrl = links.unsubscribe(job.userId(), user.email(), id, now);
        Map<String, String> values = new HashMap<>();
        values.put("name", user.givenName() == null || user.givenName().isBlank() ? "there" : user.givenName());
        values.put("company", job.company());
        values.put("position", job.position());
        values.put("unsubscribe_url", unsubscribeUrl);
        values.put("occurrence_date", DATE.withZone(zone).format(reminder.occurrence()));
        values.put("occurrence_time", DATE_TIME.withZone(zone).format(reminder.occurrence()));
        values.put("follow_up_days", Integer.toString(user.effectivePreferences().followUpDays()));
        values.put("interview_kind", interview == null ? "interview"
                : interview.kind().label().toLowerCase(Locale.ENGLISH));
        Email email = templates.get(reminder.rule()).render(user.email(), values, SmtpMailer.REMINDER_ID_HEADER, id,
                unsubscribeUrl);
        return interview == null ? email
                : InterviewInvitation.of(job, interview, now).map(email::withAttachment).orElse(email);
    }

    /** The reminder's id: its email's {@code X-CareerVault-Reminder} header, and {@code ReminderSent}'s id. */
    static String reminderId(TrackedJob job, PlannedReminder reminder) {
        String identity = ReminderKeys.sent(job.userId(), job.jobId(), reminder);
        return MailTemplates.stableId(identity);
    }
}
