package com.careervault.contracts.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class IdentifiersTest {

    @Test
    void emailsAreTrimmedAndLowerCased() {
        assertThat(Identifiers.canonicalEmail("Testy.Fake@Example.com")).isEqualTo("testy.fake@example.com");
        assertThat(Identifiers.canonicalEmail("  TESTY.FAKE@EXAMPLE.COM\t")).isEqualTo("testy.fake@example.com");
        assertThat(Identifiers.canonicalEmail(null)).isNull();
    }

    @Test
    void decomposedAndComposedSpellingsAreOneAddress() {
        String composed = "jos\u00e9@example.com";
        String decomposed = "jose\u0301@EXAMPLE.com";

        assertThat(Identifiers.canonicalEmail(decomposed)).isEqualTo(composed);
        assertThat(Identifiers.canonicalEmail("JOS\u00c9@example.com")).isEqualTo(composed);
    }

    @Test
    void theDefaultLocaleDoesNotChangeTheRule() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertThat(Identifiers.canonicalUsername("JIM.SMITH")).isEqualTo("jim.smith");
            assertThat(Identifiers.canonicalEmail("IAN@EXAMPLE.COM")).isEqualTo("ian@example.com");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void usernamesFollowTheSameRule() {
        assertThat(Identifiers.canonicalUsername(" JDoe_42 ")).isEqualTo("jdoe_42");
    }

    @Test
    void theCanonicalFormIsAFixedPoint() {
        for (String raw : List.of("Testy.Fake@Example.com", "\u0130STANBUL@example.com", "A\u030a@x.org",
                "\u1e9e@x.org", "\u03a3\u039f\u03a3@x.gr", "\ud83d\ude80Rocket@x.org")) {
            String once = Identifiers.canonicalEmail(raw);
            assertThat(Identifiers.canonicalEmail(once)).as(raw).isEqualTo(once);
        }
    }
}
