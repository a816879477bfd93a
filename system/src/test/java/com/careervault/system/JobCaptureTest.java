package com.careervault.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.careervault.devstack.DevStackExtension;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 19's capture, end to end through the projector: a posting page read into a draft, the job created from
 * it, and a second capture of the same posting (sent right after, with a tracking parameter added) warns of
 * the first; the job view of a later application to the company tells of the earlier one.
 */
@ExtendWith(DevStackExtension.class)
class JobCaptureTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PAGE = """
            <html><head><script type="application/ld+json">
            {"@context": "https://schema.org", "@type": "JobPosting", "title": "Platform Engineer",
             "hiringOrganization": {"@type": "Organization", "name": "Initech, Inc."},
             "jobLocation": {"@type": "Place", "address": {"@type": "PostalAddress", "addressLocality": "Austin",
                             "addressRegion": "TX", "addressCountry": "US"}},
             "url": "%s",
             "description": "<p>Keep the TPS reports flowing.</p>"}
            </script></head><body><h1>Platform Engineer</h1></body></html>""";

    @Test
    void aSecondCaptureOfTheSamePostingWarnsOfTheFirst() {
        Api api = Api.newUser();
        JsonNode first = capture(api, "https://careers.initech.example/jobs/77");
        assertThat(first.get("possible_duplicates").isEmpty()).isTrue();
        assertThat(first.get("company").get("value").asString()).isEqualTo("Initech, Inc.");

        // confirmed: created from the draft as the web app does
        String jobId = api.json(api.post("/api/jobs", JSON.writeValueAsString(Map.of(
                        "company", first.get("company").get("value").asString(),
                        "position", first.get("position").get("value").asString(),
                        "location", first.get("location").get("value").asString(),
                        "url", first.get("url").get("value").asString(),
                        "job_description", first.get("job_description").get("value").asString())))
                .expectStatus().isAccepted()).get("job_id").asString();

        // at once: the capture waits for the projector to have the job
        JsonNode second = capture(api, "https://Careers.Initech.example/jobs/77/?utm_source=mail&gh_src=x#apply");

        assertThat(second.get("possible_duplicates")).hasSize(1);
        JsonNode duplicate = second.get("possible_duplicates").get(0);
        assertThat(duplicate.get("job_id").asString()).isEqualTo(jobId);
        assertThat(duplicate.get("company").asString()).isEqualTo("Initech, Inc.");
        assertThat(duplicate.get("position").asString()).isEqualTo("Platform Engineer");
        assertThat(duplicate.get("status").asString()).isEqualTo("Applied");
        assertThat(duplicate.get("matched_by").toString()).isEqualTo("[\"url\",\"company_position\"]");

        // another application to the company: warned on create (same company and position) and told in its view
        JsonNode created = api.json(api.post("/api/jobs", "{\"company\": \"INITECH\", \"position\": "
                + "\"platform engineer\", \"applied_date\": \"2099-01-01\"}", "Prefer", "wait=5")
                .expectStatus().isCreated());
        assertThat(created.get("possible_duplicates")).hasSize(1);
        assertThat(created.get("possible_duplicates").get(0).get("matched_by").toString())
                .isEqualTo("[\"company_position\"]");
        JsonNode view = api.json(api.get("/api/jobs/" + created.get("job_id").asString()).expectStatus().isOk());
        assertThat(view.get("company_history").get("earlier_applications").asInt()).isEqualTo(1);
        assertThat(view.get("company_history").get("last_job_id").asString()).isEqualTo(jobId);
        assertThat(view.get("company_history").get("last_status").asString()).isEqualTo("Applied");
    }

    /** A capture of the posting page whose JSON-LD names {@code postingUrl}. */
    private static JsonNode capture(Api api, String postingUrl) {
        return api.json(api.post("/api/jobs/capture", JSON.writeValueAsString(Map.of("html",
                PAGE.formatted(postingUrl)))).expectStatus().isOk());
    }
}
