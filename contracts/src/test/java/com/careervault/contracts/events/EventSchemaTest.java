package com.careervault.contracts.events;

import com.careervault.contracts.JsonSchemas;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

/** Every event type, as the Java records write it, matches the JSON Schema published for non-Java consumers. */
class EventSchemaTest {

    private final EventCodec codec = new EventCodec();

    @ParameterizedTest
    @EnumSource(EventType.class)
    void serialisedEventMatchesEnvelopeAndDataSchemas(EventType type) {
        EventEnvelope event = SampleEvents.envelope(type);
        JsonNode json = codec.mapper().readTree(codec.encode(event));

        assertThat(JsonSchemas.errors("/schemas/cloudevent.v1.schema.json", json.toString())).isEmpty();
        assertThat(JsonSchemas.errors(type.schemaResource(), json.get("data").toString())).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void serialisedEventRoundTripsToAnEqualRecord(EventType type) {
        EventEnvelope event = SampleEvents.envelope(type);

        assertThat(codec.decode(codec.encode(event))).isEqualTo(event);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void dataSchemaRejectsAFieldTheRecordsDoNotHave(EventType type) {
        JsonNode data = codec.mapper().readTree(codec.encode(SampleEvents.envelope(type))).get("data");
        String withExtraField = data.toString().replaceFirst("\\{", "{\"surprise\":1,");

        assertThat(JsonSchemas.errors(type.schemaResource(), withExtraField)).isNotEmpty();
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void dataSchemaRequiresWhatTheRecordsRequire(EventType type) {
        assertThat(JsonSchemas.errors(type.schemaResource(), "{}")).isNotEmpty();
    }
}
