package com.careervault.api.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The type checks and the file names, without the stack: each limit of a DOCX package and each name rule. */
class DocumentTypesTest {

    private final DocumentTypes types = new DocumentTypes();

    @TempDir
    Path dir;

    @Test
    void theBytesDecideNotTheName() throws IOException {
        assertThat(detect("%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII), "x.txt"))
                .contains(DocumentType.PDF);
        assertThat(detect(DocumentApiTest.docx("<w:document/>"), "x")).contains(DocumentType.DOCX);
        assertThat(detect("plain words\n".getBytes(StandardCharsets.UTF_8), "notes.TXT")).contains(DocumentType.TEXT);
        assertThat(detect("# Title\n".getBytes(StandardCharsets.UTF_8), "notes.Markdown"))
                .contains(DocumentType.MARKDOWN);
        assertThat(detect("<html><body>hi</body></html>".getBytes(StandardCharsets.UTF_8), "page.txt")).isEmpty();
        assertThat(detect(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0}, "a.pdf"))
                .isEmpty();
    }

    @Test
    void aZipIsADocxOnlyWithinItsLimits() throws IOException {
        assertThat(detect(DocumentApiTest.plainZip(), "a.docx")).isEmpty();
        assertThat(detect(DocumentApiTest.zipBomb(), "a.docx")).isEmpty();
        // a macro-enabled document names another main part
        assertThat(detect(zip("[Content_Types].xml", ("<Types><Override ContentType=\"application/vnd.ms-word."
                + "document.macroEnabled.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8)), "a.docx")).isEmpty();
        // content types larger than their bound
        byte[] padded = (DocumentTypes.WORD_MAIN_PART + " ".repeat(DocumentTypes.MAX_CONTENT_TYPES_BYTES))
                .getBytes(StandardCharsets.US_ASCII);
        assertThat(detect(stored("[Content_Types].xml", padded), "a.docx")).isEmpty();
        // too many entries
        ByteArrayOutputStream many = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(many)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(DocumentTypes.WORD_MAIN_PART.getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < DocumentTypes.MAX_ENTRIES; i++) {
                zip.putNextEntry(new ZipEntry("e" + i));
            }
        }
        assertThat(detect(many.toByteArray(), "a.docx")).isEmpty();
        // a damaged ZIP: its signature, then nothing of a directory
        assertThat(detect(new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0}, "a.docx")).isEmpty();
    }

    @Test
    void fileNamesLoseTheirPathAndControlCharactersAndEndWithTheirType() {
        assertThat(FileNames.sanitize("../../etc/pass\twd", DocumentType.TEXT)).isEqualTo("passwd.txt");
        assertThat(FileNames.sanitize("C:\\Users\\me\\CV.pdf", DocumentType.PDF)).isEqualTo("CV.pdf");
        assertThat(FileNames.sanitize("..", DocumentType.PDF)).isEqualTo("document.pdf");
        assertThat(FileNames.sanitize(null, DocumentType.DOCX)).isEqualTo("document.docx");
        assertThat(FileNames.sanitize(".hidden.md", DocumentType.MARKDOWN)).isEqualTo("hidden.md");
        assertThat(FileNames.sanitize("resume.pdf.exe", DocumentType.PDF)).isEqualTo("resume.pdf.exe.pdf");
        assertThat(FileNames.sanitize("Lebenslauf\u202e fdp.exe", DocumentType.PDF))
                .isEqualTo("Lebenslauf fdp.exe.pdf");
        assertThat(FileNames.sanitize("a".repeat(300) + ".pdf", DocumentType.PDF))
                .isEqualTo("a".repeat(FileNames.MAX_LENGTH - 4) + ".pdf");
    }

    private Optional<DocumentType> detect(byte[] bytes, String name) throws IOException {
        Path file = Files.write(Files.createTempFile(dir, "upload-", ".part"), bytes);
        return types.detect(file, name);
    }

    private static byte[] zip(String name, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
        }
        return out.toByteArray();
    }

    /** One entry stored uncompressed, so that its declared size is its real size (no ratio to trip over). */
    private static byte[] stored(String name, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry entry = new ZipEntry(name);
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(content.length);
            CRC32 crc = new CRC32();
            crc.update(content);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(content);
        }
        return out.toByteArray();
    }
}
