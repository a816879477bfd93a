package com.careervault.api.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** With a client secret, a refresh's SECRET_HASH is over the canonical username, whatever case was sent. */
class CognitoIdentitySecretHashTest {

    private final CognitoProperties properties = new CognitoProperties(null, "us-east-1_Pool", "client-1",
            "client-secret", null, null, null, null, false, null);
    private final CognitoIdentity identity = new CognitoIdentity(null, properties, JsonMapper.builder().build(),
            Clock.systemUTC());

    @Test
    void refreshSecretHashUsesTheCanonicalUsername() {
        Map<String, String> parameters = identity.refreshParameters("refresh-token", " JDoe ");

        assertThat(parameters).containsEntry("REFRESH_TOKEN", "refresh-token")
                .containsEntry("SECRET_HASH", SecretHash.of("jdoe", "client-1", "client-secret"));
        assertThat(identity.refreshParameters("refresh-token", null)).containsOnlyKeys("REFRESH_TOKEN");
    }
}
