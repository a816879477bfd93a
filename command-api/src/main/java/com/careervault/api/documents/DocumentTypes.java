package com.careervault.api.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.springframework.stereotype.Component;

/**
 * The type of an uploaded file, from its bytes alone (never its name or the client's {@code Content-Type}):
 * Apache Tika's magic detection ({@code tika-core}) tells PDF, plain text and ZIP apart from everything else
 * (executables, HTML, images...). {@code tika-core} calls a DOCX a ZIP ({@code application/zip} or
 * {@code application/x-tika-ooxml}): its container detector is in {@code tika-parsers}, whose dependencies are
 * far heavier than the one check we need, so a ZIP is a DOCX here when its central directory is within limits
 * ({@link #MAX_ENTRIES} entries, {@link #MAX_INFLATED_BYTES} declared in all, no entry inflating more than
 * {@link #MAX_RATIO} times) and its {@code [Content_Types].xml} (read through an inflater that stops after
 * {@link #MAX_CONTENT_TYPES_BYTES}) names the main part of a Word document. Nothing else of the package is
 * inflated, so a zip bomb is refused from its directory without being expanded (directories can lie about
 * sizes, which is why the one entry read has a hard bound of its own).
 * <p>
 * Text is {@code text/markdown} when the name ends with {@code .md} or {@code .markdown} (Markdown has no
 * signature of its own), else {@code text/plain}.
 */
@Component
public class DocumentTypes {

    static final int MAX_ENTRIES = 1_000;
    static final long MAX_INFLATED_BYTES = 50L * 1024 * 1024;
    static final long MAX_RATIO = 100;
    static final int MAX_CONTENT_TYPES_BYTES = 64 * 1024;
    static final String CONTENT_TYPES = "[Content_Types].xml";
    static final String WORD_MAIN_PART =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    private final MimeTypes tika = MimeTypes.getDefaultMimeTypes();

    /**
     * Blocking: reads the file's first bytes (and, for a ZIP, its directory and content types).
     *
     * @param file the upload, at least one byte
     * @param fileName the sanitized file name, only to tell Markdown from plain text
     * @return the type, or empty when the bytes are none of the accepted types (or a DOCX outside the limits)
     */
    public Optional<DocumentType> detect(Path file, String fileName) throws IOException {
        MediaType detected;
        try (TikaInputStream in = TikaInputStream.get(file)) {
            // no name in the metadata: the bytes alone decide
            detected = tika.detect(in, new Metadata());
        }
        String base = detected.getBaseType().toString();
        return switch (base) {
            case "application/pdf" -> Optional.of(DocumentType.PDF);
            case "text/plain" -> Optional.of(DocumentType.MARKDOWN.named(fileName)
                    ? DocumentType.MARKDOWN : DocumentType.TEXT);
            case "application/zip", "application/x-tika-ooxml" -> isWordPackage(file)
                    ? Optional.of(DocumentType.DOCX) : Optional.empty();
            default -> Optional.empty();
        };
    }

    /** Whether the ZIP is a Word document within the limits; a damaged ZIP is not. */
    static boolean isWordPackage(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            if (zip.size() > MAX_ENTRIES) {
                return false;
            }
            long declared = 0;
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                long size = entry.getSize();
                long compressed = entry.getCompressedSize();
                if (size < 0 || compressed < 0) {
                    return false;
                }
                declared += size;
                if (declared > MAX_INFLATED_BYTES || size > Math.max(compressed, 1) * MAX_RATIO) {
                    return false;
                }
            }
            ZipEntry contentTypes = zip.getEntry(CONTENT_TYPES);
            if (contentTypes == null || contentTypes.getSize() > MAX_CONTENT_TYPES_BYTES) {
                return false;
            }
            try (InputStream in = zip.getInputStream(contentTypes)) {
                byte[] xml = in.readNBytes(MAX_CONTENT_TYPES_BYTES + 1);
                return xml.length <= MAX_CONTENT_TYPES_BYTES
                        && new String(xml, StandardCharsets.UTF_8).contains(WORD_MAIN_PART);
            }
        } catch (ZipException damaged) {
            return false;
        }
    }
}
