package com.careervault.notifier.mail;

import com.careervault.contracts.links.EmailLinks;
import com.careervault.contracts.links.EmailLinks.Link;
import com.careervault.contracts.links.EmailLinks.Purpose;
import com.careervault.contracts.links.PublicUrls;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The URLs of the links CareerVault emails: {@code <publicUrl>/<purpose>?token=T}, where the path is the
 * web app's page of the {@link Purpose} ({@code /verify-email}, {@code /reset-password}, {@code /unsubscribe})
 * and {@code T} an {@link EmailLinks} token. A GET of these URLs only shows the page; the page's button (or a
 * mail provider's one-click POST) acts.
 */
public final class LinkUrls {

    private final EmailLinks links;
    private final String publicUrl;
    private final Duration verifyEmailLifetime;
    private final Duration resetPasswordLifetime;
    private final Duration unsubscribeLifetime;
    private final Duration setPasswordLifetime;

    /**
     * @param publicUrl the origin the web app and the API share, e.g. {@code https://careervault.example.com}
     * @throws IllegalArgumentException when {@code publicUrl} is not an absolute {@code https} URL and not
     *         {@code http} on a loopback host: RFC 8058 §3.1 asks for an HTTPS {@code List-Unsubscribe} URL,
     *         and a token sent in clear over the internet could be read and replayed on the way
     */
    public LinkUrls(EmailLinks links, String publicUrl, Duration verifyEmailLifetime,
            Duration resetPasswordLifetime, Duration unsubscribeLifetime, Duration setPasswordLifetime) {
        this.links = links;
        this.publicUrl = checked(publicUrl);
        this.verifyEmailLifetime = verifyEmailLifetime;
        this.resetPasswordLifetime = resetPasswordLifetime;
        this.unsubscribeLifetime = unsubscribeLifetime;
        this.setPasswordLifetime = setPasswordLifetime;
    }

    /** A signed link's URL and the instant (whole seconds) from which the API refuses it. */
    public record SignedUrl(String url, Instant expiresAt) {
    }

    /** The "verify this address" link for {@code email}, valid for the verification lifetime from {@code from}. */
    public SignedUrl verifyEmail(String userId, String email, String nonce, Instant from) {
        return url(new Link(Purpose.VERIFY_EMAIL, userId, email, nonce, expiry(from, verifyEmailLifetime)));
    }

    /** The reset link: its {@code jti} is the reset id, which the API accepts once. */
    public SignedUrl resetPassword(String userId, String email, String resetId, Instant from) {
        return url(new Link(Purpose.RESET_PASSWORD, userId, email, resetId, expiry(from, resetPasswordLifetime)));
    }

    /** A moved account's first-password link: a reset link (same page, same single use) that lives longer. */
    public SignedUrl setPassword(String userId, String email, String resetId, Instant from) {
        return url(new Link(Purpose.RESET_PASSWORD, userId, email, resetId, expiry(from, setPasswordLifetime)));
    }

    /** The one-click unsubscribe link, bound to the address it is mailed to. */
    public String unsubscribe(String userId, String email, String nonce, Instant from) {
        return url(new Link(Purpose.UNSUBSCRIBE, userId, email, nonce, expiry(from, unsubscribeLifetime))).url();
    }

    /** The web app's page of one job (a plain link: the page asks for a login). */
    public String job(String jobId) {
        return publicUrl + "/jobs/" + jobId;
    }

    private SignedUrl url(Link link) {
        return new SignedUrl(publicUrl + "/" + link.purpose().audience() + "?token=" + links.sign(link),
                link.expiresAt());
    }

    /** JWT {@code exp} has whole seconds. */
    private static Instant expiry(Instant from, Duration lifetime) {
        return from.plus(lifetime).truncatedTo(ChronoUnit.SECONDS);
    }

    private static String checked(String publicUrl) {
        return PublicUrls.origin(publicUrl, "PUBLIC_API_URL (careervault.notifier.public-api-url)",
                "emailed links carry tokens and List-Unsubscribe must be HTTPS (RFC 8058)");
    }
}
