package com.careervault.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JobItemsTest {

    @Test
    void descriptionsArePostingsOfOneToThreeKilobytesDifferentPerJobAndRepeatable() {
        Set<String> seen = new HashSet<>();
        IntStream.range(0, 500).forEach(n -> {
            String text = JobItems.description(n);
            assertThat(text.length()).as("length of description %d", n).isBetween(1_000, 3_000);
            assertThat(text).doesNotContain("\"", "\\").contains("What you will do:", "Reference " + (1000 + n));
            assertThat(JobItems.description(n)).isEqualTo(text);
            seen.add(text);
        });
        assertThat(seen).hasSize(500);
    }

    @Test
    void theRequestWithADescriptionIsTheCreateRequestPlusItsJobDescription() {
        JsonMapper json = JsonMapper.builder().build();
        JsonNode plain = json.readTree(JobItems.createRequest(7));
        JsonNode described = json.readTree(JobItems.createRequestWithDescription(7));
        assertThat(described.get("job_description").asString()).isEqualTo(JobItems.description(7));
        assertThat(described.get("position").asString()).isEqualTo(plain.get("position").asString());
        assertThat(described.size()).isEqualTo(plain.size() + 1);
    }
}
