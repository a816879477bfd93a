package com.careervault.enricher.insights.gemini;

import java.io.InterruptedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.careervault.contracts.enrichment.AiProviders;
import com.careervault.enricher.insights.InsightProvider;
import com.careervault.enricher.insights.InsightProviderException;
import com.careervault.enricher.insights.InsightRequest;
import com.careervault.enricher.insights.Insights;
import com.careervault.enricher.insights.ModelAnswer;
import com.google.genai.Client;
import com.google.genai.errors.ApiException;
import com.google.genai.types.Candidate;
import com.google.genai.types.Content;
import com.google.genai.types.FinishReason;
import com.google.genai.types.GenerateContentConfig;
import com.google.genai.types.GenerateContentResponse;
import com.google.genai.types.HttpOptions;
import com.google.genai.types.HttpRetryOptions;
import com.google.genai.types.Part;
import com.google.genai.types.Schema;
import com.google.genai.types.Type;

/**
 * Insights from the Gemini API through Google's Java SDK ({@code com.google.genai:google-genai}):
 * {@code models.generateContent} ({@code POST v1beta/models/{model}:generateContent}) with a system instruction,
 * the posting (and resume) as the user content, {@code temperature 0}, {@code responseMimeType
 * application/json} and a {@code responseSchema} of the answer (structured output,
 * https://ai.google.dev/gemini-api/docs/structured-output). The answer is the text of the first candidate's parts
 * ({@code candidates[0].content.parts[].text}, thought parts skipped), validated and clamped by
 * {@link ModelAnswer}.
 *
 * <p>Errors ({@link InsightProviderException#reason()}): an HTTP error status (429 included; the SDK's own retries
 * are off, the enricher has its rate limit), a failed connection, a blocked prompt ({@code
 * promptFeedback.blockReason}) or a candidate stopped for safety, recitation or another non-{@code STOP}
 * {@code finishReason} → {@code provider-error}; no answer within {@link GeminiSettings#timeout()} →
 * {@code timeout}; output that is not JSON of the schema, or cut off ({@code MAX_TOKENS}) → {@code
 * invalid-answer}. Neither the posting nor the resume is logged or put into an exception message.
 */
public final class GeminiProvider implements InsightProvider, AutoCloseable {

    private final GeminiSettings settings;
    private final Client client;

    public GeminiProvider(GeminiSettings settings) {
        this.settings = settings;
        HttpOptions.Builder http = HttpOptions.builder()
                .timeout((int) settings.timeout().toMillis())
                .retryOptions(HttpRetryOptions.builder().attempts(1).build());
        if (settings.baseUrl() != null && !settings.baseUrl().isBlank()) {
            http.baseUrl(settings.baseUrl());
        }
        this.client = Client.builder()
                .apiKey(settings.apiKey())
                .vertexAI(false)
                .httpOptions(http.build())
                .build();
    }

    @Override
    public String name() {
        return AiProviders.GEMINI;
    }

    @Override
    public String model() {
        return settings.model();
    }

    @Override
    public Insights insights(InsightRequest request) throws InsightProviderException {
        boolean withResume = request.resume() != null;
        GenerateContentConfig config = GenerateContentConfig.builder()
                .systemInstruction(Content.fromParts(Part.fromText(ModelAnswer.instructions(withResume))))
                .temperature(0f)
                .candidateCount(1)
                .responseMimeType("application/json")
                .responseSchema(responseSchema(withResume))
                .build();
        GenerateContentResponse response;
        try {
            response = client.models.generateContent(settings.model(), ModelAnswer.prompt(request), config);
        } catch (ApiException e) {
            throw new InsightProviderException(ModelAnswer.PROVIDER_ERROR,
                    "Gemini answered HTTP " + e.code() + " " + e.status());
        } catch (RuntimeException e) {
            if (timedOut(e)) {
                throw new InsightProviderException(ModelAnswer.TIMEOUT,
                        "no answer from Gemini within " + settings.timeout().toMillis() + " ms");
            }
            throw new InsightProviderException(ModelAnswer.PROVIDER_ERROR,
                    "Gemini call failed (" + e.getClass().getSimpleName() + ")");
        }
        return ModelAnswer.parse(answerText(response), withResume);
    }

    /** The answer's schema in the SDK's types (an OpenAPI 3.0 subset): the shape of {@link ModelAnswer}. */
    static Schema responseSchema(boolean withResume) {
        Schema text = Schema.builder().type(Type.Known.STRING).build();
        Schema texts = Schema.builder().type(Type.Known.ARRAY).items(text).build();
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("summary", Schema.builder().type(Type.Known.STRING)
                .description("What the job is and asks for, at most 4 sentences").build());
        properties.put("required_skills", Schema.builder().type(Type.Known.ARRAY).items(text)
                .maxItems((long) ModelAnswer.SKILLS_MAX).description("Most important first").build());
        if (withResume) {
            properties.put("match_score", Schema.builder().type(Type.Known.INTEGER)
                    .minimum(0.0).maximum(100.0).build());
            properties.put("strengths", texts);
            properties.put("gaps", texts);
        }
        List<String> required = ModelAnswer.requiredProperties(withResume);
        return Schema.builder()
                .type(Type.Known.OBJECT)
                .properties(properties)
                .required(required)
                .propertyOrdering(required)
                .build();
    }

    private static String answerText(GenerateContentResponse response) throws InsightProviderException {
        if (response.promptFeedback().flatMap(feedback -> feedback.blockReason()).isPresent()) {
            throw new InsightProviderException(ModelAnswer.PROVIDER_ERROR, "Gemini blocked the prompt");
        }
        List<Candidate> candidates = response.candidates().orElse(List.of());
        if (candidates.isEmpty()) {
            throw new InsightProviderException(ModelAnswer.PROVIDER_ERROR, "Gemini gave no candidate");
        }
        Candidate candidate = candidates.get(0);
        Optional<FinishReason.Known> finish = candidate.finishReason().map(FinishReason::knownEnum);
        if (finish.isPresent() && finish.get() == FinishReason.Known.MAX_TOKENS) {
            throw new InsightProviderException(ModelAnswer.INVALID_ANSWER, "Gemini's answer was cut off");
        }
        if (finish.isPresent() && finish.get() != FinishReason.Known.STOP) {
            throw new InsightProviderException(ModelAnswer.PROVIDER_ERROR,
                    "Gemini stopped the answer: " + finish.get());
        }
        StringBuilder text = new StringBuilder();
        for (Part part : candidate.content().flatMap(Content::parts).orElse(List.of())) {
            if (!part.thought().orElse(false)) {
                part.text().ifPresent(text::append);
            }
        }
        return text.toString();
    }

    // The SDK wraps OkHttp's SocketTimeoutException / InterruptedIOException (call timeout) in its own exceptions.
    private static boolean timedOut(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof InterruptedIOException) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        client.close();
    }
}
