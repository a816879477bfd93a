package com.careervault.notifier.streams;

import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON for state-store values, with the event codec's conventions (snake_case, nulls left out),
 * so that a changelog record reads like the events it was built from. A value over the size limit
 * is refused when it is put into the store, before its changelog record reaches the producer (see
 * {@link RecordSizeLimit} for why that matters).
 */
public final class JsonSerde<T> implements Serde<T> {

    private final JsonMapper mapper;
    private final Class<T> type;
    private final RecordSizeLimit limit;

    public JsonSerde(JsonMapper mapper, Class<T> type, RecordSizeLimit limit) {
        this.mapper = mapper;
        this.type = type;
        this.limit = limit;
    }

    @Override
    public Serializer<T> serializer() {
        return (topic, value) -> value == null ? null
                : limit.check("a " + type.getSimpleName() + " state record", mapper.writeValueAsBytes(value));
    }

    @Override
    public Deserializer<T> deserializer() {
        return (topic, bytes) -> bytes == null ? null : mapper.readValue(bytes, type);
    }
}
