package com.careervault.contracts.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TagKeysTest {

    @Test
    void caseAndWhiteSpaceAreFoldedAccentsAndPunctuationKept() {
        assertThat(TagKeys.keyOf("Remote")).contains("remote");
        assertThat(TagKeys.keyOf("  REMOTE \t")).contains("remote");
        assertThat(TagKeys.keyOf("Remote \u00A0 First")).contains("remote first");
        assertThat(TagKeys.keyOf("Straße")).isEqualTo(TagKeys.keyOf("STRASSE"));
        // decomposed input (e + combining acute) has the key of the precomposed one; accents are not dropped
        assertThat(TagKeys.keyOf("Cafe\u0301")).contains("caf\u00e9");
        assertThat(TagKeys.keyOf("café")).isNotEqualTo(TagKeys.keyOf("cafe"));
        assertThat(TagKeys.keyOf("🚀")).contains("🚀");
    }

    @Test
    void theSortKeySeparatorAndTheEscapeCharacterAreEncoded() {
        assertThat(TagKeys.keyOf("C#")).contains("c%23");
        assertThat(TagKeys.keyOf("100%")).contains("100%25");
        assertThat(TagKeys.keyOf("a%23")).contains("a%2523");
        assertThat(TagKeys.keyOf("C#")).isNotEqualTo(TagKeys.keyOf("c%23"));
    }

    @Test
    void blankIsNoKeyAndBrokenTextIsRefused() {
        assertThat(TagKeys.keyOf(null)).isEqualTo(Optional.empty());
        assertThat(TagKeys.keyOf(" \t ")).isEqualTo(Optional.empty());
        assertThatThrownBy(() -> TagKeys.keyOf("a\uD800")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aJobsTagsHaveOneKeyPerSpelling() {
        assertThat(TagKeys.keysOf(List.of("Remote", "remote", "Java", "C#"))).containsExactly("remote", "java", "c%23");
        assertThat(TagKeys.keysOf(null)).isEmpty();
        assertThat(TagKeys.keysOf(Arrays.asList("x", null, " ", "y\uD800"))).containsExactly("x");
        assertThat(TagKeys.matches(List.of("Backend", "Remote"), "remote")).isTrue();
        assertThat(TagKeys.matches(List.of("Backend"), "remote")).isFalse();
    }
}
