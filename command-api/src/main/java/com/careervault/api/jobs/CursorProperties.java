package com.careervault.api.jobs;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The key that signs listing cursors (HMAC-SHA256). Every instance of the API
 * must have the same one, or a cursor from one instance is refused by the next;
 * changing it invalidates the cursors clients hold (they answer 400 and the
 * client starts the listing again).
 *
 * @param secret at least 16 characters ({@code CURSOR_SECRET}); the API refuses to start without it
 */
@ConfigurationProperties("careervault.cursors")
public record CursorProperties(String secret) {
}
