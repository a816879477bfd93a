package com.careervault.contracts.events;

import com.careervault.contracts.text.UnicodeText;
import com.careervault.contracts.time.Timestamps;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * Reads and writes events as CloudEvents structured JSON. Data fields are
 * snake_case; unknown fields are ignored so that older consumers keep working
 * when a producer adds one. Every {@link Instant} (the envelope's {@code time}
 * and data fields) is written in the one format of {@link Timestamps} and read
 * in any format earlier producers wrote. Thread-safe: share one instance.
 */
public final class EventCodec {

    private final JsonMapper mapper;

    public EventCodec() {
        this.mapper = JsonMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                // a record with a key given twice, or with content after the event, is refused (dead-lettered
                // by its consumer), never read by guessing which value was meant
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .addModule(Timestamps.jacksonModule())
                // text in event data is read as the API writes it: well-formed, in NFC (older or foreign
                // producers included); a record with broken text is dead-lettered by its consumer
                .addModule(new SimpleModule("careervault-text").addDeserializer(String.class,
                        UnicodeText.jsonDeserializer()))
                .build();
    }

    /** The mapper the codec uses, for services that want the same JSON conventions. */
    public JsonMapper mapper() {
        return mapper;
    }

    public byte[] encode(EventEnvelope event) {
        return mapper.writeValueAsBytes(event);
    }

    public EventEnvelope decode(byte[] json) {
        if (json == null || json.length == 0) {
            throw new EventFormatException("empty record");
        }
        JsonNode tree = readCloudEvent(json);
        EventType type = EventType.of(text(tree, "type"));
        JsonNode data = tree.get("data");
        if (data == null || !data.isObject()) {
            throw new EventFormatException("data must be a JSON object");
        }
        CareerVaultEvent payload;
        Instant time;
        try {
            payload = mapper.treeToValue(data, type.dataClass());
            time = Timestamps.parse(text(tree, "time"));
        } catch (JacksonException | java.time.format.DateTimeParseException e) {
            throw new EventFormatException("invalid " + type.type() + ": " + rootMessage(e), e);
        }
        JsonNode subject = tree.get("subject");
        JsonNode contentType = tree.get("datacontenttype");
        return new EventEnvelope(EventEnvelope.SPEC_VERSION, text(tree, "id"), text(tree, "source"), type.type(), time,
                subject == null || subject.isNull() ? null : subject.asString(),
                contentType == null || contentType.isNull() ? null : contentType.asString(),
                text(tree, "userid"), payload);
    }

    /**
     * Reads a structured-mode CloudEvent of {@link EventEnvelope#SPEC_VERSION} with this codec's strict JSON rules
     * (no key twice, nothing after the object), leaving its type and data to the caller.
     *
     * @throws EventFormatException when it is not JSON, not a JSON object, or of another {@code specversion}
     */
    public JsonNode readCloudEvent(byte[] json) {
        JsonNode tree;
        try {
            tree = mapper.readTree(json);
        } catch (JacksonException e) {
            throw new EventFormatException("not JSON: " + e.getOriginalMessage(), e);
        }
        if (tree == null || !tree.isObject()) {
            throw new EventFormatException("not a JSON object");
        }
        String specversion = text(tree, "specversion");
        if (!EventEnvelope.SPEC_VERSION.equals(specversion)) {
            throw new EventFormatException("unsupported specversion '" + specversion + "'");
        }
        return tree;
    }

    /**
     * The CloudEvents attribute {@code field} of an event read by {@link #readCloudEvent}.
     *
     * @throws EventFormatException when it is absent, not a string, or blank
     */
    public static String text(JsonNode tree, String field) {
        JsonNode node = tree.get(field);
        if (node == null || !node.isString() || node.asString().isBlank()) {
            throw new EventFormatException("attribute '" + field + "' is missing or not a string");
        }
        return node.asString();
    }

    /** The message of the innermost cause of {@code e}: what a dead-letter reason should name. */
    public static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
