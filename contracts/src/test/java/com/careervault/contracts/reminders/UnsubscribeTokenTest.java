package com.careervault.contracts.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UnsubscribeTokenTest {

    private final UnsubscribeToken tokens = new UnsubscribeToken("a-secret-of-sufficient-length");

    @Test
    void signedTokenNamesItsUser() {
        assertThat(tokens.verify(tokens.sign("user-1"))).contains("user-1");
    }

    @Test
    void tokenForOneUserCannotBeTurnedIntoAnother() {
        String token = tokens.sign("user-1");
        String otherUser = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("user-2".getBytes());

        assertThat(tokens.verify(otherUser + token.substring(token.indexOf('.')))).isEmpty();
    }

    @Test
    void tokenSignedWithAnotherSecretIsRejected() {
        String foreign = new UnsubscribeToken("another-secret-of-enough-length").sign("user-1");

        assertThat(tokens.verify(foreign)).isEmpty();
    }

    @Test
    void malformedTokensAreRejected() {
        assertThat(tokens.verify(null)).isEmpty();
        assertThat(tokens.verify("")).isEmpty();
        assertThat(tokens.verify("no-dot")).isEmpty();
        assertThat(tokens.verify("***.***")).isEmpty();
        assertThat(tokens.verify("dXNlcg.")).isEmpty();
    }

    @Test
    void shortSecretsAreRefused() {
        assertThatThrownBy(() -> new UnsubscribeToken("short")).isInstanceOf(IllegalArgumentException.class);
    }
}
