package com.careervault.contracts.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.careervault.contracts.links.EmailLinks.Link;
import com.careervault.contracts.links.EmailLinks.Purpose;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EmailLinksTest {

    private static final String SECRET = "a-test-link-secret-of-32-bytes-or-more";
    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

    private final EmailLinks links = new EmailLinks(SECRET);
    private final Link verify = new Link(Purpose.VERIFY_EMAIL, "user-1", "jdoe@example.com", "n-1",
            NOW.plusSeconds(3600));

    @Test
    void aSignedLinkVerifiesToWhatWasSigned() {
        assertThat(links.verify(Purpose.VERIFY_EMAIL, links.sign(verify), NOW)).contains(verify);
    }

    @Test
    void anExpiredLinkIsRefused() {
        String token = links.sign(verify);
        assertThat(links.verify(Purpose.VERIFY_EMAIL, token, NOW.plusSeconds(3599))).isPresent();
        assertThat(links.verify(Purpose.VERIFY_EMAIL, token, NOW.plusSeconds(3600))).isEmpty();
    }

    @Test
    void aLinkForOnePurposeIsRefusedForAnother() {
        String token = links.sign(verify);
        assertThat(links.verify(Purpose.UNSUBSCRIBE, token, NOW)).isEmpty();
        assertThat(links.verify(Purpose.RESET_PASSWORD, token, NOW)).isEmpty();
    }

    @Test
    void aTamperedOrForeignLinkIsRefused() {
        String token = links.sign(verify);
        String[] parts = token.split("\\.");
        String otherUser = links.sign(new Link(Purpose.VERIFY_EMAIL, "user-2", "jdoe@example.com", "n-1",
                NOW.plusSeconds(3600))).split("\\.")[1];
        assertThat(links.verify(Purpose.VERIFY_EMAIL, parts[0] + "." + otherUser + "." + parts[2], NOW)).isEmpty();
        assertThat(new EmailLinks("another-secret-of-thirty-two-bytes!!").verify(Purpose.VERIFY_EMAIL, token, NOW))
                .isEmpty();
        assertThat(links.verify(Purpose.VERIFY_EMAIL, "not-a-token", NOW)).isEmpty();
        assertThat(links.verify(Purpose.VERIFY_EMAIL, null, NOW)).isEmpty();
        // "alg": "none" with the same claims
        String unsigned = "eyJhbGciOiJub25lIn0." + parts[1] + ".";
        assertThat(links.verify(Purpose.VERIFY_EMAIL, unsigned, NOW)).isEmpty();
    }

    @Test
    void aShortSecretIsRefused() {
        assertThatThrownBy(() -> new EmailLinks("only-sixteen-chr")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("32");
    }
}
