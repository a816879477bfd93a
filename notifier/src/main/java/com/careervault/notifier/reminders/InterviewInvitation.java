package com.careervault.notifier.reminders;

import com.careervault.contracts.calendar.CalendarEntry;
import com.careervault.contracts.calendar.ICalendarDocuments;
import com.careervault.notifier.mail.Email;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An interview reminder's attachment: the interview as a one-event iCalendar document ({@code interview.ics},
 * {@value ICalendarDocuments#CONTENT_TYPE}), written by {@link ICalendarDocuments} like the API's {@code .ics}
 * and subscription feed, with the same UID ({@code <interview_id>@careervault}) and SEQUENCE, so that a
 * calendar that already has the interview updates it rather than adding a second one. DTSTART is the local
 * time in the interview's zone with its VTIMEZONE.
 */
final class InterviewInvitation {

    static final String FILE_NAME = "interview.ics";
    static final String CALENDAR_NAME = "CareerVault interviews";

    private static final Logger log = LoggerFactory.getLogger(InterviewInvitation.class);

    private InterviewInvitation() {
    }

    /** The calendar UID of an interview, shared with the API's calendars. */
    static String uid(String interviewId) {
        return interviewId + "@careervault";
    }

    /**
     * The attachment, or empty when the interview cannot be written (a field the calendar entry refuses): the
     * reminder then goes out without it rather than not at all. The reason is logged without the fields.
     *
     * @param now the document's DTSTAMP, and LAST-MODIFIED of an interview that has no change time recorded
     */
    static Optional<Email.Attachment> of(TrackedJob job, TrackedInterview interview, Instant now) {
        try {
            CalendarEntry entry = new CalendarEntry(uid(interview.interviewId()), interview.sequence(),
                    interview.kind().label() + ": " + job.position() + " at " + job.company(), interview.notes(),
                    interview.location(), interview.meetingUrl(), interview.startsAt(), interview.zone(),
                    interview.duration(), interview.cancelled(),
                    interview.updatedAt() == null ? now : interview.updatedAt());
            byte[] document = ICalendarDocuments.write(entry, CALENDAR_NAME, now).getBytes(StandardCharsets.UTF_8);
            return Optional.of(new Email.Attachment(FILE_NAME, ICalendarDocuments.CONTENT_TYPE, document));
        } catch (IllegalArgumentException e) {
            // the message may quote the refused value, a personal field: not logged
            log.warn("interview {} of job {} cannot be written as iCalendar: reminder sent without attachment",
                    interview.interviewId(), job.jobId());
            return Optional.empty();
        }
    }
}
