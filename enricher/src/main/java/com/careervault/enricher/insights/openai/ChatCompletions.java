package com.careervault.enricher.insights.openai;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The parts of the Chat Completions wire format that we send and read
 * (https://platform.openai.com/docs/api-reference/chat/create). Unknown response fields are ignored.
 */
final class ChatCompletions {

    private ChatCompletions() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Request(String model, List<Message> messages, @JsonProperty("response_format") ResponseFormat responseFormat,
            Double temperature, Boolean stream) {
    }

    record Message(String role, String content) {
    }

    /** {@code {type: "json_schema", json_schema: {name, strict, schema}}}: structured outputs. */
    record ResponseFormat(String type, @JsonProperty("json_schema") JsonSchema jsonSchema) {
    }

    record JsonSchema(String name, boolean strict, Map<String, Object> schema) {
    }

    record Response(List<Choice> choices) {
    }

    record Choice(Integer index, AnswerMessage message, @JsonProperty("finish_reason") String finishReason) {
    }

    /** {@code refusal} is set (and {@code content} null) when an OpenAI model declines to answer. */
    record AnswerMessage(String role, String content, String refusal) {
    }
}
