package com.careervault.enricher.insights.lexical;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LexicalTermsTest {

    private final Vocabulary vocabulary = Vocabulary.load();
    private final Tokenizer tokenizer = new Tokenizer(vocabulary.skillTokens());
    private final Terms terms = new Terms(vocabulary);

    @Test
    void keepsTechnicalTermsWholeAndSplitsOtherSlashes() {
        assertThat(tokenizer.tokens("C++, C#, Node.js and .NET; CI/CD, Java/Kotlin. Full-stack Ünïcode 42"))
                .containsExactly("c++", "c#", "node.js", "and", ".net", "ci/cd", "java", "kotlin", "full-stack",
                        "ünïcode", "42");
    }

    @Test
    void recognisesMultiWordSkillsAndAliasesAndDropsStopWords() {
        assertThat(terms.of("Experience with machine learning, Spring Boot and Postgres on k8s in the services team"))
                .extracting(Terms.Term::key, Terms.Term::skill)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("experience", false),
                        org.assertj.core.groups.Tuple.tuple("machine learning", true),
                        org.assertj.core.groups.Tuple.tuple("spring boot", true),
                        org.assertj.core.groups.Tuple.tuple("postgresql", true),
                        org.assertj.core.groups.Tuple.tuple("kubernetes", true),
                        org.assertj.core.groups.Tuple.tuple("service", false),
                        org.assertj.core.groups.Tuple.tuple("team", false));
        assertThat(terms.display("postgresql")).isEqualTo("PostgreSQL");
    }

    @Test
    void aResumesMultiWordSkillAlsoOffersItsWords() {
        assertThat(terms.keys("Spring Boot")).contains("spring boot", "spring", "boot");
    }
}
