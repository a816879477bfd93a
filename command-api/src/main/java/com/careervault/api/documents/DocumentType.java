package com.careervault.api.documents;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The kinds of file the library accepts, by the media type checked from their bytes. */
public enum DocumentType {
    PDF("application/pdf", List.of("pdf")),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", List.of("docx")),
    TEXT("text/plain", List.of("txt", "text")),
    MARKDOWN("text/markdown", List.of("md", "markdown"));

    private final String mediaType;
    private final List<String> extensions;

    DocumentType(String mediaType, List<String> extensions) {
        this.mediaType = mediaType;
        this.extensions = extensions;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The extension a file of this type is saved with. */
    public String extension() {
        return extensions.get(0);
    }

    /** The type a file name's extension claims, if it is one of ours ({@code .pdf}, {@code .docx}, ...). */
    static Optional<DocumentType> claimedBy(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0 || dot == fileName.length() - 1) {
            return Optional.empty();
        }
        String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(type -> type.extensions.contains(extension)).findFirst();
    }

    /** Whether the name ends with one of this type's extensions. */
    boolean named(String fileName) {
        return claimedBy(fileName).filter(this::equals).isPresent();
    }

    static Optional<DocumentType> ofMediaType(String mediaType) {
        return Arrays.stream(values()).filter(type -> type.mediaType.equals(mediaType)).findFirst();
    }
}
