package com.careervault.api.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.careervault.api.problems.FieldProblem;
import com.careervault.api.problems.InvalidRequestException;
import com.careervault.api.requests.ApiRequest;
import com.careervault.api.requests.RequestReader;
import com.careervault.contracts.jobs.JobStatus;
import jakarta.validation.Validation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.core.codec.DecodingException;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * How job request bodies are read: strict JSON, Unicode in NFC counted in code
 * points, every bad field in one answer, merge-patch null versus absent. (The
 * same reader answers over HTTP in JobCommandApiTest.)
 */
class JobRequestReadingTest {

    private final RequestReader reader = new RequestReader(
            JsonMapper.builder().propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build(),
            Validation.buildDefaultValidatorFactory().getValidator());

    @Test
    void aKeyGivenTwiceIsRefusedNamingTheField() {
        assertThat(problems(CreateJobRequest.class,
                "{\"company\":\"Alpha Fakeco\",\"position\":\"Test Engineer\",\"company\":\"Beta Fakeco\"}"))
                .containsExactly(new FieldProblem("company", "is given more than once; send each field once"));
    }

    @Test
    void limitsCountCodePointsAfterNfc() {
        String rockets = "\uD83D\uDE80".repeat(30);
        CreateJobRequest request = read(CreateJobRequest.class,
                "{\"company\":\"Acme\",\"position\":\"Dev\",\"tags\":[\"" + rockets + "\"]}");
        assertThat(request.tags()).containsExactly(rockets);
        assertThat(problems(CreateJobRequest.class,
                "{\"company\":\"Acme\",\"position\":\"Dev\",\"tags\":[\"" + "\uD83D\uDE80".repeat(51) + "\"]}"))
                .containsExactly(new FieldProblem("tags[0]", "must be at most 50 characters"));
        // 200 × (e + combining acute) is 400 UTF-16 units and 200 characters in NFC
        CreateJobRequest decomposed = read(CreateJobRequest.class,
                "{\"company\":\"" + "e\u0301".repeat(200) + "\",\"position\":\"Dev\"}");
        assertThat(decomposed.company()).isEqualTo("\u00e9".repeat(200));
    }

    @Test
    void textThatIsNotWellFormedUnicodeIsAFieldError() {
        assertThat(problems(CreateJobRequest.class, "{\"company\":\"Acme \\ud83d\",\"position\":\"Dev\"}"))
                .containsExactly(new FieldProblem("company", "must be well-formed Unicode text"));
        byte[] brokenUtf8 = "{\"company\":\"Acme X\",\"position\":\"Dev\"}".getBytes(StandardCharsets.UTF_8);
        brokenUtf8[17] = (byte) 0xC3; // a lead byte followed by a quote
        assertThatThrownBy(() -> reader.read(brokenUtf8, CreateJobRequest.class))
                .isInstanceOf(InvalidRequestException.class)
                .satisfies(e -> assertThat(((InvalidRequestException) e).problems())
                        .extracting(FieldProblem::field).containsExactly("company"));
    }

    @Test
    void everyBadFieldIsReportedInOneAnswer() {
        assertThat(problems(CreateJobRequest.class, """
                {"position": 42, "status": "Hired", "applied_date": "20/11/2026", "interview_at": "tomorrow",
                 "url": "javascript:alert(1)", "tags": "backend", "company": "%s"}""".formatted("x".repeat(201))))
                .containsExactly(
                        new FieldProblem("applied_date", "must be an ISO date (YYYY-MM-DD)"),
                        new FieldProblem("company", "must be at most 200 characters"),
                        new FieldProblem("interview_at",
                                "must be an ISO-8601 date-time with offset, e.g. 2026-12-01T15:00:00Z"),
                        new FieldProblem("position", "must be a string"),
                        new FieldProblem("status", "unknown job status 'Hired'; allowed: " + JobStatus.ALLOWED),
                        new FieldProblem("tags", "must be an array of strings"),
                        new FieldProblem("url", "must be an absolute http(s) URL"));
    }

    @Test
    void patchTellsAbsentFromNull() {
        UpdateJobRequest patch = read(UpdateJobRequest.class, "{\"notes\": null, \"location\": \" Remote \"}");
        JobFields fields = patch.fields();
        assertThat(fields.cleared()).containsExactly("notes");
        assertThat(fields.location()).isEqualTo("Remote");
        assertThat(patch.salaryRange()).isNull();
        assertThat(patch.notes()).isEqualTo(Optional.empty());
        assertThat(problems(UpdateJobRequest.class, "{\"company\": null, \"position\": \" \", \"status\": null}"))
                .containsExactly(new FieldProblem("company", "cannot be removed"),
                        new FieldProblem("status", "cannot be removed"));
        String tags = String.join(",", java.util.Collections.nCopies(21, "\"t\"")).replace("\"t\"", "\"t%d\"");
        assertThat(problems(UpdateJobRequest.class, "{\"tags\": [" + tags.formatted(
                java.util.stream.IntStream.range(0, 21).boxed().toArray()) + "]}"))
                .containsExactly(new FieldProblem("tags", "must have at most 20 items"));
        assertThat(problems(UpdateJobRequest.class, "{\"unknown\": 1}")).extracting(FieldProblem::field)
                .containsExactly("body");
    }

    @Test
    void notAJsonObjectIsMalformedOrAFieldError() {
        assertThatThrownBy(() -> reader.read(bytes("{\"company\": \"Acme\","), CreateJobRequest.class))
                .isInstanceOf(DecodingException.class);
        assertThatThrownBy(() -> reader.read(bytes("{\"company\":\"A\",\"position\":\"B\"} trailing"),
                CreateJobRequest.class)).isInstanceOf(DecodingException.class);
        assertThat(problems(CreateJobRequest.class, "{\"company\":\"A\",\"position\":\"B\"} {}"))
                .containsExactly(new FieldProblem("body", "must be one JSON object with nothing after it"));
        // past the parser's bounds: deep nesting, a 5,000-digit number; a 400, never a 500
        String deep = "[".repeat(600) + "]".repeat(600);
        assertThatThrownBy(() -> reader.read(bytes("{\"company\":\"A\",\"position\":\"B\",\"x\":" + deep + "}"),
                CreateJobRequest.class)).isInstanceOf(DecodingException.class);
        assertThatThrownBy(() -> reader.read(bytes("{\"company\":" + "9".repeat(5000) + ",\"position\":\"B\"}"),
                CreateJobRequest.class)).isInstanceOf(DecodingException.class);
        assertThat(problems(CreateJobRequest.class, "[1, 2]"))
                .containsExactly(new FieldProblem("body", "must be a JSON object"));
    }

    @Test
    void bulkIdsAreCheckedEach() {
        assertThat(problems(BulkJobRequest.class, "{\"action\": \"update_status\", \"job_ids\": [\"x\"]}"))
                .containsExactly(new FieldProblem("job_ids[0]", "is not a job id (a UUID)"),
                        new FieldProblem("status", "is required for update_status"));
    }

    private <T extends ApiRequest> T read(Class<T> type, String json) {
        return reader.read(bytes(json), type);
    }

    private List<FieldProblem> problems(Class<? extends ApiRequest> type, String json) {
        try {
            reader.read(bytes(json), type);
        } catch (InvalidRequestException e) {
            return e.problems();
        }
        throw new AssertionError("accepted: " + json);
    }

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
