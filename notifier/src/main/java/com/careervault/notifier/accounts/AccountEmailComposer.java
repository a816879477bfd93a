package com.careervault.notifier.accounts;

import com.careervault.contracts.events.UserPasswordChanged;
import com.careervault.notifier.mail.Email;
import com.careervault.notifier.mail.LinkUrls;
import com.careervault.notifier.mail.LinkUrls.SignedUrl;
import com.careervault.notifier.mail.MailTemplates;
import com.careervault.notifier.mail.SmtpMailer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Renders account emails from the templates under {@code /mail} ({@code <kind>.subject.txt}, {@code .txt},
 * {@code .html}, values HTML-escaped in the HTML part). Links are signed with {@link LinkUrls}; times are
 * shown in UTC (the user's time zone is a reminder preference, which a new account may not have yet).
 * Account emails carry no {@code List-Unsubscribe}: they are not bulk mail.
 */
public final class AccountEmailComposer {

    private static final DateTimeFormatter EXPIRY =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private final Map<AccountEmail, MailTemplates> templates = new EnumMap<>(AccountEmail.class);
    private final LinkUrls links;

    public AccountEmailComposer(LinkUrls links) {
        this.links = links;
        for (AccountEmail kind : AccountEmail.values()) {
            templates.put(kind, MailTemplates.load(kind.slug()));
        }
    }

    /** When the request's link stops working; {@code null} for emails without a link. */
    public Instant linkExpiry(AccountEmailRequest request) {
        SignedUrl link = link(request);
        return link == null ? null : link.expiresAt();
    }

    public Email compose(AccountEmailRequest request) {
        Map<String, String> values = new HashMap<>();
        values.put("name", request.givenName() == null || request.givenName().isBlank() ? "there"
                : request.givenName());
        values.put("email", request.to());
        SignedUrl link = link(request);
        if (link != null) {
            values.put("link", link.url());
            values.put("expires", EXPIRY.format(link.expiresAt()));
        }
        if (request.kind() == AccountEmail.PASSWORD_CHANGED) {
            values.put("how", UserPasswordChanged.RESET.equals(request.detail())
                    ? "through a password reset link sent to this address" : "with the current password");
        }
        // no List-Unsubscribe: not bulk mail
        return templates.get(request.kind()).render(request.to(), values, SmtpMailer.ACCOUNT_EMAIL_ID_HEADER,
                MailTemplates.stableId(request.kind().slug() + "|" + request.eventId()), null);
    }

    private SignedUrl link(AccountEmailRequest request) {
        return switch (request.kind()) {
            case VERIFY_EMAIL -> links.verifyEmail(request.userId(), request.to(), request.eventId(),
                    request.requestedAt());
            case RESET_PASSWORD -> links.resetPassword(request.userId(), request.to(), request.detail(),
                    request.requestedAt());
            case SET_PASSWORD -> links.setPassword(request.userId(), request.to(), request.detail(),
                    request.requestedAt());
            case PASSWORD_CHANGED, SIGN_UP_ATTEMPTED -> null;
        };
    }
}
