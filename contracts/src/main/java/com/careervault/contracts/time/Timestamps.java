package com.careervault.contracts.time;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * The one timestamp format of CareerVault, used in events (envelope {@code time}
 * and data), DynamoDB items and API answers: RFC 3339 in UTC with exactly six
 * fraction digits, e.g. {@code 2026-11-30T16:05:43.123456Z}. The fixed width
 * makes string order equal time order, which index sort keys rely on.
 *
 * <p>Reading is lenient, because the log keeps events written before this
 * format: any RFC 3339 / ISO-8601 date-time with an offset ({@code Z},
 * {@code +02:00}), zero to nine fraction digits ({@code Instant.toString()}),
 * lower-case {@code t}/{@code z}, a space instead of {@code T} (RFC 3339
 * section 5.6 note), and seconds omitted.
 */
public final class Timestamps {

    /** Years 0000-9999 only: RFC 3339 has four-digit years. */
    private static final Instant MIN = Instant.parse("0000-01-01T00:00:00Z");
    private static final Instant MAX = Instant.parse("9999-12-31T23:59:59.999999999Z");

    private static final DateTimeFormatter FORMAT = new DateTimeFormatterBuilder()
            .appendValue(ChronoField.YEAR, 4)
            .appendLiteral('-').appendValue(ChronoField.MONTH_OF_YEAR, 2)
            .appendLiteral('-').appendValue(ChronoField.DAY_OF_MONTH, 2)
            .appendLiteral('T').appendValue(ChronoField.HOUR_OF_DAY, 2)
            .appendLiteral(':').appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2)
            .appendFraction(ChronoField.MICRO_OF_SECOND, 6, 6, true)
            .appendLiteral('Z')
            .toFormatter(Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT)
            .withZone(ZoneOffset.UTC);

    private Timestamps() {
    }

    /**
     * Formats an instant as {@code uuuu-MM-ddTHH:mm:ss.SSSSSSZ}; nanoseconds
     * below the microsecond are truncated (not rounded), as {@link #truncate} does.
     *
     * @throws IllegalArgumentException if the instant is outside years 0000-9999
     */
    public static String format(Instant instant) {
        if (instant.isBefore(MIN) || instant.isAfter(MAX)) {
            throw new IllegalArgumentException("instant " + instant + " is outside years 0000-9999");
        }
        return FORMAT.format(instant);
    }

    /** The instant as it reads back from {@link #format}: truncated to microseconds. */
    public static Instant truncate(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * Reads a date-time in any of the accepted spellings (see the class comment).
     *
     * @throws DateTimeParseException if the text is not a date-time with an offset,
     *         or its year is outside 0000-9999
     */
    public static Instant parse(CharSequence text) {
        String value = text.toString().trim();
        if (value.length() > 10 && (value.charAt(10) == ' ' || value.charAt(10) == 't')) {
            value = value.substring(0, 10) + 'T' + value.substring(11);
        }
        if (value.endsWith("z")) {
            value = value.substring(0, value.length() - 1) + 'Z';
        }
        Instant instant = OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        if (instant.isBefore(MIN) || instant.isAfter(MAX)) {
            throw new DateTimeParseException("year outside 0000-9999", text, 0);
        }
        return instant;
    }

    /** Re-spells a stored timestamp in the one format; null stays null, unreadable text is returned unchanged. */
    public static String normalize(String text) {
        if (text == null) {
            return null;
        }
        try {
            return format(parse(text));
        } catch (DateTimeException | IllegalArgumentException e) {
            return text;
        }
    }

    /**
     * A Jackson module that writes every {@link Instant} with {@link #format} and
     * reads it with {@link #parse}, or from a number of epoch seconds (with a
     * fraction), the form Jackson writes with {@code WRITE_DATES_AS_TIMESTAMPS}.
     */
    public static JacksonModule jacksonModule() {
        return new SimpleModule("careervault-timestamps")
                .addSerializer(Instant.class, new InstantSerializer())
                .addDeserializer(Instant.class, new InstantDeserializer());
    }

    private static final class InstantSerializer extends ValueSerializer<Instant> {
        @Override
        public void serialize(Instant value, JsonGenerator generator, SerializationContext context) {
            generator.writeString(format(value));
        }
    }

    private static final class InstantDeserializer extends ValueDeserializer<Instant> {
        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) {
            JsonToken token = parser.currentToken();
            if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
                BigDecimal seconds = parser.getDecimalValue();
                return Instant.ofEpochSecond(seconds.longValue(),
                        seconds.remainder(BigDecimal.ONE).movePointRight(9).intValue());
            }
            if (token == JsonToken.VALUE_STRING) {
                try {
                    return parse(parser.getString());
                } catch (DateTimeParseException e) {
                    return (Instant) context.handleWeirdStringValue(Instant.class, parser.getString(),
                            "not an RFC 3339 date-time with offset: %s", e.getMessage());
                }
            }
            return (Instant) context.handleUnexpectedToken(Instant.class, parser);
        }
    }
}
