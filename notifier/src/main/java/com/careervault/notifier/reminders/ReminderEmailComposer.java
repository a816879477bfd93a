package com.careervault.notifier.reminders;

import com.careervault.notifier.mail.Email;
import com.careervault.notifier.mail.LinkUrls;
import com.careervault.notifier.mail.MailTemplate;
import com.careervault.notifier.mail.MailTemplates;
import com.careervault.notifier.mail.SmtpMailer;
import com.careervault.notifier.users.UserContact;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a reminder from the templates under {@code /mail}: {@code <rule>.subject.txt},
 * {@code <rule>.txt} and {@code <rule>.html}. Times are shown in the user's time zone, except an interview's:
 * in the zone it was arranged in (the legacy interview, which has no zone of its own, in the user's). An
 * interview reminder has the interview attached as {@code interview.ics} ({@link InterviewInvitation}).
 *
 * <p>Every reminder carries, when there are any, the section "marked Ghosted since our last email": the
 * applications the system marked Ghosted ({@link GhostedNotice}), each with a link to its page in the web app
 * ({@code <public URL>/jobs/<id>}); empty otherwise. It is built here from escaped parts and inserted unescaped
 * ({@code {{{ghosted_section}}}}, {@link com.careervault.notifier.mail.MailTemplate}).
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
            if (rule.emails()) {
                templates.put(rule, MailTemplates.load(rule.slug()));
            }
        }
    }

    /**
     * The reminder for {@code user}'s current address. Its "turn reminders off" link is also its
     * {@code List-Unsubscribe} URL: an unsubscribe token bound to that address, so that it stops working
     * once the user's address changes.
     *
     * @param interview the interview an interview reminder is about; null for the other rules
     * @param ghosted the applications marked Ghosted by the system since the user's last reminder, any order
     */
    public Email compose(UserContact user, TrackedJob job, TrackedInterview interview, PlannedReminder reminder,
            List<GhostedNotice> ghosted, Instant now) {
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
        values.put("ghosted_section", SECTION);
        values.put("interview_kind", interview == null ? "interview"
                : interview.kind().label().toLowerCase(Locale.ENGLISH));
        List<GhostedNotice> listed = ghosted.stream()
                .sorted(Comparator.comparing(GhostedNotice::markedAt).thenComparing(GhostedNotice::jobId)).toList();
        Email email = templates.get(reminder.rule()).render(user.email(), values, SmtpMailer.REMINDER_ID_HEADER, id,
                unsubscribeUrl);
        email = new Email(email.to(), email.subject(), email.text().replace(SECTION, ghostedText(listed)),
                email.html().replace(SECTION, ghostedHtml(listed)), email.idHeader(), email.id(),
                email.unsubscribeUrl(), email.attachments());
        return interview == null ? email
                : InterviewInvitation.of(job, interview, now).map(email::withAttachment).orElse(email);
    }

    /** Where the section goes: the templates' {@code {{{ghosted_section}}}} renders as this marker first. */
    private static final String SECTION = "\u0000ghosted-section\u0000";

    private String ghostedText(List<GhostedNotice> notices) {
        if (notices.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder("Marked Ghosted since our last email (no reply, so we moved them for you;"
                + "\nany change you make to one moves it back):\n");
        for (GhostedNotice notice : notices) {
            text.append("- ").append(notice.position()).append(" at ").append(notice.company()).append(" (")
                    .append(notice.from().spelling()).append(", no reply in ").append(days(notice.idleDays()))
                    .append("): ").append(links.job(notice.jobId())).append('\n');
        }
        return text.append('\n').toString();
    }

    private static String days(int days) {
        return days == 1 ? "1 day" : days + " days";
    }

    private String ghostedHtml(List<GhostedNotice> notices) {
        if (notices.isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder("<p><strong>Marked Ghosted since our last email</strong> (no reply, so "
                + "we moved them for you; any change you make to one moves it back):</p>\n<ul>\n");
        for (GhostedNotice notice : notices) {
            html.append("<li><a href=\"").append(MailTemplate.escapeHtml(links.job(notice.jobId()))).append("\">")
                    .append(MailTemplate.escapeHtml(notice.position())).append(" at ")
                    .append(MailTemplate.escapeHtml(notice.company())).append("</a> (")
                    .append(MailTemplate.escapeHtml(notice.from().spelling())).append(", no reply in ")
                    .append(days(notice.idleDays())).append(")</li>\n");
        }
        return html.append("</ul>\n").toString();
    }

    /** The reminder's id: its email's {@code X-CareerVault-Reminder} header, and {@code ReminderSent}'s id. */
    static String reminderId(TrackedJob job, PlannedReminder reminder) {
        String identity = ReminderKeys.sent(job.userId(), job.jobId(), reminder);
        return MailTemplates.stableId(identity);
    }
}
