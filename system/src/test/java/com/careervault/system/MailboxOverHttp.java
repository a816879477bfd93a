package com.careervault.system;

import com.careervault.devstack.DevStack;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The devstack's mailbox (GreenMail, in this JVM) read over loopback HTTP, so that the browser specs
 * (a Node process) can follow the links in the emails a person would get. {@code GET /messages?to=ADDRESS}
 * answers a JSON array of {@code {subject, text, headers: {name: value}}}, oldest first; the text is the
 * plain-text part. Test harness only: it exists for the lifetime of {@link WebAppBrowserTest}.
 */
final class MailboxOverHttp implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;

    MailboxOverHttp() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/messages", this::messages);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void messages(HttpExchange exchange) throws IOException {
        String query = exchange.getRequestURI().getRawQuery();
        String to = query == null || !query.startsWith("to=") ? ""
                : URLDecoder.decode(query.substring(3), StandardCharsets.UTF_8);
        List<Map<String, Object>> found = new ArrayList<>();
        try {
            for (MimeMessage message : DevStack.shared().mailbox().received()) {
                if (Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                        .anyMatch(address -> address.toString().equalsIgnoreCase(to))) {
                    Map<String, Object> headers = new LinkedHashMap<>();
                    for (String name : List.of("List-Unsubscribe", "List-Unsubscribe-Post")) {
                        String value = message.getHeader(name, ", ");
                        if (value != null) {
                            headers.put(name, value);
                        }
                    }
                    found.add(Map.of("subject", message.getSubject(), "text", plainText(message), "headers", headers));
                }
            }
        } catch (MessagingException e) {
            throw new IOException(e);
        }
        byte[] body = JSON.writeValueAsBytes(found);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static String plainText(MimeMessage message) throws MessagingException, IOException {
        Object content = message.getContent();
        if (content instanceof MimeMultipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                if (multipart.getBodyPart(i).isMimeType("text/plain")) {
                    return multipart.getBodyPart(i).getContent().toString();
                }
            }
        }
        return content.toString();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
