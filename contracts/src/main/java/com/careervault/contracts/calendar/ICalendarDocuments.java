package com.careervault.contracts.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Duration;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * The iCalendar (RFC 5545) documents of CareerVault: the command API's per-interview {@code .ics} and the
 * subscription feed, and the notifier's reminder attachment all come from here, so a client sees the same
 * event (same UID, SEQUENCE, times) whichever way it got it. ical4j builds and serializes the document (CRLF
 * content lines, TEXT escaping §3.3.11, line folding §3.1); its bundled time zone definitions (tzurl.org) are
 * read from its jar and never refreshed over the network ({@code ical4j.properties} in this module).
 *
 * <p>A document is one VCALENDAR (§3.4, §3.6) with PRODID {@value #PRODUCT_ID}, VERSION 2.0, CALSCALE
 * GREGORIAN, METHOD PUBLISH (RFC 5546 §3.2.1: a published, not negotiated, event), NAME (RFC 7986 §5.1) and
 * X-WR-CALNAME (the name Apple and Google clients show for a subscription), then one VTIMEZONE (§3.6.5) per
 * distinct non-UTC zone of the entries, then one VEVENT per entry in the given order: UID, DTSTAMP, DTSTART
 * ({@code ;TZID=<zone>} in the zone's local time, or UTC {@code ...Z}), DURATION (or DTEND from 24 hours on,
 * see {@link CalendarEntry#duration()}), SUMMARY, LOCATION, URL, DESCRIPTION, SEQUENCE, STATUS (CONFIRMED or
 * CANCELLED), LAST-MODIFIED; absent optional texts are left out. For example (VTIMEZONE shortened):
 *
 * <pre>
 * BEGIN:VCALENDAR
 * PRODID:-//CareerVault//CareerVault//EN
 * VERSION:2.0
 * CALSCALE:GREGORIAN
 * METHOD:PUBLISH
 * NAME:CareerVault interviews
 * X-WR-CALNAME:CareerVault interviews
 * BEGIN:VTIMEZONE
 * TZID:America/New_York
 * ...
 * END:VTIMEZONE
 * BEGIN:VEVENT
 * UID:0b6f...@careervault
 * DTSTAMP:20260302T100000Z
 * DTSTART;TZID=America/New_York:20260306T100000
 * DURATION:PT1H30M
 * SUMMARY:Technical interview: Engineer at Acme\, Inc.
 * URL:https://meet.example.com/j/1
 * SEQUENCE:1
 * STATUS:CONFIRMED
 * LAST-MODIFIED:20260301T090000Z
 * END:VEVENT
 * END:VCALENDAR
 * </pre>
 *
 * <p>Two things ical4j's {@code Calendar.validate()} reports, on purpose: a document with no entries has no
 * components, which RFC 5545 §3.6 does not allow ("one or more calendar components"), but an empty feed is
 * what a user with no interviews must see, and clients show it as an empty calendar; and RFC 5546 §3.2.1
 * wants an ORGANIZER in a PUBLISH event, which these events have no one for (the user arranged it with a
 * recruiter; CareerVault is not the organizer) and which clients do not need to show a published event.
 * Everything else RFC 5545 asks is checked by the tests.
 *
 * <p>Thread-safe: the VTIMEZONE definitions are loaded once and only read.
 */
public final class ICalendarDocuments {

    /** PRODID (§3.7.3). */
    public static final String PRODUCT_ID = "-//CareerVault//CareerVault//EN";

    /**
     * The media type of every document (RFC 5545 §8.1): UTF-8, and the {@code method} parameter that must
     * match METHOD when the document travels in email (RFC 6047 §2.4).
     */
    public static final String CONTENT_TYPE = "text/calendar; charset=utf-8; method=PUBLISH";

    private static final java.time.Duration ONE_DAY = java.time.Duration.ofDays(1);

    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    // iCalendar TEXT has one line break escape (\n); ical4j escapes LF and CRLF but would pass a lone CR through
    // raw and break the content line
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n?");

    // ical4j 4.1.1 folds after 73 UTF-16 chars even inside a surrogate pair (an emoji), which becomes "?" in
    // UTF-8 (ical4j issue #800, fixed in 4.2.0 the same way: fold before the pair). Remove with that upgrade.
    private static final Pattern SPLIT_SURROGATE_PAIR =
            Pattern.compile("([\\uD800-\\uDBFF])\r\n ([\\uDC00-\\uDFFF])");

    private ICalendarDocuments() {
    }

    /**
     * The document of a calendar: the subscription feed (all of a user's interviews) or any list of events.
     *
     * @param entries the events, in the order they are written; empty for an empty calendar
     * @param calendarName what clients call the calendar (NAME, X-WR-CALNAME), e.g. {@code "CareerVault
     *     interviews"}
     * @param stamp when the document is made (DTSTAMP of every VEVENT, UTC, §3.8.7.2); the same entries with
     *     the same stamp give the same document, so a feed that must keep its bytes (and ETag) while nothing
     *     changes passes a stamp that only moves with its data, such as the latest {@code lastModified}
     * @return the document, CRLF line ends, folded; encode it as UTF-8
     * @throws IllegalArgumentException when {@code calendarName} is blank, {@code stamp} or an entry is
     *     missing, or an entry's zone (other than UTC) has no definition bundled in ical4j, see
     *     {@link #supportsTimeZone(String)}
     */
    public static String write(List<CalendarEntry> entries, String calendarName, Instant stamp) {
        if (calendarName == null || calendarName.isBlank()) {
            throw new IllegalArgumentException("calendarName is required");
        }
        if (stamp == null) {
            throw new IllegalArgumentException("stamp is required");
        }
        if (entries == null || entries.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("entries must not be or contain null");
        }
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT_ID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new Name(text(calendarName)));
        calendar.add(new XProperty("X-WR-CALNAME", text(calendarName)));

        // keyed by TZID, not ZoneId: an alias (US/Eastern) and its zone (America/New_York) share one VTIMEZONE
        Map<String, VTimeZone> zones = new LinkedHashMap<>();
        for (CalendarEntry entry : entries) {
            if (!entry.utc()) {
                VTimeZone zone = definition(entry.zone());
                zones.putIfAbsent(zone.getTimeZoneId().getValue(), zone);
            }
        }
        zones.values().forEach(calendar::add);
        for (CalendarEntry entry : entries) {
            calendar.add(event(entry, entry.utc() ? null : definition(entry.zone()), stamp));
        }
        return serialize(calendar);
    }

    /**
     * The document of one event: an interview's {@code .ics} download or a reminder's attachment.
     *
     * @see #write(List, String, Instant)
     */
    public static String write(CalendarEntry entry, String calendarName, Instant stamp) {
        return write(List.of(entry), calendarName, stamp);
    }

    private static VEvent event(CalendarEntry entry, VTimeZone zone, Instant stamp) {
        VEvent event = new VEvent(false);
        event.add(new Uid(entry.uid()));
        event.add(new DtStamp(stamp));
        event.add(start(entry.start(), zone));
        if (entry.duration().compareTo(ONE_DAY) < 0) {
            event.add(new Duration(entry.duration()));
        } else {
            // ical4j writes 24 hours as P1D, a nominal day that lasts 23 or 25 hours across a daylight saving
            // change (§3.3.6); the end time keeps it exact
            event.add(end(entry.start().plus(entry.duration()), zone));
        }
        event.add(new Summary(text(entry.summary())));
        if (entry.location() != null) {
            event.add(new Location(text(entry.location())));
        }
        if (entry.url() != null) {
            event.add(new Url(uri(entry.url())));
        }
        if (entry.description() != null) {
            event.add(new Description(text(entry.description())));
        }
        event.add(new Sequence(entry.sequence()));
        event.add(entry.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        event.add(new LastModified(entry.lastModified()));
        return event;
    }

    private static DtStart<?> start(Instant instant, VTimeZone zone) {
        LocalDateTime local = local(instant, zone);
        return local == null ? new DtStart<>(instant) : new DtStart<>(tzid(zone), local);
    }

    private static DtEnd<?> end(Instant instant, VTimeZone zone) {
        LocalDateTime local = local(instant, zone);
        return local == null ? new DtEnd<>(instant) : new DtEnd<>(tzid(zone), local);
    }

    /**
     * The wall-clock time in the VTIMEZONE's TZID, by the JDK's rules (the same tzdata as the VTIMEZONE), or
     * null for UTC. A local time that occurs twice (the hour repeated when daylight saving time ends) means its
     * first occurrence (§3.3.5), so the second one is written in UTC (null too).
     *
     * <p>Written as a local time with an explicit TZID parameter, not as a {@code ZonedDateTime}: ical4j 4.1.1
     * formats a {@code ZonedDateTime} through zone rules it builds from the VTIMEZONE, and its
     * {@code ZoneRulesBuilder} reads {@code RRULE:...;BYMONTH=3;BYDAY=2SU} as "the Sunday on or after March 2"
     * (the first Sunday), so past its precomputed years (from 2027 on) a New York time in the week before the
     * change came out an hour late.
     */
    private static LocalDateTime local(Instant instant, VTimeZone zone) {
        if (zone == null) {
            return null;
        }
        ZonedDateTime local = instant.atZone(ZoneId.of(zone.getTimeZoneId().getValue()));
        return local.withEarlierOffsetAtOverlap().toInstant().equals(instant) ? local.toLocalDateTime() : null;
    }

    private static ParameterList tzid(VTimeZone zone) {
        return new ParameterList(List.of(new TzId(zone.getTimeZoneId().getValue())));
    }

    /**
     * Whether {@code timeZoneId}, as a user gives it, names a zone entries can be written in: an IANA region
     * id ({@code Europe/Berlin}, {@code UTC}) with a definition bundled in ical4j. That is every region id of
     * the JDK except {@code SystemV/*}; offsets ({@code +02:00}, {@code Z}) are refused. Do not check against
     * {@code ZoneId.getAvailableZoneIds()} instead: with ical4j on the classpath that set also holds ical4j's
     * own {@code ical4j~<uuid>} ids, some of which even make {@code ZoneId.of} throw a NullPointerException.
     *
     * @return false for anything else, including {@code null}; never throws
     */
    public static boolean supportsTimeZone(String timeZoneId) {
        if (timeZoneId == null || timeZoneId.startsWith("ical4j~")) {
            return false;
        }
        try {
            ZoneId zone = ZoneId.of(timeZoneId);
            return !(zone instanceof ZoneOffset) && lookUp(zone) != null;
        } catch (DateTimeException notAZone) {
            return false;
        }
    }

    /** The bundled definition; an alias ({@code US/Eastern}) yields its canonical zone's TZID. */
    private static VTimeZone definition(ZoneId zone) {
        VTimeZone definition = lookUp(zone);
        if (definition == null) {
            throw new IllegalArgumentException("no iCalendar time zone definition for " + zone.getId());
        }
        return definition;
    }

    private static VTimeZone lookUp(ZoneId zone) {
        try {
            TimeZone definition = ZONES.getTimeZone(zone.getId());
            return definition == null ? null : definition.getVTimeZone();
        } catch (NullPointerException | IllegalArgumentException missing) {
            // ical4j 4.1.1's cache throws NullPointerException for an id it has no definition of
            return null;
        }
    }

    private static String text(String value) {
        return LINE_BREAK.matcher(value).replaceAll("\n");
    }

    /**
     * The meeting link as a URI. A link the API accepted ({@code https?://host...}) may hold characters a URI
     * may not (a space, {@code |}); those are percent-encoded rather than failing the whole document.
     */
    private static URI uri(String url) {
        try {
            return new URI(url);
        } catch (URISyntaxException notStrict) {
            int colon = url.indexOf(':');
            int hash = url.indexOf('#');
            try {
                return hash < 0
                        ? new URI(url.substring(0, colon), url.substring(colon + 1), null)
                        : new URI(url.substring(0, colon), url.substring(colon + 1, hash), url.substring(hash + 1));
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("url is not a URI", e);
            }
        }
    }

    private static String serialize(Calendar calendar) {
        StringWriter out = new StringWriter();
        try {
            // not validating: see the class comment on ORGANIZER and empty feeds
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException(e);
        }
        return SPLIT_SURROGATE_PAIR.matcher(out.toString()).replaceAll("\r\n $1$2");
    }
}
