package com.careervault.api.jobs;

import com.careervault.api.problems.InvalidRequestException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The opaque paging cursor: DynamoDB's LastEvaluatedKey (all string
 * attributes) as base64url JSON. A cursor naming another user is refused.
 */
final class JobCursor {

    private final JsonMapper json;

    JobCursor(JsonMapper json) {
        this.json = json;
    }

    String encode(Map<String, AttributeValue> lastKey) {
        ObjectNode node = json.createObjectNode();
        lastKey.forEach((name, value) -> node.put(name, value.s()));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.writeValueAsBytes(node));
    }

    Map<String, AttributeValue> decode(String cursor, String userId) {
        try {
            JsonNode node = json.readTree(Base64.getUrlDecoder().decode(cursor));
            Map<String, AttributeValue> key = new LinkedHashMap<>();
            if (node == null || !node.isObject() || node.size() > 4) {
                throw invalid();
            }
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                if (!field.getValue().isString()) {
                    throw invalid();
                }
                key.put(field.getKey(), AttributeValue.fromS(field.getValue().asString()));
            }
            AttributeValue owner = key.get("user_id");
            if (owner == null || !userId.equals(owner.s()) || !key.containsKey("job_id")) {
                throw invalid();
            }
            return key;
        } catch (IllegalArgumentException | JacksonException e) {
            throw invalid();
        }
    }

    private static InvalidRequestException invalid() {
        return new InvalidRequestException("cursor", "is not a cursor this API returned to you");
    }
}
