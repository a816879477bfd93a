package com.careervault.api.jobs;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Idempotent creates without a table of keys: the job id and event id are
 * derived from (user, key), so a retry names the same job and event. This
 * instance also remembers recent keys with their request, to answer a quick
 * retry before the read model has the job, and to refuse a key reused for a
 * different request.
 */
final class IdempotencyKeys {

    static final int MAX_KEY_LENGTH = 200;
    private static final int REMEMBERED = 10_000;

    private final Map<String, Remembered> recent = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Remembered> eldest) {
            return size() > REMEMBERED;
        }
    };

    static String jobId(String userId, String key) {
        return name(userId + "\u0000job\u0000" + key);
    }

    static String createdEventId(String userId, String key) {
        return name(userId + "\u0000created\u0000" + key);
    }

    synchronized Optional<Remembered> recall(String userId, String key) {
        return Optional.ofNullable(recent.get(userId + "\u0000" + key));
    }

    synchronized void remember(String userId, String key, JobFields request, JobAccepted answer) {
        recent.put(userId + "\u0000" + key, new Remembered(request, answer));
    }

    private static String name(String value) {
        return UUID.nameUUIDFromBytes(value.getBytes(StandardCharsets.UTF_8)).toString();
    }

    record Remembered(JobFields request, JobAccepted answer) {
    }
}
