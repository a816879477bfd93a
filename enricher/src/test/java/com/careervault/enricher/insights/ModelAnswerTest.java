package com.careervault.enricher.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class ModelAnswerTest {

    @Test
    void clipsWithoutCuttingASurrogatePairInHalf() {
        String text = "a".repeat(1999) + "😀" + "b";

        String clipped = ModelAnswer.clip(text, 2000);

        assertThat(clipped).isEqualTo("a".repeat(1999));
        assertThat(ModelAnswer.clip("short", 2000)).isEqualTo("short");
    }

    @Test
    void readsJsonInsideAFenceButNotJsonWithTrailingText() throws Exception {
        String json = "{\"summary\": \"S\", \"required_skills\": [\"Go\"]}";

        assertThat(ModelAnswer.parse("```json\n" + json + "\n```", false))
                .isEqualTo(new Insights("S", List.of("Go"), null, List.of(), List.of()));
        assertThat(ModelAnswer.parse("```\n" + json + "\n```", false).summary()).isEqualTo("S");
        assertThatThrownBy(() -> ModelAnswer.parse(json + " and that is all", false))
                .isInstanceOf(InsightProviderException.class)
                .extracting(e -> ((InsightProviderException) e).reason()).isEqualTo("invalid-answer");
    }

    @Test
    void theSchemaAsksForTheScoreOnlyWithAResume() {
        assertThat(ModelAnswer.jsonSchema(true).get("required"))
                .isEqualTo(List.of("summary", "required_skills", "match_score", "strengths", "gaps"));
        assertThat(ModelAnswer.jsonSchema(false).get("required")).isEqualTo(List.of("summary", "required_skills"));
        assertThat(ModelAnswer.instructions(false)).doesNotContain("match_score");
    }
}
