package com.careervault.notifier.streams;

import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON for state-store values, with the event codec's conventions (snake_case, nulls left out),
 * so that a changelog record reads like the events it was built from.
 */
public final class JsonSerde<T> implements Serde<T> {

    private final JsonMapper mapper;
    private final Class<T> type;

    public JsonSerde(JsonMapper mapper, Class<T> type) {
        this.mapper = mapper;
        this.type = type;
    }

    @Override
    public Serializer<T> serializer() {
        return (topic, value) -> value == null ? null : mapper.writeValueAsBytes(value);
    }

    @Override
    public Deserializer<T> deserializer() {
        return (topic, bytes) -> bytes == null ? null : mapper.readValue(bytes, type);
    }
}
