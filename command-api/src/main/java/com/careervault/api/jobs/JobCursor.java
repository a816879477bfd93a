package com.careervault.api.jobs;

import com.careervault.api.problems.InvalidRequestException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The opaque paging cursor of job listings: base64url of the JSON object
 * {@code {"q": query, "k": {attribute: value}, "s": signature}}, where {@code k}
 * is DynamoDB's LastEvaluatedKey without the user id (all string attributes),
 * {@code q} names the listing it continues ("jobs", "jobs?status=Applied",
 * "jobs?company=acme", ...) and {@code s} is HMAC-SHA256 (RFC 2104) under
 * {@link CursorProperties#secret()} of the caller's user id, {@code q} and
 * {@code k}. A cursor is accepted only by the caller it was issued to, for the
 * listing it was issued for, with exactly the key attributes of that listing's
 * index, unchanged; anything else is a 400 on the field {@code cursor}, never
 * a DynamoDB request.
 */
final class JobCursor {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    /** Far above any cursor we issue; refused before decoding anything. */
    private static final int MAX_LENGTH = 2048;

    private final byte[] secret;
    private final JsonMapper json;

    JobCursor(String secret, JsonMapper json) {
        if (secret == null || secret.length() < 16) {
            throw new IllegalArgumentException(
                    "careervault.cursors.secret (CURSOR_SECRET) must have at least 16 characters");
        }
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.json = json;
    }

    /** The cursor continuing {@code query} after {@code lastKey} for {@code userId}. */
    String encode(String userId, String query, Map<String, AttributeValue> lastKey) {
        Map<String, String> key = new TreeMap<>();
        lastKey.forEach((name, value) -> {
            if (!"user_id".equals(name)) {
                key.put(name, value.s());
            }
        });
        ObjectNode node = json.createObjectNode();
        node.put("q", query);
        ObjectNode k = node.putObject("k");
        key.forEach(k::put);
        node.put("s", ENCODER.encodeToString(sign(userId, query, key)));
        return ENCODER.encodeToString(json.writeValueAsBytes(node));
    }

    /**
     * The ExclusiveStartKey of the next page (the user id included).
     *
     * @param keyAttributes the attributes of the index's LastEvaluatedKey, {@code user_id} included
     * @throws InvalidRequestException on {@code cursor} when the cursor is not one this API issued to
     *         this caller for this query, unchanged
     */
    Map<String, AttributeValue> decode(String cursor, String userId, String query, Set<String> keyAttributes) {
        JsonNode node;
        try {
            if (cursor.length() > MAX_LENGTH) {
                throw invalid();
            }
            node = json.readTree(DECODER.decode(cursor));
        } catch (IllegalArgumentException | JacksonException e) {
            throw invalid();
        }
        if (node == null || !node.isObject() || node.size() != 3 || !node.path("q").isString()
                || !node.path("k").isObject() || !node.path("s").isString()) {
            throw invalid();
        }
        Map<String, String> key = new TreeMap<>();
        for (Map.Entry<String, JsonNode> field : node.get("k").properties()) {
            if (!field.getValue().isString()) {
                throw invalid();
            }
            key.put(field.getKey(), field.getValue().asString());
        }
        byte[] signature;
        try {
            signature = DECODER.decode(node.get("s").asString());
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        String issuedFor = node.get("q").asString();
        if (!MessageDigest.isEqual(signature, sign(userId, issuedFor, key))) {
            throw invalid();
        }
        if (!issuedFor.equals(query)) {
            throw new InvalidRequestException("cursor",
                    "belongs to another listing (different status, company or tag); start again without a cursor");
        }
        Set<String> expected = new java.util.HashSet<>(keyAttributes);
        expected.remove("user_id");
        if (!key.keySet().equals(expected)) {
            throw invalid();
        }
        Map<String, AttributeValue> start = new HashMap<>();
        key.forEach((name, value) -> start.put(name, AttributeValue.fromS(value)));
        start.put("user_id", AttributeValue.fromS(userId));
        return start;
    }

    /** Length-prefixed fields, so that no two different inputs sign the same bytes. */
    private byte[] sign(String userId, String query, Map<String, String> key) {
        StringBuilder signed = new StringBuilder("careervault-cursor-v1");
        field(signed, userId);
        field(signed, query);
        key.forEach((name, value) -> {
            field(signed, name);
            field(signed, value);
        });
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(signed.toString().getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static void field(StringBuilder signed, String value) {
        signed.append('\n').append(value.length()).append(':').append(value);
    }

    private static InvalidRequestException invalid() {
        return new InvalidRequestException("cursor", "is not a cursor this API returned to you for this listing");
    }
}
