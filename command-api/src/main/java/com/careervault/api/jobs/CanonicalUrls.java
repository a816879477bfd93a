package com.careervault.api.jobs;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The canonical form of a posting's URL, under which two links to the same posting compare equal (duplicate
 * warnings, {@link JobDuplicates}): scheme and host in lower case, a leading {@code www.} and the scheme's
 * default port dropped, the fragment dropped, a trailing {@code /} of the path dropped, and the tracking
 * parameters of the query removed ({@link #TRACKING_PARAMETERS}, any {@code utm_*}, names compared ignoring
 * case), the others sorted. The path's letter case and the other parameters' values count. {@code http} and
 * {@code https} are kept apart: a site serves the same posting at both rarely enough that this is not guessed.
 */
final class CanonicalUrls {

    /**
     * Parameters that say where a click came from, not which posting: ad and mail click ids, LinkedIn's,
     * Greenhouse's and Lever's source tags, and the {@code ref}/{@code referrer} family.
     */
    static final Set<String> TRACKING_PARAMETERS = Set.of(
            "gclid", "gbraid", "wbraid", "dclid", "fbclid", "msclkid", "yclid", "twclid", "ttclid", "igshid",
            "mc_cid", "mc_eid", "_hsenc", "_hsmi", "mkt_tok", "trk", "trkinfo", "trackingid", "refid", "ref",
            "ref_src", "ref_url", "referrer", "referer", "src", "gh_src", "lever-source", "lever-origin",
            "source_id", "campaign_id");

    private CanonicalUrls() {
    }

    /** The canonical form of an absolute http(s) URL; null for anything else. */
    static String of(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return null;
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? null : uri.getHost().toLowerCase(Locale.ROOT);
        if (host == null && uri.getRawAuthority() != null) {
            // hosts java.net.URI will not take apart (an underscore in a name): the authority as written
            host = uri.getRawAuthority().replaceFirst("^[^@]*@", "").replaceFirst(":\\d+$", "")
                    .toLowerCase(Locale.ROOT);
        }
        if (!("http".equals(scheme) || "https".equals(scheme)) || host == null || host.isEmpty()) {
            return null;
        }
        if (host.startsWith("www.")) {
            host = host.substring(4);
        }
        int port = uri.getPort();
        boolean defaultPort = port == -1 || ("http".equals(scheme) && port == 80)
                || ("https".equals(scheme) && port == 443);
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        List<String> kept = new ArrayList<>();
        if (uri.getRawQuery() != null) {
            for (String parameter : uri.getRawQuery().split("&")) {
                String name = parameter.split("=", 2)[0].toLowerCase(Locale.ROOT);
                if (!parameter.isEmpty() && !name.startsWith("utm_") && !TRACKING_PARAMETERS.contains(name)) {
                    kept.add(parameter);
                }
            }
        }
        kept.sort(null);
        return scheme + "://" + host + (defaultPort ? "" : ":" + port) + path
                + (kept.isEmpty() ? "" : "?" + String.join("&", kept));
    }
}
