package com.careervault.contracts.calendar;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyContainer;
import net.fortuna.ical4j.model.TimeZoneUpdater;
import net.fortuna.ical4j.model.ZoneRulesBuilder;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.util.Configurator;
import net.fortuna.ical4j.validate.ValidationEntry;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class ICalendarDocumentsTest {

    private static final Instant STAMP = Instant.parse("2026-03-02T10:00:00Z");
    private static final Instant MODIFIED = Instant.parse("2026-03-01T09:00:00Z");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final String NAME = "CareerVault interviews";

    @Test
    void anInterviewIsOneValidEventWithExactlyItsProperties() throws Exception {
        CalendarEntry entry = new CalendarEntry("i-1@careervault", 2, "Technical interview: Engineer at Acme",
                "Ask about the team", "Room 4", "https://meet.example.com/j/123?pwd=abc",
                Instant.parse("2026-03-06T15:00:00Z"), NEW_YORK, Duration.ofMinutes(90), false, MODIFIED);

        String document = ICalendarDocuments.write(entry, NAME, STAMP);

        assertLinesAreCrlfAndAtMost75Octets(document);
        Calendar calendar = parse(document);
        assertThat(rfc5545Errors(calendar)).isEmpty();
        assertThat(properties(calendar)).containsExactly(
                pair("PRODID", "-//CareerVault//CareerVault//EN"), pair("VERSION", "2.0"),
                pair("CALSCALE", "GREGORIAN"), pair("METHOD", "PUBLISH"), pair("NAME", NAME),
                pair("X-WR-CALNAME", NAME));
        assertThat(componentNames(calendar)).containsExactly("VTIMEZONE", "VEVENT");
        VEvent event = onlyEvent(calendar);
        assertThat(properties(event)).containsExactly(
                pair("UID", "i-1@careervault"), pair("DTSTAMP", "20260302T100000Z"),
                pair("DTSTART", "20260306T100000"), pair("DURATION", "PT1H30M"),
                pair("SUMMARY", "Technical interview: Engineer at Acme"), pair("LOCATION", "Room 4"),
                pair("URL", "https://meet.example.com/j/123?pwd=abc"), pair("DESCRIPTION", "Ask about the team"),
                pair("SEQUENCE", "2"), pair("STATUS", "CONFIRMED"), pair("LAST-MODIFIED", "20260301T090000Z"));
        assertThat(tzid(event, Property.DTSTART)).contains("America/New_York");
        assertThat(zones(calendar)).extracting(zone -> zone.getTimeZoneId().getValue())
                .containsExactly("America/New_York");
        assertThat(start(calendar, event)).isEqualTo(entry.start());
        // the same entries and stamp give the same bytes (a feed's ETag holds while nothing changes)
        assertThat(ICalendarDocuments.write(List.of(entry), NAME, STAMP)).isEqualTo(document);
    }

    @Test
    void aNewYorkInterviewResolvesToItsInstantOnEachSideOfTheDaylightSavingChange() throws Exception {
        // 2026-03-08 02:00 EST -> 03:00 EDT: 10:00 is 15:00Z before, 14:00Z after
        Instant before = Instant.parse("2026-03-06T15:00:00Z");
        Instant after = Instant.parse("2026-03-09T14:00:00Z");

        Calendar calendar = parse(ICalendarDocuments.write(
                List.of(interview("i-before", before, NEW_YORK), interview("i-after", after, NEW_YORK)), NAME, STAMP));

        assertThat(rfc5545Errors(calendar)).isEmpty();
        assertThat(events(calendar)).extracting(event -> value(event, Property.DTSTART))
                .containsExactly("20260306T100000", "20260309T100000");
        assertThat(events(calendar)).extracting(event -> start(calendar, event)).containsExactly(before, after);
        VTimeZone zone = zones(calendar).get(0);
        assertThat(zones(calendar)).hasSize(1);
        assertThat(zone.getObservances()).extracting(Observance::getName).contains("STANDARD", "DAYLIGHT");
        ZoneRules rules = new ZoneRulesBuilder().vTimeZone(zone).build();
        assertThat(rules.getOffset(before)).isEqualTo(ZoneOffset.ofHours(-5));
        assertThat(rules.getOffset(after)).isEqualTo(ZoneOffset.ofHours(-4));
    }

    @Test
    void aNewYorkTimeAfterTheBundledYearsKeepsItsWallClockTime() throws Exception {
        // 2027-03-14 02:00 EST -> 03:00 EDT (the second Sunday of March). ical4j 4.1.1's own zone rules from the
        // VTIMEZONE put the change on the first Sunday (March 7) past the years it precomputes, so a time built
        // through them came out an hour late that week; the wall-clock time is the JDK's, the TZID says the zone
        Instant before = Instant.parse("2027-03-12T15:00:00Z");
        Instant after = Instant.parse("2027-03-15T14:00:00Z");

        Calendar calendar = parse(ICalendarDocuments.write(
                List.of(interview("i-before", before, NEW_YORK), interview("i-after", after, NEW_YORK)), NAME, STAMP));

        assertThat(rfc5545Errors(calendar)).isEmpty();
        assertThat(events(calendar)).extracting(event -> value(event, Property.DTSTART))
                .containsExactly("20270312T100000", "20270315T100000");
        assertThat(events(calendar)).extracting(event -> tzid(event, Property.DTSTART).orElseThrow())
                .containsOnly("America/New_York");
        assertThat(events(calendar)).extracting(event -> LocalDateTime.parse(value(event, Property.DTSTART),
                        java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss")).atZone(NEW_YORK).toInstant())
                .containsExactly(before, after);
        // what a client expands: the current rule of the document's VTIMEZONE is the second Sunday of March
        assertThat(zones(calendar).get(0).getObservances()).extracting(observance -> observance
                .getProperty(Property.RRULE).map(Property::getValue).orElse(""))
                .contains("FREQ=YEARLY;BYMONTH=3;BYDAY=2SU");
    }

    @Test
    void theRepeatedHourAtTheEndOfDaylightSavingTimeResolvesToTheRightOccurrence() throws Exception {
        // 2026-11-01 01:30 New York happens twice: 05:30Z (EDT), then 06:30Z (EST)
        Instant first = Instant.parse("2026-11-01T05:30:00Z");
        Instant second = Instant.parse("2026-11-01T06:30:00Z");

        Calendar calendar = parse(ICalendarDocuments.write(
                List.of(interview("i-first", first, NEW_YORK), interview("i-second", second, NEW_YORK)), NAME, STAMP));

        assertThat(rfc5545Errors(calendar)).isEmpty();
        // a local time that occurs twice means the first occurrence (RFC 5545 §3.3.5): the second is in UTC
        assertThat(events(calendar)).extracting(event -> value(event, Property.DTSTART))
                .containsExactly("20261101T013000", "20261101T063000Z");
        assertThat(events(calendar)).extracting(event -> start(calendar, event)).containsExactly(first, second);
    }

    @Test
    void aDayLongInterviewEndsAtItsExactEndAcrossTheDaylightSavingChange() throws Exception {
        // 10:00 EST on 2026-03-07 plus 24 hours is 11:00 EDT on 2026-03-08; P1D would end at 10:00 EDT
        Instant start = Instant.parse("2026-03-07T15:00:00Z");
        CalendarEntry entry = new CalendarEntry("i-long", 0, "Onsite", null, null, null, start, NEW_YORK,
                Duration.ofMinutes(1440), false, MODIFIED);

        Calendar calendar = parse(ICalendarDocuments.write(entry, NAME, STAMP));

        assertThat(rfc5545Errors(calendar)).isEmpty();
        VEvent event = onlyEvent(calendar);
        assertThat(event.getProperty(Property.DURATION)).isEmpty();
        assertThat(value(event, Property.DTEND)).isEqualTo("20260308T110000");
        assertThat(tzid(event, Property.DTEND)).contains("America/New_York");
        assertThat(instant(calendar, event, Property.DTEND)).isEqualTo(Instant.parse("2026-03-08T15:00:00Z"));
    }

    @Test
    void aCancelledInterviewIsStatusCancelledWithItsSequence() throws Exception {
        CalendarEntry entry = new CalendarEntry("i-1@careervault", 3, "Final interview: CTO at Acme", null, null,
                null, Instant.parse("2026-03-06T15:00:00Z"), NEW_YORK, Duration.ofMinutes(60), true, MODIFIED);

        Calendar calendar = parse(ICalendarDocuments.write(entry, NAME, STAMP));

        assertThat(rfc5545Errors(calendar)).isEmpty();
        VEvent event = onlyEvent(calendar);
        assertThat(value(event, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(value(event, Property.SEQUENCE)).isEqualTo("3");
        assertThat(propertyNames(event)).doesNotContain(Property.LOCATION, Property.URL, Property.DESCRIPTION);
    }

    @Test
    void berlinAndUtcInOneCalendarGiveOneTimeZoneAndUtcTimes() throws Exception {
        Instant berlin = Instant.parse("2026-07-01T08:00:00Z");
        Instant utc = Instant.parse("2026-07-02T09:30:00Z");

        Calendar calendar = parse(ICalendarDocuments.write(List.of(interview("i-berlin", berlin,
                ZoneId.of("Europe/Berlin")), interview("i-utc", utc, ZoneId.of("UTC")), interview("i-z", utc,
                ZoneOffset.UTC)), NAME, STAMP));

        assertThat(rfc5545Errors(calendar)).isEmpty();
        assertThat(zones(calendar)).extracting(zone -> zone.getTimeZoneId().getValue())
                .containsExactly("Europe/Berlin");
        List<VEvent> events = events(calendar);
        assertThat(events).extracting(event -> value(event, Property.DTSTART))
                .containsExactly("20260701T100000", "20260702T093000Z", "20260702T093000Z");
        assertThat(tzid(events.get(0), Property.DTSTART)).contains("Europe/Berlin");
        assertThat(tzid(events.get(1), Property.DTSTART)).isEmpty();
        assertThat(events).extracting(event -> start(calendar, event)).containsExactly(berlin, utc, utc);
    }

    @Test
    void anAliasAndItsZoneShareOneTimeZone() throws Exception {
        Instant start = Instant.parse("2026-03-06T15:00:00Z");

        Calendar calendar = parse(ICalendarDocuments.write(List.of(interview("i-alias", start,
                ZoneId.of("US/Eastern")), interview("i-zone", start, NEW_YORK)), NAME, STAMP));

        assertThat(rfc5545Errors(calendar)).isEmpty();
        assertThat(zones(calendar)).extracting(zone -> zone.getTimeZoneId().getValue())
                .containsExactly("America/New_York");
        assertThat(events(calendar)).extracting(event -> tzid(event, Property.DTSTART).orElseThrow())
                .containsExactly("America/New_York", "America/New_York");
        assertThat(events(calendar)).extracting(event -> start(calendar, event)).containsExactly(start, start);
    }

    @Test
    void textWithSpecialCharactersAndNonAsciiRoundTripsExactly() throws Exception {
        String summary = "Panel: Engineer, Platform; R&D at Müller \"GmbH\" \\ 東京 🙂";
        // two runs of emoji (two UTF-16 chars each) longer than a folded line, one char apart: in one of them
        // an emoji falls where the line folds
        String description = "Line 1, with; commas\nLine 2: \\n is not a newline \\\\ back\\slash\n\n"
                + "Ünïcödé 日本語 ".repeat(8) + "🙂".repeat(40) + "x" + "🙂".repeat(40);
        String location = "Büro 3; Etage 2, Raum \"A\"";
        CalendarEntry entry = new CalendarEntry("i-text", 0, summary, description, location, null,
                Instant.parse("2026-03-06T15:00:00Z"), NEW_YORK, Duration.ofMinutes(60), false, MODIFIED);

        String document = ICalendarDocuments.write(entry, NAME, STAMP);

        assertLinesAreCrlf(document);
        Calendar calendar = parse(document);
        assertThat(rfc5545Errors(calendar)).isEmpty();
        VEvent event = onlyEvent(calendar);
        assertThat(value(event, Property.SUMMARY)).isEqualTo(summary);
        assertThat(value(event, Property.DESCRIPTION)).isEqualTo(description);
        assertThat(value(event, Property.LOCATION)).isEqualTo(location);
    }

    @Test
    void carriageReturnsBecomeTheOneLineBreakICalendarHas() throws Exception {
        CalendarEntry entry = new CalendarEntry("i-crlf", 0, "Phone screen", "one\r\ntwo\rthree\nfour", null,
                null, Instant.parse("2026-03-06T15:00:00Z"), NEW_YORK, Duration.ofMinutes(30), false, MODIFIED);

        String document = ICalendarDocuments.write(entry, NAME, STAMP);

        assertLinesAreCrlf(document);
        assertThat(document).contains("DESCRIPTION:one\\ntwo\\nthree\\nfour\r\n");
        assertThat(value(onlyEvent(parse(document)), Property.DESCRIPTION)).isEqualTo("one\ntwo\nthree\nfour");
    }

    @Test
    void aMeetingLinkWithCharactersAUriMayNotHoldIsPercentEncoded() throws Exception {
        CalendarEntry entry = new CalendarEntry("i-url", 0, "Phone screen", null, null,
                "https://meet.example.com/j/1?pwd=a b|c#top", Instant.parse("2026-03-06T15:00:00Z"), NEW_YORK,
                Duration.ofMinutes(30), false, MODIFIED);

        Calendar calendar = parse(ICalendarDocuments.write(entry, NAME, STAMP));

        assertThat(rfc5545Errors(calendar)).isEmpty();
        assertThat(value(onlyEvent(calendar), Property.URL))
                .isEqualTo("https://meet.example.com/j/1?pwd=a%20b%7Cc#top");
    }

    @Test
    void zonesAroundTheWorldResolveToTheSameInstantInWinterAndSummer() throws Exception {
        List<String> ids = List.of("Europe/London", "Europe/Stockholm", "Asia/Kolkata", "Asia/Kathmandu",
                "Australia/Sydney", "America/Santiago", "America/St_Johns", "Pacific/Chatham", "Etc/GMT+5");
        List<Instant> starts = List.of(Instant.parse("2026-01-15T08:00:00Z"), Instant.parse("2026-07-15T08:00:00Z"));
        List<CalendarEntry> entries = new ArrayList<>();
        for (String id : ids) {
            for (Instant start : starts) {
                entries.add(interview(id + " " + start, start, ZoneId.of(id)));
            }
        }

        Calendar calendar = parse(ICalendarDocuments.write(entries, NAME, STAMP));

        assertThat(rfc5545Errors(calendar)).isEmpty();
        assertThat(events(calendar)).hasSize(entries.size()).allSatisfy(event -> assertThat(start(calendar, event))
                .isEqualTo(Instant.parse(value(event, Property.UID).split(" ")[1])));
        // tzdata links Stockholm to Berlin: the definition ical4j bundles, under the name it has
        assertThat(zones(calendar)).extracting(zone -> zone.getTimeZoneId().getValue()).contains("Europe/Berlin")
                .doesNotContain("Europe/Stockholm");
    }

    @Test
    void everyRegionZoneOfTheJdkButSystemVIsSupported() {
        // ical4j registers ZoneRulesProviders whose ids (ical4j~<uuid>) join ZoneId.getAvailableZoneIds()
        assertThat(ZoneId.getAvailableZoneIds()).anyMatch(id -> id.startsWith("ical4j~"));
        List<String> regions = ZoneId.getAvailableZoneIds().stream().filter(id -> !id.startsWith("ical4j~")).toList();
        assertThat(regions).hasSizeGreaterThan(500).allSatisfy(id -> assertThat(ICalendarDocuments.supportsTimeZone(id))
                .as(id).isEqualTo(!id.startsWith("SystemV/")));
        // and each can be written (the JDK knows the name of every definition, an alias's too)
        List<CalendarEntry> entries = regions.stream().filter(ICalendarDocuments::supportsTimeZone)
                .map(id -> interview(id, STAMP, ZoneId.of(id))).toList();
        assertThat(ICalendarDocuments.write(entries, NAME, STAMP).split("\r\nBEGIN:VEVENT\r\n"))
                .hasSize(entries.size() + 1);
        assertThat(Stream.of("UTC", "Etc/UTC", "Europe/Stockholm", "US/Eastern"))
                .allMatch(ICalendarDocuments::supportsTimeZone);
        assertThat(Stream.of("Z", "+02:00", "UTC+02:00", "Mars/Olympus", "", "ical4j~" + STAMP))
                .noneMatch(ICalendarDocuments::supportsTimeZone);
        assertThat(ICalendarDocuments.supportsTimeZone(null)).isFalse();
        assertRefused(() -> ICalendarDocuments.write(interview("i-x", STAMP, ZoneId.of("SystemV/EST5")), NAME, STAMP),
                "no iCalendar time zone definition for SystemV/EST5");
    }

    @Test
    void anEmptyCalendarHasNoComponentsWhichIsTheOneThingItsValidatorReports() throws Exception {
        String document = ICalendarDocuments.write(List.of(), NAME, STAMP);

        Calendar calendar = parse(document);
        assertThat(componentNames(calendar)).isEmpty();
        assertThat(propertyNames(calendar))
                .containsExactly("PRODID", "VERSION", "CALSCALE", "METHOD", "NAME", "X-WR-CALNAME");
        assertThat(errors(calendar.validate())).extracting(ValidationEntry::getMessage)
                .containsExactly("Calendar must contain at least one component");
    }

    @Test
    void theOnlyPublishRuleTheEventsBreakIsTheMissingOrganizer() throws Exception {
        // RFC 5546 §3.2.1 (iTIP, not RFC 5545) wants an ORGANIZER in a PUBLISH event: see ICalendarDocuments
        Calendar calendar = parse(ICalendarDocuments.write(List.of(
                interview("i-1", Instant.parse("2026-03-06T15:00:00Z"), NEW_YORK),
                interview("i-2", Instant.parse("2026-03-06T15:00:00Z"), ZoneOffset.UTC)), NAME, STAMP));

        assertThat(errors(calendar.validate())).extracting(ValidationEntry::getMessage)
                .containsOnly("The following are REQUIRED, but MUST NOT occur more than once: ORGANIZER");
    }

    @Test
    void ical4jNeverFetchesTimeZoneUpdates() {
        assertThat(Configurator.getProperty("net.fortuna.ical4j.timezone.update.enabled")).contains("false");
        assertThat(new TimeZoneUpdater().isEnabled()).isFalse();
    }

    @Test
    void anEntryThatCannotBeWrittenIsRefused() {
        Instant start = Instant.parse("2026-03-06T15:00:00Z");
        Duration hour = Duration.ofHours(1);
        assertRefused(() -> new CalendarEntry(" ", 0, "S", null, null, null, start, NEW_YORK, hour, false, MODIFIED),
                "uid is required");
        assertRefused(() -> new CalendarEntry("u", -1, "S", null, null, null, start, NEW_YORK, hour, false, MODIFIED),
                "sequence must not be negative");
        assertRefused(() -> new CalendarEntry("u", 0, null, null, null, null, start, NEW_YORK, hour, false, MODIFIED),
                "summary is required");
        assertRefused(() -> new CalendarEntry("u", 0, "S\u0007", null, null, null, start, NEW_YORK, hour, false,
                MODIFIED), "summary must not contain control characters");
        assertRefused(() -> new CalendarEntry("u", 0, "S", "a\u0000b", null, null, start, NEW_YORK, hour, false,
                MODIFIED), "description must not contain control characters");
        assertRefused(() -> new CalendarEntry("u", 0, "S", null, null, "ftp://example.com/x", start, NEW_YORK, hour,
                false, MODIFIED), "url must be an absolute http(s) URL");
        assertRefused(() -> new CalendarEntry("u", 0, "S", null, null, "/relative", start, NEW_YORK, hour, false,
                MODIFIED), "url must be an absolute http(s) URL");
        assertRefused(() -> new CalendarEntry("u", 0, "S", null, null, null, null, NEW_YORK, hour, false, MODIFIED),
                "start is required");
        assertRefused(() -> new CalendarEntry("u", 0, "S", null, null, null, start, ZoneOffset.ofHours(2), hour,
                false, MODIFIED), "zone must be an IANA time zone (like Europe/Berlin), not an offset");
        assertRefused(() -> new CalendarEntry("u", 0, "S", null, null, null, start, NEW_YORK, Duration.ZERO, false,
                MODIFIED), "duration must be a positive number of whole minutes");
        assertRefused(() -> new CalendarEntry("u", 0, "S", null, null, null, start, NEW_YORK, Duration.ofSeconds(90),
                false, MODIFIED), "duration must be a positive number of whole minutes");
        assertRefused(() -> new CalendarEntry("u", 0, "S", null, null, null, start, NEW_YORK, hour, false, null),
                "lastModified is required");
        assertRefused(() -> ICalendarDocuments.write(List.of(), " ", STAMP), "calendarName is required");
        assertRefused(() -> ICalendarDocuments.write(List.of(), NAME, null), "stamp is required");
    }

    @Test
    void blankOptionalTextsAreLeftOut() {
        CalendarEntry entry = new CalendarEntry("u", 0, "S", " ", "", "\t", Instant.parse("2026-03-06T15:00:00Z"),
                NEW_YORK, Duration.ofHours(1), false, MODIFIED);

        assertThat(entry.description()).isNull();
        assertThat(entry.location()).isNull();
        assertThat(entry.url()).isNull();
    }

    private static CalendarEntry interview(String uid, Instant start, ZoneId zone) {
        return new CalendarEntry(uid, 0, "Interview " + uid, null, null, null, start, zone, Duration.ofMinutes(45),
                false, MODIFIED);
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String message) {
        assertThatThrownBy(call).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    /** Parsed as a client gets it: the UTF-8 bytes. */
    private static Calendar parse(String document) throws Exception {
        return new CalendarBuilder().build(new ByteArrayInputStream(document.getBytes(UTF_8)));
    }

    /**
     * RFC 5545's rules: the calendar's own, its properties', and every component's with its properties. (With
     * METHOD present, {@code Calendar.validate()} checks the components only against RFC 5546's rules for
     * that method, see {@link #theOnlyPublishRuleTheEventsBreakIsTheMissingOrganizer()}.)
     */
    private static List<ValidationEntry> rfc5545Errors(Calendar calendar) throws Exception {
        List<ValidationEntry> entries = new ArrayList<>(calendar.validate(false).getEntries());
        List<Property> properties = calendar.getProperties();
        for (Property property : properties) {
            entries.addAll(property.validate().getEntries());
        }
        List<CalendarComponent> components = calendar.getComponents();
        for (CalendarComponent component : components) {
            entries.addAll(component.validate(true).getEntries());
        }
        return entries.stream().filter(entry -> entry.getSeverity() == ValidationEntry.Severity.ERROR).toList();
    }

    private static List<ValidationEntry> errors(net.fortuna.ical4j.validate.ValidationResult result) {
        return result.getEntries().stream().filter(entry -> entry.getSeverity() == ValidationEntry.Severity.ERROR)
                .toList();
    }

    private static List<VEvent> events(Calendar calendar) {
        return calendar.getComponents(Component.VEVENT);
    }

    private static VEvent onlyEvent(Calendar calendar) {
        assertThat(events(calendar)).hasSize(1);
        return events(calendar).get(0);
    }

    private static List<VTimeZone> zones(Calendar calendar) {
        return calendar.getComponents(Component.VTIMEZONE);
    }

    private static String value(Component component, String property) {
        return component.getProperty(property).orElseThrow().getValue();
    }

    private static Optional<String> tzid(VEvent event, String property) {
        return event.getProperty(property).orElseThrow().getParameter(Parameter.TZID).map(TzId.class::cast)
                .map(TzId::getValue);
    }

    private static Instant start(Calendar calendar, VEvent event) {
        return instant(calendar, event, Property.DTSTART);
    }

    /**
     * The instant a date-time property stands for: a UTC time as it is, a local time by the rules of its TZID,
     * whose VTIMEZONE the document must carry. The JDK's rules, not ical4j's {@code ZoneRulesBuilder}: that
     * builder misreads the bundled definitions (it puts New York's change on the first Sunday of March from
     * 2027 on, and keeps Kathmandu at +05:30), which the writer once relied on, an hour or 15 minutes off.
     */
    private static Instant instant(Calendar calendar, VEvent event, String property) {
        DateProperty<Temporal> date = event.getProperty(property).map(p -> (DateProperty<Temporal>) p).orElseThrow();
        Optional<String> tzid = tzid(event, property);
        if (tzid.isEmpty()) {
            assertThat(date.isUtc()).isTrue();
            return Instant.from(date.getDate());
        }
        assertThat(zones(calendar)).extracting(z -> z.getTimeZoneId().getValue()).contains(tzid.get());
        LocalDateTime local = LocalDateTime.parse(date.getValue(),
                java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss"));
        // the first of two valid offsets when the local time occurs twice (RFC 5545 §3.3.5)
        return local.atZone(ZoneId.of(tzid.get())).withEarlierOffsetAtOverlap().toInstant();
    }

    private static List<Tuple> properties(PropertyContainer container) {
        List<Property> properties = container.getProperties();
        return properties.stream().map(property -> pair(property.getName(), property.getValue())).toList();
    }

    private static List<String> propertyNames(PropertyContainer container) {
        List<Property> properties = container.getProperties();
        return properties.stream().map(Property::getName).toList();
    }

    private static List<String> componentNames(Calendar calendar) {
        List<CalendarComponent> components = calendar.getComponents();
        return components.stream().map(Component::getName).toList();
    }

    private static Tuple pair(String name, String value) {
        return Tuple.tuple(name, value);
    }

    private static void assertLinesAreCrlf(String document) {
        assertThat(document).endsWith("\r\n");
        assertThat(document.replace("\r\n", "")).doesNotContain("\r", "\n");
    }

    private static void assertLinesAreCrlfAndAtMost75Octets(String document) {
        assertLinesAreCrlf(document);
        assertThat(document.split("\r\n")).allSatisfy(line -> assertThat(line.getBytes(UTF_8).length)
                .isLessThanOrEqualTo(75));
    }
}
