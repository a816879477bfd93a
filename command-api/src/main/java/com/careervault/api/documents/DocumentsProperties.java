package com.careervault.api.documents;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code careervault.documents.*}: where documents' bytes live (docs/documents.md).
 *
 * @param bucket the S3 bucket (env {@code DOCUMENTS_BUCKET}; blank = {@link #DEFAULT_BUCKET})
 * @param prefix the key prefix under which every user's objects live (env {@code DOCUMENTS_PREFIX}; blank =
 *        {@link #DEFAULT_PREFIX}); no leading or trailing {@code /}. The IAM policy grants exactly
 *        {@code <prefix>/*} (docs/aws.md)
 * @param maxFileSize the largest object accepted, in bytes (env {@code DOCUMENTS_MAX_FILE_SIZE}, e.g. {@code 5MB};
 *        null = 5 MB); an upload is refused as soon as it passes this
 * @param downloadUrlTtl how long a pre-signed download URL works (env {@code DOCUMENTS_DOWNLOAD_URL_TTL}; null =
 *        5 minutes; at most 7 days, SigV4's limit, and never longer than the credentials that sign it)
 * @param spoolDirectory where an upload is kept while its hash, and so its key, is not yet known (env
 *        {@code DOCUMENTS_SPOOL_DIR}; null = the JVM's temporary directory); at most {@code maxFileSize} per
 *        upload in flight, deleted when the upload ends however it ends. The account export's ZIP is made here
 *        too before it is sent: up to the user's quota plus the JSON per export in flight, deleted once sent
 */
@ConfigurationProperties("careervault.documents")
public record DocumentsProperties(String bucket, String prefix, DataSize maxFileSize, Duration downloadUrlTtl,
        Path spoolDirectory) {

    public static final String DEFAULT_BUCKET = "careervault-documents";
    public static final String DEFAULT_PREFIX = "documents";
    /** SigV4 pre-signed URLs expire after at most 7 days (X-Amz-Expires ≤ 604800). */
    static final Duration MAX_DOWNLOAD_URL_TTL = Duration.ofDays(7);

    public DocumentsProperties {
        bucket = bucket == null || bucket.isBlank() ? DEFAULT_BUCKET : bucket.trim();
        prefix = prefix == null || prefix.isBlank() ? DEFAULT_PREFIX : prefix.trim();
        maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(5) : maxFileSize;
        downloadUrlTtl = downloadUrlTtl == null ? Duration.ofMinutes(5) : downloadUrlTtl;
        spoolDirectory = spoolDirectory == null ? Path.of(System.getProperty("java.io.tmpdir")) : spoolDirectory;
        if (prefix.startsWith("/") || prefix.endsWith("/")) {
            throw new IllegalArgumentException("DOCUMENTS_PREFIX must not start or end with '/': " + prefix);
        }
        if (maxFileSize.toBytes() <= 0) {
            throw new IllegalArgumentException("DOCUMENTS_MAX_FILE_SIZE must be positive");
        }
        if (downloadUrlTtl.isNegative() || downloadUrlTtl.isZero() || downloadUrlTtl.compareTo(MAX_DOWNLOAD_URL_TTL) > 0) {
            throw new IllegalArgumentException("DOCUMENTS_DOWNLOAD_URL_TTL must be between 1 second and 7 days");
        }
    }
}
