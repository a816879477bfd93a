package com.careervault.enricher.insights.openai;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.careervault.contracts.enrichment.AiProviders;
import com.careervault.enricher.insights.InsightProvider;
import com.careervault.enricher.insights.InsightProviderException;
import com.careervault.enricher.insights.InsightRequest;
import com.careervault.enricher.insights.Insights;
import com.careervault.enricher.insights.ModelAnswer;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Insights from any server that speaks OpenAI's Chat Completions API: {@code POST {baseUrl}/chat/completions}
 * with {@code model}, a system and a user message, {@code temperature: 0}, {@code stream: false} and
 * {@code response_format: {type: "json_schema", json_schema: {name: "job_insights", strict: true, schema}}}
 * (structured outputs, https://platform.openai.com/docs/guides/structured-outputs); the answer is read from
 * {@code choices[0].message.content}.
 *
 * <p>What we rely on from local servers: Ollama's OpenAI compatibility ({@code /v1/chat/completions}) accepts
 * {@code response_format} of type {@code json_schema} and constrains the output with the schema; LM Studio's
 * server does the same ({@code "strict"} accepted); both ignore the {@code Authorization} header, so the key may be
 * absent. Neither sends {@code refusal}; OpenAI does when a model declines.
 *
 * <p>Errors ({@link InsightProviderException#reason()}): an HTTP status other than 2xx (429 included: the enricher
 * has its own rate limit), a refused connection, a refusal or an unreadable envelope → {@code provider-error}; no
 * complete answer within {@link OpenAiCompatibleSettings#timeout()} → {@code timeout}; content that is not JSON of
 * the schema, or cut off ({@code finish_reason: length}) → {@code invalid-answer}. Neither the posting nor the
 * resume is logged or put into an exception message.
 */
public final class OpenAiCompatibleProvider implements InsightProvider {

    static final String SCHEMA_NAME = "job_insights";

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final OpenAiCompatibleSettings settings;
    private final URI endpoint;
    private final HttpClient http;

    public OpenAiCompatibleProvider(OpenAiCompatibleSettings settings) {
        this.settings = settings;
        String base = settings.baseUrl().endsWith("/") ? settings.baseUrl() : settings.baseUrl() + "/";
        this.endpoint = URI.create(base).resolve("chat/completions");
        this.http = HttpClient.newBuilder()
                .connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public String name() {
        return AiProviders.OPENAI_COMPATIBLE;
    }

    @Override
    public String model() {
        return settings.model();
    }

    @Override
    public Insights insights(InsightRequest request) throws InsightProviderException {
        boolean withResume = request.resume() != null;
        ChatCompletions.Request body = new ChatCompletions.Request(settings.model(),
                List.of(new ChatCompletions.Message("system", ModelAnswer.instructions(withResume)),
                        new ChatCompletions.Message("user", ModelAnswer.prompt(request))),
                new ChatCompletions.ResponseFormat("json_schema",
                        new ChatCompletions.JsonSchema(SCHEMA_NAME, true, ModelAnswer.jsonSchema(withResume))),
                0.0, false);
        HttpRequest.Builder post = HttpRequest.newBuilder(endpoint)
                .timeout(settings.timeout())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
        if (settings.apiKey() != null && !settings.apiKey().isBlank()) {
            post.header("Authorization", "Bearer " + settings.apiKey());
        }
        HttpResponse<String> response = send(post.build());
        if (response.statusCode() / 100 != 2) {
            throw new InsightProviderException(ModelAnswer.PROVIDER_ERROR,
                    "chat completions answered HTTP " + response.statusCode());
        }
        ChatCompletions.Response envelope;
        try {
            envelope = JSON.readValue(response.body(), ChatCompletions.Response.class);
        } catch (JacksonException e) {
            throw new InsightProviderException(ModelAnswer.PROVIDER_ERROR,
                    "chat completions answer is not a completion (" + e.getClass().getSimpleName() + ")");
        }
        if (envelope == null || envelope.choices() == null || envelope.choices().isEmpty()
                || envelope.choices().get(0).message() == null) {
            throw new InsightProviderException(ModelAnswer.PROVIDER_ERROR, "chat completions answer has no choice");
        }
        ChatCompletions.Choice choice = envelope.choices().get(0);
        if (choice.message().refusal() != null && !choice.message().refusal().isBlank()) {
            throw new InsightProviderException(ModelAnswer.PROVIDER_ERROR, "the model refused to answer");
        }
        if ("content_filter".equals(choice.finishReason())) {
            throw new InsightProviderException(ModelAnswer.PROVIDER_ERROR, "the answer was filtered");
        }
        if ("length".equals(choice.finishReason())) {
            throw new InsightProviderException(ModelAnswer.INVALID_ANSWER, "the answer was cut off (length)");
        }
        return ModelAnswer.parse(choice.message().content(), withResume);
    }

    // sendAsync + a bounded wait: HttpRequest.timeout alone stops at the headers, a slow body could hang on.
    private HttpResponse<String> send(HttpRequest request) throws InsightProviderException {
        CompletableFuture<HttpResponse<String>> call =
                http.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        try {
            return call.get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            call.cancel(true);
            throw new InsightProviderException(ModelAnswer.TIMEOUT,
                    "no answer within " + settings.timeout().toMillis() + " ms");
        } catch (InterruptedException e) {
            call.cancel(true);
            Thread.currentThread().interrupt();
            throw new InsightProviderException(ModelAnswer.PROVIDER_ERROR, "interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof HttpTimeoutException) {
                throw new InsightProviderException(ModelAnswer.TIMEOUT,
                        "no answer within " + settings.timeout().toMillis() + " ms", cause);
            }
            String kind = cause instanceof IOException ? "I/O" : "call";
            throw new InsightProviderException(ModelAnswer.PROVIDER_ERROR,
                    "chat completions " + kind + " failure (" + cause.getClass().getSimpleName() + ")", cause);
        }
    }
}
