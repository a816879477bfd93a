package com.careervault.notifier.mail;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * The three templates of one kind of email under {@code /mail}: {@code <slug>.subject.txt}, {@code <slug>.txt}
 * and {@code <slug>.html}. Values are HTML-escaped in the HTML part only.
 */
public record MailTemplates(MailTemplate subject, MailTemplate text, MailTemplate html) {

    /** @throws IllegalStateException when one of the three is missing */
    public static MailTemplates load(String slug) {
        String base = "/mail/" + slug;
        return new MailTemplates(MailTemplate.load(base + ".subject.txt"), MailTemplate.load(base + ".txt"),
                MailTemplate.load(base + ".html"));
    }

    /** The rendered email; see {@link Email} for the header arguments. */
    public Email render(String to, Map<String, String> values, String idHeader, String id, String unsubscribeUrl) {
        return new Email(to,
                subject.render(values, UnaryOperator.identity()).strip(),
                text.render(values, UnaryOperator.identity()),
                html.render(values, MailTemplate::escapeHtml),
                idHeader, id, unsubscribeUrl);
    }

    /** A stable id (a name-based UUID) for everything that identifies one email: the same on every attempt. */
    public static String stableId(String identity) {
        return UUID.nameUUIDFromBytes(identity.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
