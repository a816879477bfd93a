package com.careervault.contracts.links;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * The check of {@code PUBLIC_API_URL}, the origin the web app and the API share, wherever a service builds
 * links on it that carry a secret: the notifier's emailed links (tokens, the RFC 8058 one-click URL) and the
 * command API's calendar subscription URL ({@code <origin>/calendar/<secret>.ics}).
 */
public final class PublicUrls {

    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "::1", "[::1]");

    private PublicUrls() {
    }

    /**
     * The origin without a trailing slash, e.g. {@code https://careervault.example.com}.
     *
     * @param publicUrl the configured value
     * @param setting how an operator names it in messages, e.g. {@code PUBLIC_API_URL
     *        (careervault.notifier.public-api-url)}
     * @param why why plain http is refused, the end of the message ("emailed links carry tokens")
     * @throws IllegalArgumentException when it is not an absolute {@code https} URL and not {@code http} on a
     *         loopback host: a secret sent in clear over the internet could be read and replayed on the way
     */
    public static String origin(String publicUrl, String setting, String why) {
        String trimmed = publicUrl == null ? "" : publicUrl.strip();
        URI uri;
        try {
            uri = URI.create(trimmed);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(setting + " is not a URL: " + publicUrl, e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (host.isEmpty() || !(scheme.equals("https") || scheme.equals("http") && LOOPBACK.contains(host))) {
            throw new IllegalArgumentException(setting + " must be an https:// URL (plain http:// only on a "
                    + "loopback host: localhost, 127.0.0.1, ::1), because " + why + "; got: " + publicUrl);
        }
        return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }
}
