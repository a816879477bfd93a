package com.careervault.contracts.events;

import com.careervault.contracts.privacy.DataKeys;
import com.careervault.contracts.privacy.DataKeysUnavailableException;
import com.careervault.contracts.privacy.PersonalDataErasedException;
import com.careervault.contracts.privacy.PersonalFields;
import com.careervault.contracts.text.UnicodeText;
import com.careervault.contracts.time.Timestamps;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.google.crypto.tink.Aead;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.module.SimpleModule;

/**
 * Reads and writes events as CloudEvents structured JSON. Data fields are
 * snake_case; unknown fields are ignored so that older consumers keep working
 * when a producer adds one. Every {@link Instant} (the envelope's {@code time}
 * and data fields) is written in the one format of {@link Timestamps} and read
 * in any format earlier producers wrote. Thread-safe: share one instance.
 * <p>
 * With {@link DataKeys} (every service in production), the personal fields of an event's data
 * ({@link PersonalFields}) are encrypted with the user's data key: they are removed from {@code data}, which
 * gets one string field {@code encrypted_fields} instead, the base64 (RFC 4648 §4, padded) of a Tink AEAD
 * (AES256-GCM) ciphertext of a JSON object of those fields; the associated data is the UTF-8 of
 * {@code userid}, a NUL byte, and the event's {@code id}, so ciphertext moved to another event does not
 * decrypt. Events without {@code encrypted_fields} (written before encryption, or by the codec without keys)
 * decode as they are. Encoding and decoding may then block on the key table when a key is not cached.
 */
public final class EventCodec {

    private final JsonMapper mapper;
    private final DataKeys keys;

    /** A codec that writes every field in clear: for tests and tools that need no encryption. */
    public EventCodec() {
        this(null);
    }

    /**
     * A codec that encrypts personal fields with the users' data keys and decrypts them on reading.
     *
     * @param keys null for none (as {@link #EventCodec()})
     */
    public EventCodec(DataKeys keys) {
        this.keys = keys;
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

    /**
     * The event as structured-mode CloudEvents JSON, its personal fields encrypted when this codec has keys
     * (creating the user's key on first use).
     *
     * @throws PersonalDataErasedException when the user's key was deleted
     * @throws DataKeysUnavailableException when the key table or the master key cannot be reached
     */
    public byte[] encode(EventEnvelope event) {
        List<String> personal = PersonalFields.of(event.eventType());
        if (keys == null || personal.isEmpty()) {
            return mapper.writeValueAsBytes(event);
        }
        ObjectNode tree = mapper.valueToTree(event);
        ObjectNode data = (ObjectNode) tree.get("data");
        ObjectNode secret = mapper.createObjectNode();
        for (String field : personal) {
            JsonNode value = data.remove(field);
            if (value != null && !value.isNull()) {
                secret.set(field, value);
            }
        }
        if (secret.isEmpty()) {
            return mapper.writeValueAsBytes(tree);
        }
        try {
            byte[] ciphertext = keys.keyFor(event.userid())
                    .encrypt(mapper.writeValueAsBytes(secret), associatedData(event.userid(), event.id()));
            data.put(PersonalFields.ENCRYPTED_FIELDS, Base64.getEncoder().encodeToString(ciphertext));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
        return mapper.writeValueAsBytes(tree);
    }

    /**
     * Whether {@link #encode} of this event would first call the key table (its user's key is not cached
     * here): a caller on an event loop then encodes on a worker thread.
     */
    public boolean needsKeyLookup(EventEnvelope event) {
        return keys != null && !PersonalFields.of(event.eventType()).isEmpty() && !keys.isCached(event.userid());
    }

    /**
     * The event of a structured-mode CloudEvents record, its personal fields decrypted.
     *
     * @throws EventFormatException when it is not a valid CareerVault event, including encrypted fields
     *         that do not decrypt with the user's existing key (altered or misplaced ciphertext)
     * @throws UnknownEventTypeException (an EventFormatException) for a type this version does not know
     * @throws PersonalDataErasedException when its personal fields are encrypted and the user's key was
     *         deleted: not a bad record, the user deleted their account
     * @throws DataKeysUnavailableException when the key table or the master key cannot be reached, or this
     *         codec has no keys: transient, retry
     */

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
        if (data.has(PersonalFields.ENCRYPTED_FIELDS)) {
            data = decrypted(tree, type, (ObjectNode) data);
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

    /** {@code data} with its {@code encrypted_fields} replaced by the fields they hold. */
    private JsonNode decrypted(JsonNode tree, EventType type, ObjectNode data) {
        List<String> personal = PersonalFields.of(type);
        JsonNode encrypted = data.get(PersonalFields.ENCRYPTED_FIELDS);
        if (!encrypted.isString() || personal.isEmpty()) {
            throw new EventFormatException(PersonalFields.ENCRYPTED_FIELDS + " must be a string, and only in events"
                    + " with personal fields");
        }
        String userId = text(tree, "userid");
        String eventId = text(tree, "id");
        if (keys == null) {
            throw new DataKeysUnavailableException("event " + eventId + " has encrypted fields, but this codec was"
                    + " made without data keys (a configuration error)", null);
        }
        byte[] ciphertext;
        try {
            ciphertext = Base64.getDecoder().decode(encrypted.asString());
        } catch (IllegalArgumentException e) {
            throw new EventFormatException(PersonalFields.ENCRYPTED_FIELDS + " is not base64", e);
        }
        Optional<Aead> key = keys.existing(userId);
        if (key.isEmpty()) {
            throw new PersonalDataErasedException(userId, eventId, type.type());
        }
        JsonNode secret;
        try {
            secret = mapper.readTree(key.get().decrypt(ciphertext, associatedData(userId, eventId)));
        } catch (GeneralSecurityException e) {
            throw new EventFormatException(PersonalFields.ENCRYPTED_FIELDS + " do not decrypt with the user's key"
                    + " (altered, or copied from another event)", e);
        } catch (JacksonException e) {
            throw new EventFormatException(PersonalFields.ENCRYPTED_FIELDS + " do not hold JSON", e);
        }
        if (secret == null || !secret.isObject()) {
            throw new EventFormatException(PersonalFields.ENCRYPTED_FIELDS + " must hold a JSON object");
        }
        ObjectNode merged = data.deepCopy();
        merged.remove(PersonalFields.ENCRYPTED_FIELDS);
        for (String field : secret.propertyNames()) {
            if (!personal.contains(field) || merged.has(field)) {
                throw new EventFormatException(PersonalFields.ENCRYPTED_FIELDS + " hold '" + field
                        + "', which is not a personal field of " + type.type() + " or is also in clear");
            }
            merged.set(field, secret.get(field));
        }
        return merged;
    }

    /** UTF-8 of the user id, a NUL byte (in neither id), and the event id. */
    private static byte[] associatedData(String userId, String eventId) {
        return (userId + '\0' + eventId).getBytes(StandardCharsets.UTF_8);
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
