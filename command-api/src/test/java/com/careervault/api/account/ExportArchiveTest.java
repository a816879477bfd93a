package com.careervault.api.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.careervault.api.documents.ContentAddressedStore;
import com.careervault.api.documents.Document;
import com.careervault.api.documents.DocumentVersion;
import com.careervault.api.documents.DocumentsProperties;
import com.careervault.api.documents.ExportedDocument;
import com.careervault.api.problems.DependencyUnavailableException;
import com.careervault.contracts.aws.S3Settings;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.util.unit.DataSize;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * {@link ExportArchive}'s spool file is gone however the work ends: S3 failing (503), the export cancelled while
 * the archive is written, the answer's body read to its end or cancelled. The store points at a port where no S3
 * answers, so every read of a file fails as when S3 is down.
 */
class ExportArchiveTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    @TempDir
    Path spool;

    private S3AsyncClient s3;
    private S3Presigner presigner;
    private ExportArchive archive;

    @BeforeEach
    void setUp() {
        S3Settings nowhere = new S3Settings("http://127.0.0.1:9", true, null, Duration.ofSeconds(5));
        var credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"));
        s3 = nowhere.asyncClient("us-east-1", credentials);
        presigner = nowhere.presigner("us-east-1", credentials);
        DocumentsProperties properties = new DocumentsProperties("bucket", "documents", DataSize.ofKilobytes(64),
                null, spool);
        archive = new ExportArchive(new ContentAddressedStore(s3, presigner, properties), properties);
    }

    @AfterEach
    void tearDown() {
        s3.close();
        presigner.close();
    }

    @Test
    void s3DownFailsTheArchiveAsUnavailableAndLeavesNoFile() throws IOException {
        DocumentVersion version = new DocumentVersion(1, "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                4, "text/plain", "notes.txt", "2026-11-20T09:00:00.000000Z");
        List<ExportedDocument> documents = ExportedDocument.of(List.of(new Document(
                "5b1d0c2e-8a4f-4e6b-9c7d-0e1f2a3b4c5d", "Notes", "other", 1, version.createdAt(), version.createdAt(),
                List.of(version))));

        assertThatThrownBy(() -> archive.write("u1", NOW, json("{}"), documents).block())
                .isInstanceOf(DependencyUnavailableException.class)
                .hasMessage("The document store is unavailable; retry later");
        assertThat(files()).isEmpty();
    }

    @Test
    void anExportCancelledWhileTheArchiveIsWrittenLeavesNoFile() {
        // the JSON never ends: the archive is being written when the export is cancelled
        Flux<ByteBuffer> endless = Flux.concat(json("{\"exported_at\":"), Flux.never());
        Disposable export = archive.write("u1", NOW, endless, List.of()).subscribe();
        await().atMost(Duration.ofSeconds(10)).until(() -> files().size() == 1);

        export.dispose();

        await().atMost(Duration.ofSeconds(10)).until(() -> files().isEmpty());
    }

    @Test
    void theSpoolFileIsDeletedOnceTheAnswerIsSentAndWhenItsReaderCancels() throws IOException {
        // random letters: the archive stays larger than one read buffer (64 KiB) after deflating
        byte[] random = new byte[200_000];
        new Random(20).nextBytes(random);
        String text = "{\"notes\":\"" + Base64.getEncoder().encodeToString(random) + "\"}";
        ExportArchive.Spooled sent = archive.write("u1", NOW, json(text), List.of()).block();
        assertThat(files()).hasSize(1);
        assertThat(Files.size(files().get(0))).isEqualTo(sent.size());

        byte[] zip = DataBufferUtils.join(sent.content()).map(ExportArchiveTest::bytes).block();

        assertThat(zip).hasSize((int) sent.size());
        try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry = entries.getNextEntry();
            assertThat(entry.getName()).isEqualTo("careervault-export.json");
            assertThat(entry.getLastModifiedTime().toInstant()).isEqualTo(NOW);
            assertThat(new String(entries.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(text);
            assertThat(entries.getNextEntry()).isNull();
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> files().isEmpty());

        ExportArchive.Spooled cancelled = archive.write("u1", NOW, json(text), List.of()).block();
        assertThat(cancelled.size()).isGreaterThan(2 * 64 * 1024);
        assertThat(files()).hasSize(1);
        // one buffer of the file, then the reader goes away
        assertThat(cancelled.content().take(1).map(ExportArchiveTest::bytes).blockLast()).isNotEmpty();
        await().atMost(Duration.ofSeconds(10)).until(() -> files().isEmpty());
    }

    private static Flux<ByteBuffer> json(String text) {
        return Flux.just(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] bytes(DataBuffer buffer) {
        byte[] bytes = new byte[buffer.readableByteCount()];
        buffer.read(bytes);
        DataBufferUtils.release(buffer);
        return bytes;
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(spool)) {
            return files.toList();
        }
    }
}
