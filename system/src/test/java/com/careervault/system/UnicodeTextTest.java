package com.careervault.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.careervault.devstack.DevStackExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * Text survives the whole path (API, log, projector, read model, answers) in
 * NFC: emoji, right-to-left scripts and combining marks come back as stored,
 * and limits count characters, not UTF-16 units.
 */
@ExtendWith(DevStackExtension.class)
class UnicodeTextTest {

    private static final String ROCKETS = "\uD83D\uDE80".repeat(30);
    /** "Café" with a combining acute accent (not NFC), then Hebrew. */
    private static final String DECOMPOSED = "Cafe\u0301 \u05d7\u05d1\u05e8\u05d4";
    private static final String NFC = "Caf\u00e9 \u05d7\u05d1\u05e8\u05d4";
    private static final String ARABIC_NOTES = "\u0645\u0642\u0627\u0628\u0644\u0629 \u064a\u0648\u0645 \u0627\u0644\u0623\u062d\u062f \uD83D\uDC4D";

    @Test
    void emojiRightToLeftAndCombiningMarksComeBackInNfc() {
        Api api = Api.newUser();
        String jobId = api.json(api.post("/api/jobs", """
                {"company": "%s", "position": "Ing\u00e9nieur", "tags": ["%s"], "notes": "%s"}"""
                .formatted(DECOMPOSED, ROCKETS, ARABIC_NOTES)).expectStatus().isAccepted()).get("job_id").asString();

        JsonNode job = api.json(api.get("/api/jobs/" + jobId).expectStatus().isOk());
        assertThat(job.get("company").asString()).isEqualTo(NFC);
        assertThat(job.get("tags").get(0).asString()).isEqualTo(ROCKETS);
        assertThat(job.get("notes").asString()).isEqualTo(ARABIC_NOTES);

        api.patch("/api/jobs/" + jobId, "{\"location\": \"Zu\u0308rich\"}").expectStatus().isAccepted();
        assertThat(api.json(api.get("/api/jobs/" + jobId).expectStatus().isOk()).get("location").asString())
                .isEqualTo("Z\u00fcrich");
    }
}
