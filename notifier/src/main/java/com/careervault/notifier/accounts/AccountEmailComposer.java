package com.careervault.notifier.accounts;

import com.careervault.contracts.events.UserPasswordChanged;
import com.careervault.notifier.mail.Email;
import com.careervault.notifier.mail.LinkUrls;
import com.careervault.notifier.mail.LinkUrls.SignedUrl;
import com.careervault.notifier.mail.MailTemplate;
import com.careervault.notifier.mail.SmtpMailer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Renders account emails from the templates under {@code /mail} ({@code <kind>.subject.txt}, {@code .txt},
 * {@code .html}, values HTML-escaped in the HTML part). Links are signed with {@link LinkUrls}; times are
 * shown in UTC (the user's time zone is a reminder preference, which a new account may not have yet).
 * Account emails carry no {@code List-Unsubscribe}: they are not bulk mail.
 */
public final class AccountEmailComposer {

    private static final DateTimeFormatter EXPIRY =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private record Templates(MailTemplate subject, MailTemplate text, MailTemplate html) {
    }

    private final Map<AccountEmail, Templates> templates = new EnumMap<>(AccountEmail.class);
    private final LinkUrls links;

    public AccountEmailComposer(LinkUrls links) {
        this.links = links;
        for (AccountEmail kind : AccountEmail.values()) {
            String base = "/mail/" + kind.slug();
            templates.put(kind, new Templates(MailTemplate.load(base + ".subject.txt"),
                    MailTemplate.load(base + ".txt"), MailTemplate.load(base + ".html")));
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
        Templates kind = templates.get(request.kind());
        return new Email(request.to(),
                kind.subject().render(values, UnaryOperator.identity()).strip(),
                kind.text().render(values, UnaryOperator.identity()),
                kind.html().render(values, MailTemplate::escapeHtml),
                SmtpMailer.ACCOUNT_EMAIL_ID_HEADER,
                emailId(request),
                null);
    }

    private SignedUrl link(AccountEmailRequest request) {
        return switch (request.kind()) {
            case VERIFY_EMAIL -> links.verifyEmail(request.userId(), request.to(), request.eventId(),
                    request.requestedAt());
            case RESET_PASSWORD -> links.resetPassword(request.userId(), request.to(), request.detail(),
                    request.requestedAt());
            case PASSWORD_CHANGED, SIGN_UP_ATTEMPTED -> null;
        };
    }

    /** The same for every attempt at one event's email: a re-sent duplicate can be recognised. */
    private static String emailId(AccountEmailRequest request) {
        String identity = request.kind().slug() + "|" + request.eventId();
        return UUID.nameUUIDFromBytes(identity.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
