package com.careervault.projector;

import com.careervault.projector.readmodel.LogPosition;
import org.apache.kafka.clients.producer.RecordMetadata;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Short spellings for the values the projection tests expect in read-model items. */
public final class ItemValues {

    private ItemValues() {
    }

    public static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    public static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }

    /** Where a published record is in the log, as the projector is given it. */
    public static LogPosition position(RecordMetadata metadata) {
        return new LogPosition(metadata.partition(), metadata.offset());
    }
}
