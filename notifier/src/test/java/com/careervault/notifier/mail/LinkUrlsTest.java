package com.careervault.notifier.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.careervault.contracts.links.EmailLinks;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The public URL check: links (and List-Unsubscribe) must be https, plain http only on loopback. */
class LinkUrlsTest {

    private static final EmailLinks LINKS = new EmailLinks("test-email-link-secret-of-32-bytes-or-more");

    @ParameterizedTest
    @ValueSource(strings = {"https://careervault.example.com", "https://careervault.example.com/",
            "http://localhost:8000", "http://127.0.0.1:8000", "http://[::1]:8000", "HTTP://LOCALHOST"})
    void acceptsHttpsAndLoopbackHttp(String publicUrl) {
        String url = urls(publicUrl).unsubscribe("user-1", "jane@example.com", "nonce", java.time.Instant.EPOCH);
        assertThat(url).matches("(?i)https?://[^/]+/unsubscribe\\?token=[A-Za-z0-9_.-]+");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://careervault.example.com", "http://10.0.0.5:8000", "ftp://localhost",
            "careervault.example.com", ""})
    void refusesAnythingElseWithAClearMessage(String publicUrl) {
        assertThatThrownBy(() -> urls(publicUrl)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PUBLIC_API_URL").hasMessageContaining("https://");
    }

    private static LinkUrls urls(String publicUrl) {
        return new LinkUrls(LINKS, publicUrl, Duration.ofHours(72), Duration.ofHours(1), Duration.ofDays(60),
                Duration.ofDays(14));
    }
}
