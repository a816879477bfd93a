package com.careervault.api.support;

import com.careervault.contracts.links.EmailLinks;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** Link tokens signed as the notifier signs them, with the devstack's link secret (command-api-devstack.yml). */
public final class EmailLinkTokens {

    public static final String DEVSTACK_SECRET = "devstack-email-link-secret-not-for-production";
    public static final EmailLinks DEVSTACK = new EmailLinks(DEVSTACK_SECRET);

    private EmailLinkTokens() {
    }

    public static String sign(EmailLinks.Purpose purpose, String userId, String email, String id, Duration validFor) {
        return DEVSTACK.sign(new EmailLinks.Link(purpose, userId, email, id,
                Instant.now().plus(validFor).truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
    }

    public static String sign(EmailLinks.Purpose purpose, String userId, String email) {
        return sign(purpose, userId, email, UUID.randomUUID().toString(), Duration.ofHours(1));
    }

    /** Signed with another secret: a forgery. */
    public static String forged(EmailLinks.Purpose purpose, String userId, String email) {
        return new EmailLinks("not-the-devstack-secret-but-long-enough-too").sign(new EmailLinks.Link(purpose, userId,
                email, UUID.randomUUID().toString(), Instant.now().plus(Duration.ofHours(1))));
    }
}
