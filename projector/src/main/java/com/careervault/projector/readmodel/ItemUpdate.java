package com.careervault.projector.readmodel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Collects the SET and REMOVE parts of one UpdateItem with placeholders for
 * every attribute name, since several of ours (status, position, location,
 * url) are DynamoDB reserved words.
 */
public final class ItemUpdate {

    private final List<String> sets = new ArrayList<>();
    private final List<String> removes = new ArrayList<>();
    private final Map<String, String> names = new HashMap<>(LogPosition.names());
    private final Map<String, AttributeValue> values = new HashMap<>();

    /** {@code attribute = value}. */
    public ItemUpdate set(String attribute, AttributeValue value) {
        sets.add(name(attribute) + " = " + value(attribute, value));
        return this;
    }

    /** {@code attribute = value} when there is a value; nothing otherwise. */
    public ItemUpdate setIfPresent(String attribute, AttributeValue value) {
        return value == null ? this : set(attribute, value);
    }

    /** {@code attribute = if_not_exists(attribute, value)}: a default that never overwrites. */
    public ItemUpdate setIfAbsent(String attribute, AttributeValue value) {
        sets.add(name(attribute) + " = if_not_exists(" + name(attribute) + ", " + value(attribute, value) + ")");
        return this;
    }

    /** {@code attribute = attribute + 1}: a counter (the item must have it: a missing one fails the update). */
    public ItemUpdate increment(String attribute) {
        sets.add(name(attribute) + " = " + name(attribute) + " + " + value(attribute + "_step", AttributeValue.fromN("1")));
        return this;
    }

    /** {@code attribute = value} for a text value; REMOVE {@code attribute} when it is null (the field was cleared). */
    public ItemUpdate setOrRemove(String attribute, String value) {
        return value == null ? remove(attribute) : set(attribute, AttributeValue.fromS(value));
    }

    public ItemUpdate remove(String attribute) {
        removes.add(name(attribute));
        return this;
    }

    /** A placeholder for an attribute name, for use in the condition too. */
    public String name(String attribute) {
        String placeholder = "#" + attribute;
        names.put(placeholder, attribute);
        return placeholder;
    }

    /** A placeholder for a value, for use in the condition too. */
    public String value(String key, AttributeValue value) {
        String placeholder = ":" + key;
        values.put(placeholder, value);
        return placeholder;
    }

    /**
     * The request: the updates plus the new log position, applied only when
     * {@code condition} holds (which should include {@link LogPosition#IS_NEWER_THAN_ITEM}).
     */
    public UpdateItemRequest toRequest(String table, Map<String, AttributeValue> key, LogPosition position,
            String condition) {
        values.putAll(position.values());
        StringBuilder expression = new StringBuilder("SET ").append(String.join(", ", sets));
        if (!sets.isEmpty()) {
            expression.append(", ");
        }
        expression.append(LogPosition.setClause());
        if (!removes.isEmpty()) {
            expression.append(" REMOVE ").append(String.join(", ", removes));
        }
        return UpdateItemRequest.builder()
                .tableName(table)
                .key(key)
                .updateExpression(expression.toString())
                .conditionExpression(condition)
                .expressionAttributeNames(names)
                .expressionAttributeValues(values)
                .build();
    }
}
