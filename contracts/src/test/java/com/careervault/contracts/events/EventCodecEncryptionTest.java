package com.careervault.contracts.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.careervault.contracts.JsonSchemas;
import com.careervault.contracts.jobs.JobStatus;
import com.careervault.contracts.privacy.DataKeysUnavailableException;
import com.careervault.contracts.privacy.InMemoryDataKeys;
import com.careervault.contracts.privacy.PersonalDataErasedException;
import com.careervault.contracts.privacy.PersonalFields;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The codec with data keys: personal fields leave only as ciphertext, and come back only with the user's key. */
class EventCodecEncryptionTest {

    private final InMemoryDataKeys keys = new InMemoryDataKeys();
    private final EventCodec codec = new EventCodec(keys);
    private final EventCodec plain = new EventCodec();

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyTypeRoundTripsThroughEncryption(EventType type) {
        EventEnvelope event = SampleEvents.envelope(type);

        assertThat(codec.decode(codec.encode(event))).isEqualTo(event);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void personalFieldsAreOnlyInTheCiphertextAndTheResultMatchesTheSchemas(EventType type) {
        EventEnvelope event = SampleEvents.envelope(type);
        JsonNode clear = plain.mapper().readTree(plain.encode(event)).get("data");
        JsonNode json = codec.mapper().readTree(codec.encode(event));
        JsonNode data = json.get("data");

        List<String> personal = PersonalFields.of(type);
        for (String field : personal) {
            assertThat(data.has(field)).as(field).isFalse();
        }
        boolean anyPersonal = personal.stream().anyMatch(clear::has);
        assertThat(data.has(PersonalFields.ENCRYPTED_FIELDS)).isEqualTo(anyPersonal);
        // every other field is as it was, in clear
        for (String field : clear.propertyNames()) {
            if (!personal.contains(field)) {
                assertThat(data.get(field)).as(field).isEqualTo(clear.get(field));
            }
        }
        String raw = json.toString();
        for (String field : personal) {
            if (clear.has(field)) {
                for (String text : texts(clear.get(field))) {
                    assertThat(raw).as(field).doesNotContain(text);
                }
            }
        }
        assertThat(JsonSchemas.errors("/schemas/cloudevent.v1.schema.json", raw)).isEmpty();
        assertThat(JsonSchemas.errors(type.schemaResource(), data.toString())).isEmpty();
    }

    @Test
    void theSchemaRefusesAPersonalFieldInClearNextToEncryptedFields() {
        ObjectNode data = (ObjectNode) codec.mapper()
                .readTree(codec.encode(SampleEvents.envelope(EventType.JOB_CREATED))).get("data");
        assertThat(JsonSchemas.errors(EventType.JOB_CREATED.schemaResource(), data.toString())).isEmpty();

        data.put("company", "Tech Corp");

        assertThat(JsonSchemas.errors(EventType.JOB_CREATED.schemaResource(), data.toString())).isNotEmpty();
    }

    @Test
    void anEventWrittenBeforeEncryptionStillDecodes() {
        EventEnvelope event = SampleEvents.envelope(EventType.JOB_CREATED);

        assertThat(codec.decode(plain.encode(event))).isEqualTo(event);
    }

    @Test
    void anUpdateWithoutPersonalFieldsIsWrittenInClear() {
        EventEnvelope event = EventEnvelope.of("e-1", "/test", Instant.parse("2026-11-24T17:00:00Z"),
                SampleEvents.USER, new JobUpdated(SampleEvents.JOB, null, null, null, null, null, null, null,
                        Instant.parse("2026-12-01T15:00:00Z"), null, null, List.of("notes")));

        JsonNode data = codec.mapper().readTree(codec.encode(event)).get("data");

        assertThat(data.has(PersonalFields.ENCRYPTED_FIELDS)).isFalse();
        assertThat(codec.decode(codec.encode(event))).isEqualTo(event);
    }

    @Test
    void afterTheKeyIsDeletedTheEventIsErasedNotMalformed() {
        EventEnvelope event = SampleEvents.envelope(EventType.USER_REGISTERED);
        byte[] record = codec.encode(event);

        keys.delete(SampleEvents.USER);

        assertThatThrownBy(() -> codec.decode(record)).isInstanceOf(PersonalDataErasedException.class)
                .isNotInstanceOf(EventFormatException.class)
                .hasMessageNotContaining("jdoe")
                .satisfies(e -> assertThat(((PersonalDataErasedException) e).eventId()).isEqualTo(event.id()));
        // events without personal fields stay readable
        assertThat(codec.decode(codec.encode(SampleEvents.envelope(EventType.JOB_STATUS_CHANGED))))
                .isEqualTo(SampleEvents.envelope(EventType.JOB_STATUS_CHANGED));
        // and nothing personal is written for a deleted user
        assertThatThrownBy(() -> codec.encode(event)).isInstanceOf(PersonalDataErasedException.class);
    }

    @Test
    void alteredCiphertextIsAFormatError() {
        ObjectNode tree = (ObjectNode) codec.mapper().readTree(codec.encode(SampleEvents.envelope(EventType.JOB_CREATED)));
        ObjectNode data = (ObjectNode) tree.get("data");
        byte[] ciphertext = Base64.getDecoder().decode(data.get(PersonalFields.ENCRYPTED_FIELDS).asString());
        ciphertext[ciphertext.length - 1] ^= 1;
        data.put(PersonalFields.ENCRYPTED_FIELDS, Base64.getEncoder().encodeToString(ciphertext));

        assertThatThrownBy(() -> codec.decode(tree.toString().getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(EventFormatException.class).hasMessageContaining("do not decrypt");
    }

    @Test
    void ciphertextCopiedToAnotherEventDoesNotDecrypt() {
        ObjectNode tree = (ObjectNode) codec.mapper().readTree(codec.encode(SampleEvents.envelope(EventType.JOB_CREATED)));
        tree.put("id", "another-event-id");

        assertThatThrownBy(() -> codec.decode(tree.toString().getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(EventFormatException.class).hasMessageContaining("do not decrypt");
    }

    @Test
    void encryptedFieldsThatAreNotBase64AreAFormatError() {
        ObjectNode tree = (ObjectNode) codec.mapper().readTree(codec.encode(SampleEvents.envelope(EventType.JOB_CREATED)));
        ((ObjectNode) tree.get("data")).put(PersonalFields.ENCRYPTED_FIELDS, "not base64!");

        assertThatThrownBy(() -> codec.decode(tree.toString().getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(EventFormatException.class);
    }

    @Test
    void encryptedFieldsInAnEventTypeWithoutPersonalFieldsAreAFormatError() {
        EventEnvelope event = EventEnvelope.of("e-2", "/test", Instant.parse("2026-11-24T17:00:00Z"),
                SampleEvents.USER, new JobStatusChanged(SampleEvents.JOB, JobStatus.Applied, JobStatus.Offer));
        ObjectNode tree = (ObjectNode) codec.mapper().readTree(codec.encode(event));
        ((ObjectNode) tree.get("data")).put(PersonalFields.ENCRYPTED_FIELDS, "AAAA");

        assertThatThrownBy(() -> codec.decode(tree.toString().getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(EventFormatException.class);
    }

    @Test
    void aCodecWithoutKeysRetriesRatherThanDeadLettersAnEncryptedEvent() {
        byte[] record = codec.encode(SampleEvents.envelope(EventType.USER_EMAIL_VERIFIED));

        assertThatThrownBy(() -> plain.decode(record)).isInstanceOf(DataKeysUnavailableException.class);
    }

    @Test
    void onlyAnUncachedUserNeedsAKeyLookup() {
        EventEnvelope registered = SampleEvents.envelope(EventType.USER_REGISTERED);
        EventEnvelope statusChanged = SampleEvents.envelope(EventType.JOB_STATUS_CHANGED);

        assertThat(codec.needsKeyLookup(registered)).isTrue();
        assertThat(codec.needsKeyLookup(statusChanged)).isFalse();
        assertThat(plain.needsKeyLookup(registered)).isFalse();
        codec.encode(registered);
        assertThat(codec.needsKeyLookup(registered)).isFalse();
    }

    /** Every text in a field's value: itself, a list's items, an object's values. */
    private static List<String> texts(JsonNode value) {
        if (value.isString()) {
            return List.of(value.asString());
        }
        List<String> texts = new java.util.ArrayList<>();
        for (JsonNode child : value.values()) {
            texts.addAll(texts(child));
        }
        return texts;
    }
}
