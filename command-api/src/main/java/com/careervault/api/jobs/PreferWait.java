package com.careervault.api.jobs;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** RFC 7240 {@code Prefer: wait=N}: how long the client will wait for its command to be readable (at most 5 s). */
public final class PreferWait {

    static final Duration MAX = Duration.ofSeconds(5);
    private static final Pattern WAIT = Pattern.compile("(?:^|[,;\\s])wait\\s*=\\s*\"?(\\d{1,6})\"?");

    private PreferWait() {
    }

    public static Optional<Duration> parse(String prefer) {
        if (prefer == null) {
            return Optional.empty();
        }
        Matcher matcher = WAIT.matcher(prefer.trim());
        if (!matcher.find()) {
            return Optional.empty();
        }
        Duration wait = Duration.ofSeconds(Long.parseLong(matcher.group(1)));
        return Optional.of(wait.compareTo(MAX) > 0 ? MAX : wait);
    }
}
