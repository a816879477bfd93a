package com.careervault.api.jobs;

import static com.careervault.api.support.ReadModelJobs.put;
import static org.assertj.core.api.Assertions.assertThat;

import com.careervault.api.support.Accounts;
import com.careervault.api.support.ApiIntegrationTest;
import com.careervault.api.support.JobApi;
import com.careervault.api.support.ProjectorGroup;
import com.careervault.api.support.ReadModelJobs;
import com.careervault.contracts.dynamodb.ReadModel.Jobs;
import com.careervault.devstack.EventTopic;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/jobs/capture}: each fixture page (test resources {@code capture/}, written after schema.org's
 * and Google's JobPosting examples) gives exactly its draft; bad input is a clear 4xx or an empty draft, never a
 * 5xx, and no script text reaches a field; duplicate warnings on capture and create; the company history of the
 * job view. There is no projector here: jobs are written to the read model as the projector writes them, and
 * this class's projector group is moved to the partition's end (see {@link JobDescriptionApiTest}, whose group
 * and so whose application context it shares).
 */
@ApiIntegrationTest
@TestPropertySource(properties = "careervault.consistency.projector-group-id=" + JobDescriptionApiTest.GROUP)
class JobCaptureApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final long CAPTURE_LIMIT = 5L * 1024 * 1024;

    @Autowired
    WebTestClient client;

    @LocalServerPort
    int port;

    private Accounts.Account account;
    private JobApi jobs;

    @BeforeEach
    void signIn() {
        account = Accounts.signUpAndLogIn(client);
        jobs = new JobApi(client, account);
        projectorCaughtUp();
    }

    // ---- the fixtures

    @Test
    void severalJsonLdBlocksGiveThePostingsFieldsAndTheCanonicalLink() {
        assertThat(capture(fixture("several-blocks.html"), null)).isEqualTo(JSON.readTree("""
                {"posting_found": true,
                 "company": {"value": "Google", "source": "json-ld"},
                 "position": {"value": "Software Engineer", "source": "json-ld"},
                 "location": {"value": "Mountain View, CA, US", "source": "json-ld"},
                 "salary_range": {"value": "USD 40 per hour", "source": "json-ld"},
                 "employment_type": {"value": "Contractor", "source": "json-ld"},
                 "date_posted": {"value": "2017-01-18", "source": "json-ld"},
                 "valid_through": {"value": "2017-03-18", "source": "json-ld"},
                 "url": {"value": "https://careers.google.example/jobs/1234567", "source": "meta"},
                 "job_description": {"value": "Google aspires to be an organization that reflects the globally \
                diverse audience that our products and technology serve. We believe in hiring great people & giving \
                them room to grow.\\n\\nResponsibilities:\\nDesign, develop, test, deploy, maintain and improve \
                software.", "source": "json-ld"},
                 "possible_duplicates": []}"""));
    }

    @Test
    void aGraphWithReferencesArraysOfPlacesAndARelativeUrl() {
        assertThat(capture(fixture("graph.html"), "https://jobs.example.org/search?q=data")).isEqualTo(JSON.readTree("""
                {"posting_found": true,
                 "company": {"value": "Zürich Fakeworks AG", "source": "json-ld"},
                 "position": {"value": "Data Engineer (m/f/d)", "source": "json-ld"},
                 "location": {"value": "Zürich, ZH, CH; Berlin, DE", "source": "json-ld"},
                 "salary_range": {"value": "CHF 110,000-130,000 per year", "source": "json-ld"},
                 "employment_type": {"value": "Full-time, Part-time", "source": "json-ld"},
                 "date_posted": {"value": "2026-11-02", "source": "json-ld"},
                 "valid_through": {"value": "2026-12-31", "source": "json-ld"},
                 "url": {"value": "https://jobs.example.org/jobs/42?utm_source=newsletter&utm_medium=email",
                         "source": "json-ld"},
                 "job_description": {"value": "Build our data platform.\\nKafka, Flink and a lot of SQL.",
                                     "source": "json-ld"},
                 "possible_duplicates": []}"""));
    }

    @Test
    void aRemoteJobWithASalaryRangeAndHtmlInItsDescription() {
        assertThat(capture(fixture("remote.html"), null)).isEqualTo(JSON.readTree("""
                {"posting_found": true,
                 "company": {"value": "Acme Remote & Co", "source": "json-ld"},
                 "position": {"value": "Senior Backend Engineer", "source": "json-ld"},
                 "location": {"value": "Remote (USA, Canada)", "source": "json-ld"},
                 "salary_range": {"value": "USD 120,000-150,000 per year", "source": "json-ld"},
                 "employment_type": {"value": "Full-time", "source": "json-ld"},
                 "date_posted": {"value": "2026-11-20", "source": "json-ld"},
                 "url": {"value": "https://boards.example.com/acme/jobs/7?gh_src=abc", "source": "meta"},
                 "job_description": {"value": "About the role\\n\\nYou will own our event pipeline.\\n\\nWhat you \
                bring\\n\\n- Java 17\\n- Kafka & DynamoDB\\n\\nFully remote.", "source": "json-ld"},
                 "possible_duplicates": []}"""));
    }

    @Test
    void brokenJsonLdNextToGoodMicrodataGivesTheMicrodataWithoutItsScript() {
        assertThat(capture(fixture("microdata.html"), null)).isEqualTo(JSON.readTree("""
                {"posting_found": true,
                 "company": {"value": "St. Example Hospital", "source": "microdata"},
                 "position": {"value": "Registered Nurse", "source": "microdata"},
                 "location": {"value": "Portland, OR", "source": "microdata"},
                 "salary_range": {"value": "USD 38-52.5 per hour", "source": "microdata"},
                 "employment_type": {"value": "Part-time", "source": "microdata"},
                 "date_posted": {"value": "2026-10-05", "source": "microdata"},
                 "valid_through": {"value": "2026-11-30", "source": "microdata"},
                 "url": {"value": "https://www.jobs.example.net/careers/rn-204", "source": "microdata"},
                 "job_description": {"value": "Night shifts on a friendly ward.\\n\\n- BLS certification\\n- Two \
                years of experience", "source": "microdata"},
                 "possible_duplicates": []}"""));
    }

    @Test
    void aPageWithoutPostingDataIsAnEmptyDraftWithOnlyTheUrlTheClientSent() {
        assertThat(capture(fixture("none.html"), null)).isEqualTo(JSON.readTree("""
                {"posting_found": false, "possible_duplicates": []}"""));
        assertThat(capture(fixture("none.html"), "https://blog.example.com/tips")).isEqualTo(JSON.readTree("""
                {"posting_found": false, "url": {"value": "https://blog.example.com/tips", "source": "request"},
                 "possible_duplicates": []}"""));
        assertThat(capture("", null)).isEqualTo(JSON.readTree("""
                {"posting_found": false, "possible_duplicates": []}"""));
        // the page's own canonical link, relative to where it was, comes before the address sent
        assertThat(capture("<link rel=canonical href='/tips?utm_source=x'><p>Tips</p>", "https://blog.example.com/a/b"))
                .isEqualTo(JSON.readTree("""
                        {"posting_found": false,
                         "url": {"value": "https://blog.example.com/tips?utm_source=x", "source": "meta"},
                         "possible_duplicates": []}"""));
    }

    @Test
    void aDescriptionEscapedTwiceIsTextAndMicrodataFillsOnlyWhatJsonLdLacks() {
        String page = """
                <script type="application/ld+json">
                [{"@type": "JobPosting", "title": "Analyst &amp; Modeler",
                  "description": "&lt;p&gt;Numbers &amp;amp; models.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;SQL&lt;/li&gt;&lt;/ul&gt;"},
                 {"@type": "JobPosting", "title": "Second posting, not read"}]
                </script>
                <div itemscope itemtype="http://schema.org/JobPosting">
                  <meta itemprop="description" content="Line one
                Line two">
                  <span itemprop="hiringOrganization">Microdata Corp</span>
                </div>""";

        assertThat(capture(page, null)).isEqualTo(JSON.readTree("""
                {"posting_found": true,
                 "company": {"value": "Microdata Corp", "source": "microdata"},
                 "position": {"value": "Analyst & Modeler", "source": "json-ld"},
                 "job_description": {"value": "Numbers & models.\\n\\n- SQL", "source": "json-ld"},
                 "possible_duplicates": []}"""));
    }

    @Test
    void thePageCanBeSentAsHtmlWithItsUrlAsAQueryParameter() {
        JsonNode draft = client.post().uri("/api/jobs/capture?url={url}", "https://jobs.example.org/search?q=data")
                .header("Authorization", account.bearer()).contentType(MediaType.TEXT_HTML)
                .bodyValue(fixture("graph.html").getBytes(StandardCharsets.UTF_8)).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();

        assertThat(draft).isEqualTo(capture(fixture("graph.html"), "https://jobs.example.org/search?q=data"));
    }

    // ---- bad input

    @Test
    void tenMegabytesAreRefusedWith413WhileReadingAndWhenDeclared() {
        // chunked: no Content-Length, so the API can only notice while it reads
        Flux<DataBuffer> chunks = Flux.range(0, 160).map(i -> DefaultDataBufferFactory.sharedInstance
                .wrap(("<p>" + "x".repeat(64 * 1024 - 7) + "</p>").getBytes(StandardCharsets.US_ASCII)));
        client.post().uri("/api/jobs/capture").header("Authorization", account.bearer())
                .contentType(MediaType.TEXT_HTML).body(chunks, DataBuffer.class).exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://careervault.dev/problems/payload-too-large")
                .jsonPath("$.detail").isEqualTo("The page is larger than the 5242880 bytes a capture accepts")
                .jsonPath("$.max_bytes").isEqualTo(CAPTURE_LIMIT);

        byte[] tenMegabytes = new byte[10 * 1024 * 1024];
        java.util.Arrays.fill(tenMegabytes, (byte) 'x');
        client.post().uri("/api/jobs/capture").header("Authorization", account.bearer())
                .contentType(MediaType.TEXT_HTML).bodyValue(tenMegabytes).exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://careervault.dev/problems/payload-too-large")
                .jsonPath("$.max_bytes").isEqualTo(CAPTURE_LIMIT);

        // just under the limit is read (a page of nothing but text: an empty draft)
        byte[] underLimit = new byte[(int) CAPTURE_LIMIT];
        java.util.Arrays.fill(underLimit, (byte) 'x');
        client.post().uri("/api/jobs/capture").header("Authorization", account.bearer())
                .contentType(MediaType.TEXT_HTML).bodyValue(underLimit).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.posting_found").isEqualTo(false);
    }

    @Test
    void scriptsInThePageOrInsideValuesNeverReachAField() {
        String page = """
                <html><head>
                <script>var title = "Script Title";</script>
                <script type="application/ld+json">
                {"@type": "JobPosting",
                 "title": "\\u003cscript>alert('title')\\u003c/script>Platform Engineer",
                 "hiringOrganization": {"name": "<img src=x onerror=alert(1)>Acme<style>b{}</style>"},
                 "jobLocation": {"@type": "Place", "address": "\\u003cscript>steal()<\\/script>Lyon, FR"},
                 "url": "javascript:alert(document.cookie)",
                 "description": "<p>Join us.</p>\\u003cscript>document.location='https://evil.example'<\\/script><noscript>Enable JS</noscript><template><p>hidden</p></template><p>Ship it.</p>"}
                </script>
                <script type="text/javascript">{"@type": "JobPosting", "title": "Not JSON-LD"}</script>
                </head><body onload="alert(2)"><script>alert(3)</script></body></html>""";

        assertThat(capture(page, null)).isEqualTo(JSON.readTree("""
                {"posting_found": true,
                 "company": {"value": "Acme", "source": "json-ld"},
                 "position": {"value": "Platform Engineer", "source": "json-ld"},
                 "location": {"value": "Lyon, FR", "source": "json-ld"},
                 "job_description": {"value": "Join us.\\n\\nShip it.", "source": "json-ld"},
                 "possible_duplicates": []}"""));
    }

    @Test
    void deeplyNestedMarkupJsonAndMicrodataAreReadWithinBounds() {
        String deepJson = "[".repeat(20_000) + "]".repeat(20_000);
        StringBuilder deepItems = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            deepItems.append("<div itemprop=\"hiringOrganization\" itemscope itemtype=\"https://schema.org/Organization\">");
        }
        deepItems.append("<span itemprop=\"name\">Too deep</span>").append("</div>".repeat(300));
        String page = "<html><body>" + "<div>".repeat(20_000)
                + "<script type=\"application/ld+json\">" + deepJson + "</script>"
                + "<script type=\"application/ld+json\">{\"@type\": \"JobPosting\", \"title\": \"Deep Diver\"}</script>"
                + "</div>".repeat(20_000)
                + "<div itemscope itemtype=\"https://schema.org/JobPosting\">" + deepItems + "</div>"
                + "</body></html>";

        assertThat(capture(page, null)).isEqualTo(JSON.readTree("""
                {"posting_found": true, "position": {"value": "Deep Diver", "source": "json-ld"},
                 "possible_duplicates": []}"""));
    }

    @Test
    void jsonLdWithWrongTypesKeepsOnlyWhatFits() {
        String page = """
                <script type="application/ld+json">
                {"@type": ["Thing", "JobPosting"],
                 "title": 42,
                 "hiringOrganization": true,
                 "jobLocation": [7, null, {"@type": "Place", "address": {"addressLocality": ["Oslo"], "addressCountry": {"x": 1}}}],
                 "jobLocationType": {"value": "TELECOMMUTE"},
                 "baseSalary": {"@type": "MonetaryAmount", "currency": 12, "value": {"minValue": "lots", "maxValue": -5, "unitText": ["YEAR"]}},
                 "employmentType": [12, {"a": 1}, "FULL_TIME"],
                 "datePosted": {"@value": "2026-02-30"},
                 "validThrough": "next week",
                 "url": {"@id": "https://nowhere.example"},
                 "description": ["<p>First</p>", "<p>Second</p>"]}
                </script>""";

        assertThat(capture(page, null)).isEqualTo(JSON.readTree("""
                {"posting_found": true,
                 "position": {"value": "42", "source": "json-ld"},
                 "location": {"value": "Oslo", "source": "json-ld"},
                 "employment_type": {"value": "Full-time", "source": "json-ld"},
                 "job_description": {"value": "First", "source": "json-ld"},
                 "possible_duplicates": []}"""));
    }

    @Test
    void aPageInAnotherEncodingIsDecodedAsItSaysOrAsTheContentTypeSays() throws Exception {
        String page = """
                <html><head><meta charset="windows-1252">
                <script type="application/ld+json">{"@type": "JobPosting", "title": "Ingénieur logiciel",
                 "hiringOrganization": {"name": "Société Générale"}, "description": "Salaire : 50 000 € – télétravail"}
                </script></head></html>""";
        JsonNode expected = JSON.readTree("""
                {"posting_found": true,
                 "company": {"value": "Société Générale", "source": "json-ld"},
                 "position": {"value": "Ingénieur logiciel", "source": "json-ld"},
                 "job_description": {"value": "Salaire : 50 000 € – télétravail", "source": "json-ld"},
                 "possible_duplicates": []}""");
        Charset cp1252 = Charset.forName("windows-1252");

        assertThat(captureHtml(page.getBytes(cp1252), MediaType.TEXT_HTML)).isEqualTo(expected);
        String withoutMeta = page.replace("<meta charset=\"windows-1252\">", "");
        assertThat(captureHtml(withoutMeta.getBytes(cp1252), MediaType.parseMediaType("text/html; charset=windows-1252")))
                .isEqualTo(expected);
        // sent as JSON the page is text already: its <meta charset> changes nothing
        assertThat(capture(page, null)).isEqualTo(expected);
        // as UTF-8 bytes that say nothing, UTF-8
        assertThat(captureHtml(withoutMeta.getBytes(StandardCharsets.UTF_8), MediaType.TEXT_HTML)).isEqualTo(expected);

        // a charset nobody knows (sent raw: Spring's own client will not send it)
        HttpResponse<String> unknown = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/jobs/capture"))
                .header("Authorization", account.bearer())
                .header("Content-Type", "text/html; charset=x-klingon")
                .POST(HttpRequest.BodyPublishers.ofString("<p>")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(unknown.statusCode()).isEqualTo(415);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JSON.readTree(unknown.body()).get("type").asString())
                .isEqualTo("https://careervault.dev/problems/unsupported-media-type");
    }

    @Test
    void malformedRequestsAreProblems() {
        post(MediaType.APPLICATION_JSON, "{\"html\": ").expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://careervault.dev/problems/malformed-request");
        post(MediaType.APPLICATION_JSON, "{\"url\": \"ftp://example.com/x\", \"html\": 5}").expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors.length()").isEqualTo(2)
                .jsonPath("$.errors[0].field").isEqualTo("html")
                .jsonPath("$.errors[0].message").isEqualTo("must be a string")
                .jsonPath("$.errors[1].field").isEqualTo("url")
                .jsonPath("$.errors[1].message").isEqualTo("must be an absolute http(s) URL");
        post(MediaType.APPLICATION_JSON, "{}").expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("html")
                .jsonPath("$.errors[0].message").isEqualTo("is required");
        client.post().uri("/api/jobs/capture?url=https://example.com").header("Authorization", account.bearer())
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"html\": \"\"}").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("url");
        client.post().uri("/api/jobs/capture?url=mailto:me@example.com").header("Authorization", account.bearer())
                .contentType(MediaType.TEXT_HTML).bodyValue("<p>").exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("url")
                .jsonPath("$.errors[0].message").isEqualTo("must be an absolute http(s) URL");
        post(MediaType.TEXT_PLAIN, "<p>").expectStatus().isEqualTo(415)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        client.post().uri("/api/jobs/capture").contentType(MediaType.TEXT_HTML).bodyValue("<p>").exchange()
                .expectStatus().isUnauthorized();
    }

    // ---- duplicates and the company history

    @Test
    void aSecondCaptureOfTheSamePostingWarnsOfTheFirst() {
        String page = fixture("graph.html");
        String pageUrl = "https://jobs.example.org/search?q=data";
        JsonNode first = capture(page, pageUrl);
        assertThat(first.get("possible_duplicates").isEmpty()).isTrue();

        // the user confirms: the client creates the job from the draft, and the projector records it
        JsonNode accepted = client.post().uri("/api/jobs").header("Authorization", account.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("company", value(first, "company"), "position", value(first, "position"),
                        "location", value(first, "location"), "salary_range", value(first, "salary_range"),
                        "url", value(first, "url"), "job_description", value(first, "job_description")))
                .exchange()
                .expectStatus().isAccepted().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(accepted.get("possible_duplicates").isEmpty()).isTrue();
        String jobId = accepted.get("job_id").asString();
        put(job(jobId, value(first, "company"), value(first, "position"), "Applied", null, value(first, "url"),
                "2026-11-21T09:00:00.000000Z"));
        projectorCaughtUp();

        JsonNode second = capture(page, pageUrl);

        assertThat(second.get("possible_duplicates")).isEqualTo(JSON.readTree("""
                [{"job_id": "%s", "company": "Zürich Fakeworks AG", "position": "Data Engineer (m/f/d)",
                  "status": "Applied", "applied_date": null, "created_at": "2026-11-21T09:00:00.000000Z",
                  "matched_by": ["url", "company_position"]}]""".formatted(jobId)));
        // the draft itself is the same
        ((tools.jackson.databind.node.ObjectNode) second).remove("possible_duplicates");
        ((tools.jackson.databind.node.ObjectNode) first).remove("possible_duplicates");
        assertThat(second).isEqualTo(first);
    }

    @Test
    void creatingAJobWarnsOfTheSamePostingUrlOrTheSameCompanyAndPositionAndStillCreatesIt() {
        String byBoth = UUID.randomUUID().toString();
        put(job(byBoth, "Acme, Inc.", "Backend Engineer", "Interviewing", "2026-10-01",
                "https://WWW.Acme.example/jobs/42/?utm_source=x&gh_src=abc&lang=en#apply", "2026-10-01T08:00:00.000000Z"));
        String byUrl = UUID.randomUUID().toString();
        put(job(byUrl, "Acme Staffing", "Recruiter", "Rejected", null,
                "https://acme.example/jobs/42?lang=en&trk=feed", "2026-09-01T08:00:00.000000Z"));
        String byName = UUID.randomUUID().toString();
        put(job(byName, "ACME", "backend  engineer!", "Applied", null, null, "2026-11-01T08:00:00.000000Z"));
        String other = UUID.randomUUID().toString();
        put(job(other, "Acme", "Frontend Engineer", "Applied", null, "https://acme.example/jobs/43?lang=en",
                "2026-11-02T08:00:00.000000Z"));
        Map<String, AttributeValue> deleted = job(UUID.randomUUID().toString(), "Acme", "Backend Engineer", "Applied",
                null, null, "2026-11-03T08:00:00.000000Z");
        deleted.put(Jobs.DELETED, AttributeValue.fromBool(true));
        put(deleted);
        int events = EventTopic.eventsOf(account.userId()).size();

        JsonNode accepted = client.post().uri("/api/jobs").header("Authorization", account.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("company", "Acme Inc", "position", "Backend Engineer",
                        "url", "https://acme.example/jobs/42?fbclid=1&lang=en"))
                .exchange()
                .expectStatus().isAccepted().expectBody(JsonNode.class).returnResult().getResponseBody();

        assertThat(accepted.get("possible_duplicates")).isEqualTo(JSON.readTree("""
                [{"job_id": "%s", "company": "ACME", "position": "backend  engineer!", "status": "Applied",
                  "applied_date": null, "created_at": "2026-11-01T08:00:00.000000Z", "matched_by": ["company_position"]},
                 {"job_id": "%s", "company": "Acme, Inc.", "position": "Backend Engineer", "status": "Interviewing",
                  "applied_date": "2026-10-01", "created_at": "2026-10-01T08:00:00.000000Z",
                  "matched_by": ["url", "company_position"]},
                 {"job_id": "%s", "company": "Acme Staffing", "position": "Recruiter", "status": "Rejected",
                  "applied_date": null, "created_at": "2026-09-01T08:00:00.000000Z", "matched_by": ["url"]}]"""
                .formatted(byName, byBoth, byUrl)));
        // a warning only: the job is recorded
        assertThat(EventTopic.eventsOf(account.userId())).hasSize(events + 1);

        JsonNode unrelated = client.post().uri("/api/jobs").header("Authorization", account.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("company", "Globex", "position", "Backend Engineer")).exchange()
                .expectStatus().isAccepted().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(unrelated.get("possible_duplicates").isEmpty()).isTrue();
    }

    @Test
    void theJobViewSaysHowOftenTheCallerAppliedToTheCompanyBeforeAndTheLastOutcome() {
        String viewed = UUID.randomUUID().toString();
        put(job(viewed, "Initech", "Staff Engineer", "Applied", "2026-11-20", null, "2026-11-20T10:00:00.000000Z"));
        String first = UUID.randomUUID().toString();
        put(job(first, "Initech Corp.", "Engineer", "Rejected", "2026-03-02", null, "2026-03-02T10:00:00.000000Z"));
        String last = UUID.randomUUID().toString();
        // imported later, applied earlier: the applied date counts
        put(job(last, "initech", "Senior Engineer", "Ghosted", "2026-05-01", null, "2026-11-25T10:00:00.000000Z"));
        put(job(UUID.randomUUID().toString(), "Initech", "Manager", "Applied", "2026-12-01", null,
                "2026-12-01T10:00:00.000000Z"));
        put(job(UUID.randomUUID().toString(), "Initrode", "Engineer", "Offer", "2026-01-01", null,
                "2026-01-01T10:00:00.000000Z"));
        Map<String, AttributeValue> deleted = job(UUID.randomUUID().toString(), "Initech", "Intern", "Rejected",
                "2026-06-01", null, "2026-06-01T10:00:00.000000Z");
        deleted.put(Jobs.DELETED, AttributeValue.fromBool(true));
        put(deleted);
        projectorCaughtUp();

        JsonNode job = jobs.get(viewed);
        assertThat(job.get("company_history")).isEqualTo(JSON.readTree("""
                {"earlier_applications": 2, "last_job_id": "%s", "last_position": "Senior Engineer",
                 "last_status": "Ghosted", "last_date": "2026-05-01"}""".formatted(last)));
        assertThat(job.has("possible_duplicates")).isFalse();
        assertThat(jobs.get(first).get("company_history")).isEqualTo(JSON.readTree("""
                {"earlier_applications": 0, "last_job_id": null, "last_position": null, "last_status": null,
                 "last_date": null}"""));
    }

    // ---- helpers

    private static String value(JsonNode draft, String field) {
        return draft.get(field).get("value").asString();
    }

    private JsonNode capture(String html, String url) {
        Map<String, String> body = new HashMap<>();
        body.put("html", html);
        if (url != null) {
            body.put("url", url);
        }
        return client.post().uri("/api/jobs/capture").header("Authorization", account.bearer())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectStatus().isOk()
                .expectHeader().contentType(MediaType.APPLICATION_JSON)
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private JsonNode captureHtml(byte[] html, MediaType type) {
        return client.post().uri("/api/jobs/capture").header("Authorization", account.bearer())
                .contentType(type).bodyValue(html).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private WebTestClient.ResponseSpec post(MediaType type, String body) {
        return client.post().uri("/api/jobs/capture").header("Authorization", account.bearer())
                .contentType(type).bodyValue(body).exchange();
    }

    static String fixture(String name) {
        try (InputStream in = JobCaptureApiTest.class.getResourceAsStream("/capture/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, AttributeValue> job(String jobId, String company, String position, String status,
            String appliedDate, String url, String createdAt) {
        Map<String, AttributeValue> item = ReadModelJobs.job(account.userId(), jobId, company, position, status,
                createdAt, 7);
        if (appliedDate != null) {
            item.put(Jobs.APPLIED_DATE, AttributeValue.fromS(appliedDate));
        }
        if (url != null) {
            item.put(Jobs.URL, AttributeValue.fromS(url));
        }
        return item;
    }

    /** What the projector does after applying the caller's events (see {@link ProjectorGroup}). */
    private void projectorCaughtUp() {
        ProjectorGroup.caughtUp(JobDescriptionApiTest.GROUP, account.userId());
    }
}
