package com.careervault.api.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** cognito-local never checks SECRET_HASH, so its computation is pinned to a vector computed independently (Python hmac). */
class SecretHashTest {

    @Test
    void matchesCognitosDefinition() {
        assertThat(SecretHash.of("jdoe", "3n4b5urk1ft4fl3mg5e62d9ado", "7mlkh1mhp6psg8b3p0u2t0lbr8mtlhp6ipp5sidtb9qg7p9ekq5"))
                .isEqualTo("ita9nXsQU8B1McQYQu7jRhnga8N00j3PutDB8U6tSmY=");
    }
}
