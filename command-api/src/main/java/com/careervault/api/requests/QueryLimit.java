package com.careervault.api.requests;

import com.careervault.api.problems.InvalidRequestException;

/**
 * The {@code limit} query parameter of list endpoints: how many items one answer holds at most.
 * Absent or blank means the endpoint's default; anything but a whole number from 1 to the endpoint's maximum is a
 * 400 naming {@code limit}, never a silent clamp, so a client learns its page size is not what it asked for.
 */
public final class QueryLimit {

    private QueryLimit() {
    }

    /**
     * @param limit the raw parameter, may be null
     * @param defaultLimit what absent or blank means
     * @param maxLimit the largest accepted value (inclusive)
     * @throws InvalidRequestException for anything but a whole number from 1 to {@code maxLimit}
     */
    public static int parse(String limit, int defaultLimit, int maxLimit) {
        if (limit == null || limit.isBlank()) {
            return defaultLimit;
        }
        try {
            int value = Integer.parseInt(limit.trim());
            if (value >= 1 && value <= maxLimit) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new InvalidRequestException("limit", "must be a whole number from 1 to " + maxLimit);
    }
}
