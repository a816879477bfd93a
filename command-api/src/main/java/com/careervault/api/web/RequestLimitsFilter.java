package com.careervault.api.web;

import com.careervault.api.documents.DocumentProblems;
import com.careervault.api.documents.DocumentsProperties;
import com.careervault.api.problems.ProblemWriter;
import com.careervault.api.problems.Problems;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Refuses an over-long request target with 414 and oversized headers with 431
 * (RFC 9110 section 15.5.15, RFC 6585 section 5), as problem+json. Reactor
 * Netty answers these itself with an empty body and no hook to change it
 * ({@code HttpServerOperations.sendDecodingFailures}), so its limits are raised
 * and ours are enforced here, first of all filters (before authentication). A CSV import whose
 * {@code Content-Length} exceeds its limit, or a capture of a posting page whose {@code Content-Length} exceeds
 * its drain bound ({@link #captureDrainBound}), or a document upload whose {@code Content-Length} exceeds the
 * documents' file limit plus the multipart framing, is refused with 413 here too, before its body is read.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestLimitsFilter implements WebFilter {

    private final RequestLimitsProperties limits;
    private final ProblemWriter problems;
    private final long maxDocumentSize;

    public RequestLimitsFilter(RequestLimitsProperties limits, ProblemWriter problems, DocumentsProperties documents) {
        this.limits = limits;
        this.problems = problems;
        this.maxDocumentSize = documents.maxFileSize().toBytes();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        if (targetLength(request.getURI()) > limits.maxTargetLength()) {
            return problems.write(exchange, Problems.of(HttpStatus.URI_TOO_LONG, "uri-too-long",
                    "The request target (path and query) is longer than " + limits.maxTargetLength()
                            + " characters"));
        }
        if (headerBytes(request) > limits.maxHeaderSize().toBytes()) {
            return problems.write(exchange, Problems.of(HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE,
                    "request-header-fields-too-large", "The request headers take more than "
                            + limits.maxHeaderSize().toBytes() + " bytes"));
        }
        long declared = request.getHeaders().getContentLength();
        if (declared > limits.maxImportSize().toBytes() + RequestLimitsProperties.MULTIPART_OVERHEAD.toBytes()
                && IMPORT.equals(request.getPath().pathWithinApplication().value())) {
            return problems.write(exchange, Problems.of(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large",
                    "The file is larger than the " + limits.maxImportSize().toBytes() + " bytes an import accepts; "
                            + "split it into smaller files"));
        }
        if (declared > maxDocumentSize + RequestLimitsProperties.MULTIPART_OVERHEAD.toBytes()
                && DOCUMENTS.equals(request.getPath().pathWithinApplication().value())
                && HttpMethod.POST.equals(request.getMethod())) {
            return problems.write(exchange, DocumentProblems.tooLarge(maxDocumentSize).getBody());
        }
        if (declared > captureDrainBound(limits.maxCaptureSize().toBytes())
                && CAPTURE.equals(request.getPath().pathWithinApplication().value())) {
            return problems.write(exchange, captureTooLarge(limits.maxCaptureSize().toBytes()));
        }
        return chain.filter(exchange);
    }

    /** The 413 of a capture larger than {@code maxBytes}, as the filter and the handler answer it. */
    public static org.springframework.http.ProblemDetail captureTooLarge(long maxBytes) {
        org.springframework.http.ProblemDetail problem = Problems.of(HttpStatus.CONTENT_TOO_LARGE,
                "payload-too-large", captureTooLargeDetail(maxBytes));
        problem.setProperty("max_bytes", maxBytes);
        return problem;
    }

    /**
     * How much of a capture's body is read (and dropped past {@code maxBytes}) before the API stops reading:
     * answering while a client still sends makes its TCP stack see a reset instead of the 413.
     */
    public static long captureDrainBound(long maxBytes) {
        return 4 * maxBytes;
    }

    public static String captureTooLargeDetail(long maxBytes) {
        return "The page is larger than the " + maxBytes + " bytes a capture accepts";
    }

    /** The capture of a posting page, whose body is a page's HTML up to {@code maxCaptureSize}. */
    private static final String CAPTURE = "/api/jobs/capture";

    /** The document upload, whose file is at most {@code DOCUMENTS_MAX_FILE_SIZE}. */
    private static final String DOCUMENTS = "/api/documents";

    /** The CSV import, whose body is a file up to {@code maxImportSize} (other bodies: the codecs' limit). */
    private static final String IMPORT = "/api/jobs/import";

    private static int targetLength(URI uri) {
        String path = uri.getRawPath();
        String query = uri.getRawQuery();
        return (path == null ? 0 : path.length()) + (query == null ? 0 : query.length() + 1);
    }

    /** As Netty counts them: every {@code name: value} line, without its CRLF (headers are ISO-8859-1). */
    private static long headerBytes(ServerHttpRequest request) {
        long bytes = 0;
        for (Map.Entry<String, List<String>> header : request.getHeaders().headerSet()) {
            for (String value : header.getValue()) {
                bytes += header.getKey().length() + 2 + value.length();
            }
        }
        return bytes;
    }
}
