package com.careervault.contracts.logging;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The seed's debug switches, {@code DEBUG=true} and {@code LOG_LEVEL=debug},
 * turned into the level of our own loggers ({@value #APPLICATION_LOGGERS}).
 * Every service applies it at start-up (an EnvironmentPostProcessor of its
 * own), below any explicit {@code logging.level.com.careervault}.
 *
 * <p>{@code LOG_LEVEL} takes the seed's (Python) names as well as ours:
 * {@code trace, debug, info, warn/warning, error/critical, off}, in any case.
 * {@code DEBUG} is true for {@code true, 1, yes, on}. When both are given the
 * more detailed level wins, so {@code DEBUG=true LOG_LEVEL=info} still logs at debug.
 */
public final class SeedLogLevel {

    /** The logger prefix of everything CareerVault writes itself. */
    public static final String APPLICATION_LOGGERS = "com.careervault";

    private static final Map<String, String> LEVELS = Map.of(
            "trace", "TRACE", "debug", "DEBUG", "info", "INFO", "warn", "WARN", "warning", "WARN",
            "error", "ERROR", "critical", "ERROR", "off", "OFF");
    private static final List<String> DETAIL = List.of("TRACE", "DEBUG", "INFO", "WARN",
            "ERROR", "OFF");

    private SeedLogLevel() {
    }

    /**
     * The level for {@value #APPLICATION_LOGGERS} (a Logback/Spring Boot level
     * name such as {@code DEBUG}), or empty when neither variable asks for one.
     *
     * @param debug the value of {@code DEBUG}, or null
     * @param logLevel the value of {@code LOG_LEVEL}, or null
     * @throws IllegalArgumentException if {@code LOG_LEVEL} is set to a name that is no level
     */
    public static Optional<String> of(String debug, String logLevel) {
        String fromLogLevel = null;
        if (logLevel != null && !logLevel.isBlank()) {
            fromLogLevel = LEVELS.get(logLevel.trim().toLowerCase(Locale.ROOT));
            if (fromLogLevel == null) {
                throw new IllegalArgumentException("LOG_LEVEL='" + logLevel
                        + "' is not one of trace, debug, info, warn(ing), error, critical, off");
            }
        }
        boolean debugOn = debug != null
                && Set.of("true", "1", "yes", "on").contains(debug.trim().toLowerCase(Locale.ROOT));
        if (debugOn && (fromLogLevel == null || DETAIL.indexOf(fromLogLevel) > DETAIL.indexOf("DEBUG"))) {
            return Optional.of("DEBUG");
        }
        return Optional.ofNullable(fromLogLevel);
    }
}
