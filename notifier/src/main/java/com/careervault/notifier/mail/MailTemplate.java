package com.careervault.notifier.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text file from the classpath with {@code {{name}}} placeholders. Every value passes through
 * an escaper (HTML escaping for the HTML part) so user-entered company names cannot inject markup.
 * An unknown placeholder fails loudly: a typo in a template must not reach a user's inbox.
 *
 * <p>{@code {{{name}}}} inserts its value as it is, unescaped: for a section the composer built from escaped
 * parts itself (the list of applications marked Ghosted). Never give it a value a user typed.
 */
public final class MailTemplate {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\{([a-z_]+)}}}|\\{\\{([a-z_]+)}}");

    private final String name;
    private final String text;

    private MailTemplate(String name, String text) {
        this.name = name;
        this.text = text;
    }

    public static MailTemplate load(String resource) {
        try (InputStream in = MailTemplate.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("mail template " + resource + " is missing");
            }
            return new MailTemplate(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String render(Map<String, String> values, UnaryOperator<String> escaper) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            boolean raw = matcher.group(1) != null;
            String placeholder = raw ? matcher.group(1) : matcher.group(2);
            String value = values.get(placeholder);
            if (value == null) {
                throw new IllegalStateException("template " + name + " uses {{" + placeholder + "}}, not given");
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(raw ? value : escaper.apply(value)));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    public static String escapeHtml(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
