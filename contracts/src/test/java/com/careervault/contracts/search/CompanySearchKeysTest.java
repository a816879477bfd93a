package com.careervault.contracts.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CompanySearchKeysTest {

    @Test
    void foldingRemovesCaseAccentsAndPunctuation() {
        assertThat(CompanySearchKeys.fold("  Zürich Fakeworks, Inc. ")).isEqualTo("zurich fakeworks inc");
        // decomposed input (u + combining diaeresis) folds like the precomposed one
        assertThat(CompanySearchKeys.fold("Zu\u0308rich")).isEqualTo("zurich");
        assertThat(CompanySearchKeys.fold("Straße Øresund Łódź ÆON")).isEqualTo("strasse oresund lodz aeon");
        assertThat(CompanySearchKeys.fold("ＡＣＭＥ")).isEqualTo("acme");
        assertThat(CompanySearchKeys.fold("AT&T—Labs")).isEqualTo("at t labs");
        assertThat(CompanySearchKeys.fold("東京 株式会社")).isEqualTo("東京 株式会社");
        assertThat(CompanySearchKeys.fold("🚀🚀")).isEmpty();
    }

    @Test
    void keysArePrefixesFromEachWordStart() {
        assertThat(CompanySearchKeys.keysOf("Acme Fakeworks")).containsExactlyInAnyOrder(
                "a", "ac", "acm", "acme", "acme f", "acme fa", "acme fak", "acme fake", "acme fakew", "acme fakewo",
                "acme fakewor", "acme fakework", "acme fakeworks",
                "f", "fa", "fak", "fake", "fakew", "fakewo", "fakewor", "fakework", "fakeworks");
        assertThat(CompanySearchKeys.keysOf("🚀")).isEmpty();
        assertThat(CompanySearchKeys.keysOf("a a a")).containsExactlyInAnyOrder("a", "a a", "a a a");
    }

    @Test
    void keysAreBoundedInLengthAndWords() {
        String longName = "w1 w2 w3 w4 w5 w6 w7 w8 w9 abcdefghijklmnopqrstuvwxyz";
        assertThat(CompanySearchKeys.keysOf(longName)).allMatch(key -> key.codePointCount(0, key.length()) <= 24)
                .contains("w8 w9 abcdefghijklmnopqr").doesNotContain("w9", "abc");
        assertThat(CompanySearchKeys.keysOf("x".repeat(200))).hasSize(CompanySearchKeys.MAX_KEY_LENGTH);
        // a letter outside the BMP (two UTF-16 units) counts as one
        assertThat(CompanySearchKeys.keysOf("\uD801\uDC28".repeat(100))).hasSize(CompanySearchKeys.MAX_KEY_LENGTH)
                .allMatch(key -> key.length() == 2 * key.codePointCount(0, key.length()));
        assertThat(CompanySearchKeys.keysOf("🎉é".repeat(100))).containsOnly("e", "e e", "e e e", "e e e e",
                "e e e e e", "e e e e e e", "e e e e e e e", "e e e e e e e e", "e e e e e e e e e",
                "e e e e e e e e e e", "e e e e e e e e e e e", "e e e e e e e e e e e e");
    }

    @Test
    void aQueryIsFoldedAndCutLikeTheNames() {
        assertThat(CompanySearchKeys.keyOf("ACM")).contains("acm");
        assertThat(CompanySearchKeys.keyOf(" Acme   FAKE ")).contains("acme fake");
        assertThat(CompanySearchKeys.keyOf("!!!")).isEqualTo(Optional.empty());
        assertThat(CompanySearchKeys.keyOf("international business machines"))
                .contains("international business m");
        assertThat(CompanySearchKeys.keyOf("abcdefghijklmnopqrstuvw xyz")).contains("abcdefghijklmnopqrstuvw");
    }

    @Test
    void matchingIsByWordStartAndWordOrder() {
        assertThat(CompanySearchKeys.matches("Acme Fakeworks", CompanySearchKeys.keyOf("acme").orElseThrow())).isTrue();
        assertThat(CompanySearchKeys.matches("Acme Fakeworks", CompanySearchKeys.keyOf("ACM").orElseThrow())).isTrue();
        assertThat(CompanySearchKeys.matches("Acme Fakeworks", CompanySearchKeys.keyOf("fakew").orElseThrow()))
                .isTrue();
        assertThat(CompanySearchKeys.matches("Zürich Re", CompanySearchKeys.keyOf("zurich").orElseThrow())).isTrue();
        assertThat(CompanySearchKeys.matches("Zurich Re", CompanySearchKeys.keyOf("ZÜRICH").orElseThrow())).isTrue();
        assertThat(CompanySearchKeys.matches("Acme Fakeworks", CompanySearchKeys.keyOf("acme fake").orElseThrow()))
                .isTrue();
        assertThat(CompanySearchKeys.matches("Acme Fakeworks", CompanySearchKeys.keyOf("works").orElseThrow()))
                .isFalse();
        assertThat(CompanySearchKeys.matches("Acme Fakeworks", CompanySearchKeys.keyOf("fake acme").orElseThrow()))
                .isFalse();
        assertThat(CompanySearchKeys.matches("Acme Fakeworks", CompanySearchKeys.keyOf("acm fake").orElseThrow()))
                .isFalse();
    }
}
