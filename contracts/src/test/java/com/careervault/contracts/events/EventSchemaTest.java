package com.careervault.contracts.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

/** Every event type, as the Java records write it, matches the JSON Schema published for non-Java consumers. */
class EventSchemaTest {

    private final EventCodec codec = new EventCodec();
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    @ParameterizedTest
    @EnumSource(EventType.class)
    void serialisedEventMatchesEnvelopeAndDataSchemas(EventType type) {
        EventEnvelope event = SampleEvents.envelope(type);
        JsonNode json = codec.mapper().readTree(codec.encode(event));

        assertThat(errors("/schemas/cloudevent.v1.schema.json", json.toString())).isEmpty();
        assertThat(errors(type.schemaResource(), json.get("data").toString())).isEmpty();
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

        assertThat(errors(type.schemaResource(), withExtraField)).isNotEmpty();
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void dataSchemaRequiresWhatTheRecordsRequire(EventType type) {
        assertThat(errors(type.schemaResource(), "{}")).isNotEmpty();
    }

    private List<Error> errors(String schemaResource, String json) {
        try (InputStream in = EventSchemaTest.class.getResourceAsStream(schemaResource)) {
            assertThat(in).as(schemaResource).isNotNull();
            Schema schema = registry.getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return schema.validate(json, InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
