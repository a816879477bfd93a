package com.careervault.api.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The canonical posting URL of the duplicate warnings, exactly. */
class CanonicalUrlsTest {

    @Test
    void schemeAndHostAreLowerCasedWwwDefaultPortFragmentAndTrailingSlashDropped() {
        assertThat(CanonicalUrls.of("HTTPS://WWW.Example.COM:443/Jobs/42/#apply"))
                .isEqualTo("https://example.com/Jobs/42");
        assertThat(CanonicalUrls.of("http://example.com:8080")).isEqualTo("http://example.com:8080");
        assertThat(CanonicalUrls.of("http://example.com:80/")).isEqualTo("http://example.com");
    }

    @Test
    void trackingParametersGoAndTheOthersAreSorted() {
        assertThat(CanonicalUrls.of("https://jobs.example.com/view?utm_source=a&UTM_Medium=b&gclid=1&fbclid=2&trk=3"
                + "&refId=4&ref=5&gh_src=6&lever-source=7&msclkid=8&trackingId=9&id=42&lang=en"))
                .isEqualTo("https://jobs.example.com/view?id=42&lang=en");
        assertThat(CanonicalUrls.of("https://jobs.example.com/view?lang=en&id=42&utm_campaign=x"))
                .isEqualTo("https://jobs.example.com/view?id=42&lang=en");
        assertThat(CanonicalUrls.of("https://jobs.example.com/view?utm_source=a")).isEqualTo("https://jobs.example.com/view");
    }

    @Test
    void anythingButAnAbsoluteHttpUrlHasNone() {
        assertThat(CanonicalUrls.of(null)).isNull();
        assertThat(CanonicalUrls.of(" ")).isNull();
        assertThat(CanonicalUrls.of("/jobs/42")).isNull();
        assertThat(CanonicalUrls.of("mailto:jobs@example.com")).isNull();
        assertThat(CanonicalUrls.of("https://exa mple.com/")).isNull();
    }

    @Test
    void companiesCompareWithoutLegalFormCaseAccentsAndPunctuation() {
        assertThat(JobDuplicates.company("Société Générale S.A.")).isEqualTo("societe generale");
        assertThat(JobDuplicates.company("The Acme Company, Inc.")).isEqualTo("acme");
        assertThat(JobDuplicates.company("Volkswagen A.G.")).isEqualTo("volkswagen");
        assertThat(JobDuplicates.company("IBM X")).isEqualTo("ibm x");
        assertThat(JobDuplicates.company("Inc")).isEqualTo("inc");
        assertThat(JobDuplicates.company(null)).isEmpty();
    }
}
