package com.careervault.projector.readmodel;

import com.careervault.contracts.dynamodb.ReadModel.Position;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Where an event sits in the log. Every item stores the position of the last
 * event applied to it, which is what makes redelivery and replay harmless.
 */
public record LogPosition(int partition, long offset) {

    /** Placeholders for the position in condition and update expressions. */
    static final String PARTITION_NAME = "#event_partition";
    static final String OFFSET_NAME = "#event_offset";
    static final String PARTITION_VALUE = ":event_partition";
    static final String OFFSET_VALUE = ":event_offset";

    /**
     * True when this event comes after the one the item was last built from.
     * Offsets only order events within one partition; all of a user's events
     * share a partition as long as the topic keeps its partition count, so a
     * different partition can only mean the topic was re-partitioned, and the
     * newer placement wins.
     */
    public static final String IS_NEWER_THAN_ITEM = "(attribute_not_exists(" + OFFSET_NAME + ") OR "
            + PARTITION_NAME + " <> " + PARTITION_VALUE + " OR " + OFFSET_NAME + " < " + OFFSET_VALUE + ")";

    public static Map<String, String> names() {
        return Map.of(PARTITION_NAME, Position.PARTITION, OFFSET_NAME, Position.OFFSET);
    }

    public Map<String, AttributeValue> values() {
        return Map.of(PARTITION_VALUE, AttributeValue.fromN(Integer.toString(partition)),
                OFFSET_VALUE, AttributeValue.fromN(Long.toString(offset)));
    }

    /** The item attributes that record this position. */
    public Map<String, AttributeValue> attributes() {
        return Map.of(Position.PARTITION, AttributeValue.fromN(Integer.toString(partition)),
                Position.OFFSET, AttributeValue.fromN(Long.toString(offset)));
    }

    /**
     * A condition: the item still carries the position it had when it was read, so nobody wrote it
     * since (an optimistic check for writes computed from a read).
     */
    public static String isItemAt(ItemUpdate update, Map<String, AttributeValue> read) {
        AttributeValue partition = read.get(Position.PARTITION);
        AttributeValue offset = read.get(Position.OFFSET);
        if (partition == null || offset == null) {
            return "attribute_not_exists(" + update.name(Position.OFFSET) + ")";
        }
        return "(" + update.name(Position.PARTITION) + " = " + update.value("read_partition", partition) + " AND "
                + update.name(Position.OFFSET) + " = " + update.value("read_offset", offset) + ")";
    }

    /** The SET clause that records this position, for update expressions. */
    public static String setClause() {
        return PARTITION_NAME + " = " + PARTITION_VALUE + ", " + OFFSET_NAME + " = " + OFFSET_VALUE;
    }

    /** Whether an item read back was already built from this event or a later one of the same partition. */
    public boolean isNotAfter(Map<String, AttributeValue> item) {
        AttributeValue storedPartition = item.get(Position.PARTITION);
        AttributeValue storedOffset = item.get(Position.OFFSET);
        if (storedPartition == null || storedOffset == null) {
            return false;
        }
        return Integer.parseInt(storedPartition.n()) == partition && Long.parseLong(storedOffset.n()) >= offset;
    }

    @Override
    public String toString() {
        return partition + "@" + offset;
    }
}
