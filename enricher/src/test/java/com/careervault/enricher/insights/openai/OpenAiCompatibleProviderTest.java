package com.careervault.enricher.insights.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.careervault.enricher.insights.InsightProviderException;
import com.careervault.enricher.insights.InsightRequest;
import com.careervault.enricher.insights.Insights;
import com.careervault.enricher.insights.LoopbackServer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The OpenAI-compatible provider against a loopback server that speaks the Chat Completions format. */
class OpenAiCompatibleProviderTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String POSTING = "We need a Kotlin engineer who knows Kafka.";
    private static final String RESUME = "Kotlin developer, 5 years.";
    private static final InsightRequest WITH_RESUME =
            new InsightRequest("Acme", "Backend Engineer", POSTING, RESUME, List.of("another posting"));
    private static final String GOOD = """
            {"summary": "A backend role around Kotlin services and Kafka.",
             "required_skills": ["Kotlin", "Kafka"], "match_score": 72,
             "strengths": ["Kotlin"], "gaps": ["Kafka"]}""";

    private LoopbackServer server;

    @BeforeEach
    void start() throws IOException {
        server = new LoopbackServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void sendsAChatCompletionWithTheSchemaAndReadsTheAnswer() throws Exception {
        server.answer(200, completion(GOOD, "stop"));

        Insights insights = provider("sk-test", Duration.ofSeconds(5)).insights(WITH_RESUME);

        assertThat(insights).isEqualTo(new Insights("A backend role around Kotlin services and Kafka.",
                List.of("Kotlin", "Kafka"), 72, List.of("Kotlin"), List.of("Kafka")));
        assertThat(server.requests()).hasSize(1);
        LoopbackServer.Recorded request = server.requests().get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/v1/chat/completions");
        assertThat(request.header("Authorization")).isEqualTo("Bearer sk-test");
        assertThat(request.header("Content-Type")).isEqualTo("application/json");
        JsonNode body = JSON.readTree(request.body());
        assertThat(body.get("model").asString()).isEqualTo("llama3.1:8b");
        assertThat(body.get("stream").asBoolean()).isFalse();
        assertThat(body.get("messages")).hasSize(2);
        assertThat(body.get("messages").get(0).get("role").asString()).isEqualTo("system");
        assertThat(body.get("messages").get(1).get("role").asString()).isEqualTo("user");
        assertThat(body.get("messages").get(1).get("content").asString())
                .contains("Company: Acme", "Position: Backend Engineer", POSTING, RESUME)
                .doesNotContain("another posting");
        JsonNode format = body.get("response_format");
        assertThat(format.get("type").asString()).isEqualTo("json_schema");
        assertThat(format.get("json_schema").get("name").asString()).isEqualTo("job_insights");
        assertThat(format.get("json_schema").get("strict").asBoolean()).isTrue();
        JsonNode schema = format.get("json_schema").get("schema");
        assertThat(JSON.treeToValue(schema, Map.class)).isEqualTo(JSON.readValue("""
                {"type": "object",
                 "properties": {
                   "summary": {"type": "string"},
                   "required_skills": {"type": "array", "items": {"type": "string"}},
                   "match_score": {"type": "integer"},
                   "strengths": {"type": "array", "items": {"type": "string"}},
                   "gaps": {"type": "array", "items": {"type": "string"}}},
                 "required": ["summary", "required_skills", "match_score", "strengths", "gaps"],
                 "additionalProperties": false}""", Map.class));
    }

    @Test
    void withoutAKeySendsNoAuthorizationAndWithoutAResumeAsksOnlyForSummaryAndSkills() throws Exception {
        server.answer(200, completion("""
                {"summary": "Kotlin role.", "required_skills": ["Kotlin"], "match_score": 99}""", "stop"));

        Insights insights = provider(null, Duration.ofSeconds(5))
                .insights(new InsightRequest("Acme", "Engineer", POSTING, null, List.of()));

        assertThat(insights).isEqualTo(new Insights("Kotlin role.", List.of("Kotlin"), null, List.of(), List.of()));
        LoopbackServer.Recorded request = server.requests().get(0);
        assertThat(request.header("Authorization")).isNull();
        JsonNode body = JSON.readTree(request.body());
        assertThat(body.get("messages").get(1).get("content").asString()).doesNotContain("<resume>");
        JsonNode schema = body.get("response_format").get("json_schema").get("schema");
        assertThat(JSON.treeToValue(schema.get("required"), List.class)).containsExactly("summary", "required_skills");
        assertThat(schema.get("properties").propertyNames()).containsExactly("summary", "required_skills");
    }

    @Test
    void clampsTheAnswerToTheEventsLimits() throws Exception {
        StringBuilder skills = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            skills.append(i == 0 ? "" : ", ").append("\"skill ").append(i).append('"');
        }
        server.answer(200, completion("""
                {"summary": "%s", "required_skills": [" Kotlin ", "kotlin", "", "%s", %s],
                 "match_score": 140, "strengths": ["%s"], "gaps": []}"""
                .formatted("s".repeat(5000), "k".repeat(150), skills, "p".repeat(400)), "stop"));

        Insights insights = provider("k", Duration.ofSeconds(5)).insights(WITH_RESUME);

        assertThat(insights.summary()).isEqualTo("s".repeat(2000));
        assertThat(insights.requiredSkills()).hasSize(30)
                .startsWith("Kotlin", "k".repeat(100), "skill 0", "skill 1").endsWith("skill 27");
        assertThat(insights.matchScore()).isEqualTo(100);
        assertThat(insights.strengths()).containsExactly("p".repeat(300));
        assertThat(insights.gaps()).isEmpty();
    }

    @Test
    void roundsAFractionalScoreAndRaisesANegativeOneToZero() throws Exception {
        server.answer(200, completion(GOOD.replace("72", "87.6"), "stop"));
        assertThat(provider("k", Duration.ofSeconds(5)).insights(WITH_RESUME).matchScore()).isEqualTo(88);

        server.answer(200, completion(GOOD.replace("72", "-5"), "stop"));
        assertThat(provider("k", Duration.ofSeconds(5)).insights(WITH_RESUME).matchScore()).isZero();
    }

    @Test
    void acceptsJsonInsideAMarkdownFence() throws Exception {
        server.answer(200, completion("```json\n" + GOOD + "\n```", "stop"));

        assertThat(provider("k", Duration.ofSeconds(5)).insights(WITH_RESUME).matchScore()).isEqualTo(72);
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 429, 500, 503})
    void anHttpErrorIsAProviderError(int status) {
        server.answer(status, "{\"error\": {\"message\": \"Rate limit reached\", \"type\": \"requests\", "
                + "\"param\": null, \"code\": \"rate_limit_exceeded\"}}");

        assertReason(provider("k", Duration.ofSeconds(5)), "provider-error");
    }

    @Test
    void aRefusalIsAProviderError() {
        server.answer(200, """
                {"id": "chatcmpl-1", "object": "chat.completion", "created": 1764560000, "model": "gpt-4o",
                 "choices": [{"index": 0, "message": {"role": "assistant", "content": null,
                   "refusal": "I'm sorry, I cannot help with that."}, "finish_reason": "stop"}]}""");

        assertReason(provider("k", Duration.ofSeconds(5)), "provider-error");
    }

    @Test
    void anEnvelopeThatIsNotACompletionIsAProviderError() {
        server.answer(200, "<html>Bad gateway</html>");
        assertReason(provider("k", Duration.ofSeconds(5)), "provider-error");

        server.answer(200, "{\"choices\": []}");
        assertReason(provider("k", Duration.ofSeconds(5)), "provider-error");
    }

    @Test
    void aRefusedConnectionIsAProviderError() {
        String url = server.url();
        server.close();

        OpenAiCompatibleProvider provider = new OpenAiCompatibleProvider(
                new OpenAiCompatibleSettings(url + "/v1", null, "m", Duration.ofSeconds(5)));
        assertReason(provider, "provider-error");
    }

    @Test
    void aSlowAnswerTimesOutAtTheConfiguredTimeout() {
        server.answer(200, completion(GOOD, "stop"), Duration.ofSeconds(20));
        OpenAiCompatibleProvider provider = provider("k", Duration.ofMillis(300));

        long start = System.nanoTime();
        assertReason(provider, "timeout");
        // Not a performance assertion: it proves the call gave up instead of waiting for the 20 s answer.
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));
    }

    @Test
    void aCutOffAnswerIsInvalid() {
        server.answer(200, completion("{\"summary\": \"A backend ro", "length"));

        assertReason(provider("k", Duration.ofSeconds(5)), "invalid-answer");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Here are the insights: the job is about Kotlin.",
        "{\"summary\": \"x\", \"required_skills\": [\"Kotlin\"], \"match_score\": 70, \"strengths\": [], ",
        "{\"summary\": \"x\", \"required_skills\": [\"Kotlin\"], \"strengths\": [], \"gaps\": []}",
        "{\"summary\": \"x\", \"required_skills\": [\"Kotlin\"], \"match_score\": \"high\", \"strengths\": [], \"gaps\": []}",
        "{\"summary\": \"x\", \"required_skills\": \"Kotlin\", \"match_score\": 70, \"strengths\": [], \"gaps\": []}",
        "{\"summary\": 42, \"required_skills\": [\"Kotlin\"], \"match_score\": 70, \"strengths\": [], \"gaps\": []}",
        "{\"summary\": \"x\", \"required_skills\": [7], \"match_score\": 70, \"strengths\": [], \"gaps\": []}",
        "{\"summary\": \"x\", \"required_skills\": [null], \"match_score\": 70, \"strengths\": [], \"gaps\": []}",
        "[\"Kotlin\"]",
        ""
    })
    void contentThatIsNotJsonOfTheSchemaIsAnInvalidAnswer(String content) {
        server.answer(200, completion(content, "stop"));

        assertReason(provider("k", Duration.ofSeconds(5)), "invalid-answer");
    }

    @Test
    void neitherThePostingNorTheResumeIsInTheExceptionMessage() {
        server.answer(200, completion("not json: " + POSTING + RESUME, "stop"));

        assertThatThrownBy(() -> provider("k", Duration.ofSeconds(5)).insights(WITH_RESUME))
                .isInstanceOf(InsightProviderException.class)
                .satisfies(e -> assertThat(String.valueOf(e.getMessage()) + e.getCause())
                        .doesNotContain("Kotlin", "Kafka"));
    }

    @Test
    void namesItselfOpenAiCompatibleWithTheConfiguredModel() {
        OpenAiCompatibleProvider provider = provider("k", Duration.ofSeconds(1));

        assertThat(provider.name()).isEqualTo("openai-compatible");
        assertThat(provider.model()).isEqualTo("llama3.1:8b");
        assertThat(new OpenAiCompatibleSettings("http://x/v1", "secret", "m", Duration.ofSeconds(1)).toString())
                .doesNotContain("secret");
    }

    private OpenAiCompatibleProvider provider(String key, Duration timeout) {
        return new OpenAiCompatibleProvider(
                new OpenAiCompatibleSettings(server.url() + "/v1", key, "llama3.1:8b", timeout));
    }

    private static void assertReason(OpenAiCompatibleProvider provider, String reason) {
        assertThatThrownBy(() -> provider.insights(WITH_RESUME))
                .isInstanceOf(InsightProviderException.class)
                .extracting(e -> ((InsightProviderException) e).reason())
                .isEqualTo(reason);
    }

    /** A Chat Completions response as documented, with this message content and finish reason. */
    private static String completion(String content, String finishReason) {
        return JSON.writeValueAsString(Map.of(
                "id", "chatcmpl-123",
                "object", "chat.completion",
                "created", 1764560000,
                "model", "llama3.1:8b",
                "choices", List.of(Map.of(
                        "index", 0,
                        "message", Map.of("role", "assistant", "content", content),
                        "finish_reason", finishReason)),
                "usage", Map.of("prompt_tokens", 120, "completion_tokens", 40, "total_tokens", 160)));
    }
}
