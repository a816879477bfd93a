package com.careervault.api.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class DocumentsPropertiesTest {

    @Test
    void unsetSettingsTakeTheDocumentedDefaults() {
        DocumentsProperties defaults = new DocumentsProperties(" ", "", null, null, null);

        assertThat(defaults.bucket()).isEqualTo("careervault-documents");
        assertThat(defaults.prefix()).isEqualTo("documents");
        assertThat(defaults.maxFileSize()).isEqualTo(DataSize.ofMegabytes(5));
        assertThat(defaults.downloadUrlTtl()).isEqualTo(Duration.ofMinutes(5));
        assertThat(defaults.spoolDirectory()).isEqualTo(Path.of(System.getProperty("java.io.tmpdir")));
    }

    @Test
    void aPrefixWithASlashAtEitherEndIsRefused() {
        assertThatThrownBy(() -> new DocumentsProperties(null, "documents/", null, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("DOCUMENTS_PREFIX must not start or end with '/': documents/");
        assertThatThrownBy(() -> new DocumentsProperties(null, "/documents", null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMaxFileSizeThatIsNotPositiveIsRefused() {
        assertThatThrownBy(() -> new DocumentsProperties(null, null, DataSize.ofBytes(0), null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("DOCUMENTS_MAX_FILE_SIZE must be positive");
    }

    @Test
    void aDownloadUrlTtlOutsideOneSecondToSevenDaysIsRefused() {
        assertThatThrownBy(() -> new DocumentsProperties(null, null, null, Duration.ofDays(7).plusSeconds(1), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("DOCUMENTS_DOWNLOAD_URL_TTL must be between 1 second and 7 days");
        assertThatThrownBy(() -> new DocumentsProperties(null, null, null, Duration.ZERO, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new DocumentsProperties(null, null, null, Duration.ofDays(7), null).downloadUrlTtl())
                .isEqualTo(Duration.ofDays(7));
    }
}
