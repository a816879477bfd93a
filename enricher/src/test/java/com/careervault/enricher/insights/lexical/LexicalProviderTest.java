package com.careervault.enricher.insights.lexical;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.careervault.enricher.insights.InsightRequest;
import com.careervault.enricher.insights.Insights;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

class LexicalProviderTest {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final LexicalProvider provider = new LexicalProvider();

    private static final String BACKEND_POSTING = resource("backend-posting.txt");
    private static final String MARKETING_POSTING = resource("marketing-posting.txt");
    private static final String BACKEND_RESUME = resource("backend-resume.txt");
    private static final String MARKETING_RESUME = resource("marketing-resume.txt");

    @Test
    void namesItselfLexicalWithItsModel() {
        assertThat(provider.name()).isEqualTo("lexical");
        assertThat(provider.model()).isEqualTo("lexical-1").isEqualTo(LexicalProvider.MODEL);
    }

    @Test
    void backendPostingWithBackendResumeGivesTheGoldenInsights() {
        Insights insights = provider.insights(new InsightRequest("Northwind Logistics", "Senior Backend Engineer",
                BACKEND_POSTING, BACKEND_RESUME, List.of(MARKETING_POSTING)));

        assertThat(JSON.writeValueAsString(insights)).isEqualTo(resource("golden-backend-backend.json").strip());
    }

    @Test
    void marketingPostingWithoutResumeGivesTheGoldenInsights() {
        Insights insights = provider.insights(new InsightRequest("Bloom Cosmetics", "Marketing Manager",
                MARKETING_POSTING, null, List.of(BACKEND_POSTING)));

        assertThat(JSON.writeValueAsString(insights)).isEqualTo(resource("golden-marketing-none.json").strip());
        assertThat(insights.matchScore()).isNull();
        assertThat(insights.strengths()).isEmpty();
        assertThat(insights.gaps()).isEmpty();
    }

    @Test
    void aBackendResumeScoresABackendPostingHigherThanAMarketingResumeDoes() {
        int backend = score(BACKEND_POSTING, BACKEND_RESUME, MARKETING_POSTING);
        int marketing = score(BACKEND_POSTING, MARKETING_RESUME, MARKETING_POSTING);

        assertThat(backend).isGreaterThan(marketing);
        assertThat(backend - marketing).as("a clear margin, not a coin toss").isGreaterThanOrEqualTo(30);
    }

    @Test
    void aMarketingResumeScoresAMarketingPostingHigherThanABackendResumeDoes() {
        int marketing = score(MARKETING_POSTING, MARKETING_RESUME, BACKEND_POSTING);
        int backend = score(MARKETING_POSTING, BACKEND_RESUME, BACKEND_POSTING);

        assertThat(marketing).isGreaterThan(backend);
        assertThat(marketing - backend).as("a clear margin, not a coin toss").isGreaterThanOrEqualTo(30);
    }

    @Test
    void theSameInputGivesTheSameOutputToTheByteWhateverTheOrderOfTheOtherPostings() {
        List<String> others = List.of(MARKETING_POSTING, "Data analyst: SQL, Python, Tableau and statistics.",
                "Frontend developer: React, TypeScript and CSS.");
        List<String> reversed = new ArrayList<>(others);
        Collections.reverse(reversed);

        String first = JSON.writeValueAsString(provider.insights(
                new InsightRequest("N", "P", BACKEND_POSTING, BACKEND_RESUME, others)));
        String again = JSON.writeValueAsString(new LexicalProvider().insights(
                new InsightRequest("N", "P", BACKEND_POSTING, BACKEND_RESUME, others)));
        String otherOrder = JSON.writeValueAsString(provider.insights(
                new InsightRequest("N", "P", BACKEND_POSTING, BACKEND_RESUME, reversed)));

        assertThat(again).isEqualTo(first);
        assertThat(otherOrder).isEqualTo(first);
    }

    @Test
    void termsThatEveryOtherPostingSharesWeighLessThanTermsSpecificToThisPosting() {
        String posting = "We need Java and Python engineers. Java is our main language; Python for scripts.";
        // Python in every other posting, Java in none: Java must come first although both appear twice.
        List<String> others = List.of("Python data team", "Python automation", "Python and SQL");

        Insights insights = provider.insights(new InsightRequest("C", "P", posting, "I know Python.", others));

        assertThat(insights.requiredSkills()).containsExactly("Java", "Python");
        assertThat(insights.strengths()).startsWith("Python");
        assertThat(insights.gaps()).containsExactly("Java");
    }

    @Test
    void aPostingOutsideTheSkillsVocabularyShowsTheTermsThatLowerItsScore() {
        String posting = "Pastry chef for our bakery. You laminate croissant dough and bake sourdough bread daily.";
        String resume = "Pastry chef, eight years: croissant dough, viennoiserie, wedding cakes.";

        Insights insights = provider.insights(new InsightRequest("C", "P", posting, resume, List.of()));

        assertThat(insights.matchScore()).isBetween(1, 99);
        // no skill of the vocabulary is missing, so the missing plain terms explain the score
        assertThat(insights.gaps()).contains("sourdough", "bread").doesNotContain("croissant", "dough");
        // the one skill it has is what it shows as a strength; words read as noise next to skills
        assertThat(insights.strengths()).containsExactly("Chef");
    }

    @Test
    void aResumeWithEveryTermScoresOneHundredAndAnEmptyOneZero() {
        String posting = "Kotlin and Spring Boot developer for payment services.";

        assertThat(provider.insights(new InsightRequest("C", "P", posting, posting, List.of())).matchScore())
                .isEqualTo(100);
        assertThat(provider.insights(new InsightRequest("C", "P", posting, "", List.of())).matchScore())
                .isZero();
    }

    @Test
    void anEmptyPostingGivesEmptyInsights() {
        Insights insights = provider.insights(new InsightRequest("C", "P", "", "Java developer", List.of()));

        assertThat(insights).isEqualTo(new Insights("", List.of(), 0, List.of(), List.of()));
    }

    @Test
    void theSummaryStaysWithinTwoThousandCharactersInThePostingsOrder() {
        StringBuilder posting = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            posting.append("Sentence number ").append(i).append(" about Java, Kafka and Kubernetes operations ")
                    .append("x".repeat(900)).append(".\n");
        }

        Insights insights = provider.insights(new InsightRequest("C", "P", posting.toString(), null, List.of()));

        assertThat(insights.summary()).hasSizeLessThanOrEqualTo(2000).startsWith("Sentence number 0 about Java");
    }

    private int score(String posting, String resume, String other) {
        return provider.insights(new InsightRequest("C", "P", posting, resume, List.of(other))).matchScore();
    }

    static String resource(String name) {
        try (InputStream in = LexicalProviderTest.class.getClassLoader().getResourceAsStream("lexical/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource lexical/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
