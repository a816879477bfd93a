package com.careervault.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The curl session the run command prints sends the seed's user and job, field for field. */
class WalkthroughTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void bodiesAreTheSeeds() {
        assertThat(read(Walkthrough.SEED_SIGNUP)).isEqualTo(Map.of(
                "username", "testuser", "email", "test@example.com", "password", "TestPass123!",
                "given_name", "Test", "family_name", "User"));
        assertThat(read(Walkthrough.SEED_LOGIN)).isEqualTo(Map.of(
                "username", "testuser", "password", "TestPass123!"));
        assertThat(read(Walkthrough.SEED_JOB)).isEqualTo(Map.of(
                "company", "Google", "position", "Software Engineer", "status", "Applied",
                "location", "Mountain View, CA", "salary_range", "$120k-$180k"));
    }

    private static Map<String, String> read(String body) {
        return JSON.readValue(body, new TypeReference<Map<String, String>>() { });
    }
}
