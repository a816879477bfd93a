package com.careervault.api.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * How long a request's target and how large its headers may be before the
 * API refuses it with a problem+json 414 or 431 ({@link RequestLimitsFilter}).
 * Reactor Netty's own decoder limits ({@code server.netty.max-initial-line-length},
 * {@code server.max-http-request-header-size}) are set higher, as the hard
 * bound: past them Netty answers by itself, with an empty body.
 *
 * @param maxTargetLength the longest request target (path and query, as sent, percent-encoded), in characters
 * @param maxHeaderSize the most bytes all header lines may take together ({@code name: value}, no line ends)
 * @param maxImportSize the largest file a CSV import ({@code POST /api/jobs/import}) takes
 *        ({@code CSV_IMPORT_MAX_SIZE}, default 10MB); a request whose {@code Content-Length} is larger than this
 *        plus {@link #MULTIPART_OVERHEAD} is refused with 413 before it is read
 * @param maxCaptureSize the largest body a capture of a posting page ({@code POST /api/jobs/capture}) takes
 *        ({@code CAPTURE_MAX_SIZE}, default 5MB: the HTML of a page as a browser holds it, job boards' included);
 *        a larger body is refused with 413, keeping no more than this of it
 */
@ConfigurationProperties("careervault.api.limits")
public record RequestLimitsProperties(Integer maxTargetLength, DataSize maxHeaderSize, DataSize maxImportSize,
        DataSize maxCaptureSize) {

    /** What multipart/form-data framing (boundaries, part headers) may add to a file. */
    public static final DataSize MULTIPART_OVERHEAD = DataSize.ofKilobytes(16);

    public RequestLimitsProperties {
        maxImportSize = maxImportSize == null ? DataSize.ofMegabytes(10) : maxImportSize;
        maxCaptureSize = maxCaptureSize == null ? DataSize.ofMegabytes(5) : maxCaptureSize;
        maxTargetLength = maxTargetLength == null ? 4096 : maxTargetLength;
        maxHeaderSize = maxHeaderSize == null ? DataSize.ofKilobytes(8) : maxHeaderSize;
    }
}
