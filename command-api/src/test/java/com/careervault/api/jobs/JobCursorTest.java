package com.careervault.api.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.careervault.api.problems.FieldProblem;
import com.careervault.api.problems.InvalidRequestException;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class JobCursorTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> KEY = Set.of("user_id", "job_id", "created_at");
    private static final Map<String, AttributeValue> LAST = Map.of(
            "user_id", AttributeValue.fromS("alice"), "job_id", AttributeValue.fromS("j1"),
            "created_at", AttributeValue.fromS("2026-11-24T17:00:00.000000Z"));

    private final JobCursor cursors = new JobCursor("a-secret-of-16-characters", JSON);

    @Test
    void aCursorContinuesItsOwnListingForItsOwnCaller() {
        String cursor = cursors.encode("alice", "jobs", LAST);
        assertThat(cursors.decode(cursor, "alice", "jobs", KEY)).isEqualTo(LAST);
        // the user id is not in the cursor: it comes from the caller
        assertThat(new String(Base64.getUrlDecoder().decode(cursor))).doesNotContain("alice");
    }

    @Test
    void anythingElseIsA400OnCursor() {
        String cursor = cursors.encode("alice", "jobs", LAST);
        assertRefused(() -> cursors.decode(cursor, "bob", "jobs", KEY), "is not a cursor this API returned to you"
                + " for this listing");
        assertRefused(() -> cursors.decode(cursor, "alice", "jobs?status=Applied", KEY),
                "belongs to another listing (different status, company or tag); start again without a cursor");
        assertRefused(() -> cursors.decode(cursor, "alice", "jobs", Set.of("user_id", "job_id", "status_created_at")),
                "is not a cursor this API returned to you for this listing");
        assertRefused(() -> new JobCursor("another-secret-16-chars", JSON).decode(cursor, "alice", "jobs", KEY),
                "is not a cursor this API returned to you for this listing");
        for (String field : new String[] {"job_id", "created_at"}) {
            ObjectNode node = (ObjectNode) JSON.readTree(Base64.getUrlDecoder().decode(cursor));
            ((ObjectNode) node.get("k")).remove(field);
            assertRefused(() -> cursors.decode(encode(node), "alice", "jobs", KEY),
                    "is not a cursor this API returned to you for this listing");
        }
        ObjectNode unsigned = (ObjectNode) JSON.readTree(Base64.getUrlDecoder().decode(cursor));
        unsigned.remove("s");
        assertRefused(() -> cursors.decode(encode(unsigned), "alice", "jobs", KEY),
                "is not a cursor this API returned to you for this listing");
        ObjectNode retargeted = (ObjectNode) JSON.readTree(Base64.getUrlDecoder().decode(cursor));
        retargeted.put("q", "jobs?status=Offer");
        assertRefused(() -> cursors.decode(encode(retargeted), "alice", "jobs?status=Offer", KEY),
                "is not a cursor this API returned to you for this listing");
        for (String garbage : new String[] {"not a cursor", "bm90LWpzb24", "W10", "e30", "A".repeat(3000)}) {
            assertRefused(() -> cursors.decode(garbage, "alice", "jobs", KEY),
                    "is not a cursor this API returned to you for this listing");
        }
    }

    @Test
    void aShortSecretIsRefusedAtStartUp() {
        assertThatThrownBy(() -> new JobCursor("short", JSON)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CURSOR_SECRET");
    }

    private static String encode(ObjectNode node) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(node));
    }

    private static void assertRefused(Runnable decode, String message) {
        assertThatThrownBy(decode::run).isInstanceOfSatisfying(InvalidRequestException.class,
                e -> assertThat(e.problems()).containsExactly(new FieldProblem("cursor", message)));
    }
}
