package com.careervault.api.jobs;

import com.careervault.api.consistency.ProjectorProgress;
import com.careervault.api.consistency.ReadModelBehindException;
import com.careervault.api.jobs.capture.PostingDraft;
import com.careervault.api.jobs.capture.PostingPages;
import com.careervault.api.openapi.OpenApiConfiguration;
import com.careervault.api.problems.ContentTooLargeException;
import com.careervault.api.problems.InvalidRequestException;
import com.careervault.api.requests.RequestBytes;
import com.careervault.api.requests.RequestReader;
import com.careervault.api.web.RequestLimitsFilter;
import com.careervault.api.web.RequestLimitsProperties;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.Charset;
import java.util.List;
import java.util.regex.Pattern;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.web.server.ServerWebInputException;
import reactor.core.publisher.Flux;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * A job drafted from its posting's page: the client sends the page it has (pasted, or by the bookmarklet), the
 * API reads its schema.org data ({@link PostingPages}) and answers a draft with the caller's jobs it may repeat.
 * Nothing is recorded, and the API never fetches a URL: the page comes in the request, so no request goes out to
 * an address a user chose.
 */
@Tag(name = OpenApiConfiguration.TAG_JOBS)
@RestController
@RequestMapping("/api/jobs")
public class JobCaptureController {

    private static final Pattern HTTP_URL = Pattern.compile(JobFields.HTTP_URL);

    private final RequestReader requests;
    private final RequestLimitsProperties limits;
    private final JobStore store;
    private final ProjectorProgress progress;

    public JobCaptureController(RequestReader requests, RequestLimitsProperties limits, JobStore store,
            ProjectorProgress progress) {
        this.requests = requests;
        this.limits = limits;
        this.store = store;
        this.progress = progress;
    }

    @Operation(operationId = "captureJob", summary = "Draft a job from its posting's page",
            description = "Reads a job posting page the client captured (pasted HTML, or the bookmarklet in the "
                    + "README) and answers a draft of the job: company, position, location, salary range, "
                    + "employment type, dates, URL and description, each with where on the page it was read "
                    + "(schema.org `JobPosting` as JSON-LD, then microdata; the canonical link; the `url` sent). "
                    + "Nothing is recorded: create the job with `POST /api/jobs` once the user confirms. The API "
                    + "never fetches the page or any URL in it. A page without posting data is an empty draft "
                    + "(`200`, `posting_found: false`), never an error; script content is never part of a value. "
                    + "`possible_duplicates` lists the caller's live jobs with the same canonical URL, or the "
                    + "same company and position, as of every job recorded before the request.\n\n"
                    + "Send the page as JSON (`html`, and optionally `url`), or as the bare `text/html` page with "
                    + "`url` as a query parameter: bytes sent as `text/html` are decoded by the `charset` of "
                    + "`Content-Type`, or else as the page declares (`<meta charset>`, a byte order mark), or "
                    + "else as UTF-8. A body larger than the capture limit (`CAPTURE_MAX_SIZE`, 5 MB by default) "
                    + "is refused with 413: no more than the limit is kept, the rest is read and dropped so that "
                    + "the client gets the answer, up to four times the limit, past which (or when "
                    + "`Content-Length` says more than that) the API answers at once and closes the connection.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
                @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                        schema = @Schema(implementation = CaptureJobRequest.class),
                        examples = @ExampleObject(name = "posting", summary = "A page with JSON-LD",
                                value = CAPTURE_EXAMPLE)),
                @Content(mediaType = MediaType.TEXT_HTML_VALUE, schema = @Schema(type = "string"),
                        examples = @ExampleObject(name = "page", summary = "The page itself",
                                value = "<html><head><meta charset=\"windows-1252\"><script type=\"application/ld+json\">"
                                        + "{\"@type\": \"JobPosting\", \"title\": \"Software Engineer\"}"
                                        + "</script></head></html>"))}))
    @Parameter(name = "url", in = ParameterIn.QUERY, description = "With a `text/html` body: where the client "
            + "found the page (as the JSON body's `url`). Not allowed with a JSON body.",
            schema = @Schema(type = "string", format = "uri", maxLength = JobFields.URL_MAX,
                    example = "https://careers.example.com/jobs/123"))
    @ApiResponse(responseCode = "200", description = "The draft (empty when the page has no posting data).",
            content = @Content(schema = @Schema(implementation = JobDraft.class)))
    @ApiResponse(responseCode = "413", description = "The page is larger than the capture limit (`CAPTURE_MAX_SIZE`, "
            + "5 MB by default; the member `max_bytes` says it). Nothing past the limit is kept.",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(ref = "#/components/schemas/Problem"), examples = @ExampleObject(
                            name = "payload-too-large", summary = "Too large a page", value = CAPTURE_TOO_LARGE)))
    @PostMapping(path = "/capture", consumes = {MediaType.APPLICATION_JSON_VALUE, MediaType.TEXT_HTML_VALUE},
            produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<JobDraft> capture(@AuthenticationPrincipal Jwt token,
            @RequestParam(name = "url", required = false) String url, ServerWebExchange exchange) {
        String userId = token.getSubject();
        ServerHttpRequest request = exchange.getRequest();
        MediaType type = request.getHeaders().getContentType();
        boolean html = type != null && MediaType.TEXT_HTML.isCompatibleWith(type);
        if (!html && url != null) {
            throw new InvalidRequestException("url", "is a query parameter of a text/html page only: send it in "
                    + "the JSON body");
        }
        String pageUrl = html ? queryUrl(url) : null;
        Charset charset = html ? charset(type) : null;
        long maxBytes = limits.maxCaptureSize().toBytes();
        Supplier<ContentTooLargeException> tooLarge = () -> new ContentTooLargeException(
                RequestLimitsFilter.captureTooLargeDetail(maxBytes), maxBytes);
        AtomicLong received = new AtomicLong();
        // only the first maxBytes are kept; the rest is read and dropped (up to the drain bound) so that the client,
        // still sending, gets the 413 rather than a connection reset
        Flux<DataBuffer> kept = request.getBody().handle((buffer, sink) -> {
            long total = received.addAndGet(buffer.readableByteCount());
            if (total <= maxBytes) {
                sink.next(buffer);
                return;
            }
            DataBufferUtils.release(buffer);
            if (total > RequestLimitsFilter.captureDrainBound(maxBytes)) {
                sink.error(tooLarge.get());
            }
        });
        return RequestBytes.of(DataBufferUtils.join(kept))
                .flatMap(bytes -> received.get() > maxBytes ? Mono.error(tooLarge.get()) : Mono.just(bytes))
                // parsing a page of megabytes takes a while: not on the event loop
                .publishOn(Schedulers.boundedElastic())
                .map(bytes -> {
                    if (html) {
                        return read(() -> PostingPages.read(PostingPages.parse(bytes, charset, pageUrl), pageUrl));
                    }
                    CaptureJobRequest body;
                    try {
                        body = requests.read(bytes, CaptureJobRequest.class);
                    } catch (DecodingException e) {
                        throw new ServerWebInputException("The request body is not valid JSON", null, e);
                    }
                    return read(() -> PostingPages.read(PostingPages.parse(body.html(), body.url()), body.url()));
                })
                .flatMap(draft -> duplicates(userId, draft).map(found -> JobDraft.of(draft, found)));
    }

    /**
     * The draft of a page. Parsing is bounded (see {@link PostingPages}), so a stack overflow is not expected;
     * should a page still find one, it is the page's fault (too deep to read), not a server error.
     */
    private static PostingDraft read(Supplier<PostingDraft> parse) {
        try {
            return parse.get();
        } catch (StackOverflowError e) {
            throw new InvalidRequestException("html", "is nested too deeply to read");
        }
    }

    /** The caller's live jobs the draft may repeat, as of every job recorded before this request. */
    private Mono<List<PossibleDuplicate>> duplicates(String userId, PostingDraft draft) {
        String url = draft.url() == null ? null : draft.url().value();
        String company = draft.company() == null ? null : draft.company().value();
        String position = draft.position() == null ? null : draft.position().value();
        if (url == null && (company == null || position == null)) {
            return Mono.just(List.of());
        }
        // a warning, not a decision: with the projector behind past the bounded wait, the read model as it is
        return progress.awaitCaughtUp(userId)
                .onErrorResume(ReadModelBehindException.class, e -> Mono.empty())
                .then(store.liveSummaries(userId, true))
                .map(jobs -> JobDuplicates.of(jobs, null, url, company, position));
    }

    private static String queryUrl(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String trimmed = url.strip();
        if (!HTTP_URL.matcher(trimmed).matches()) {
            throw new InvalidRequestException("url", JobFields.HTTP_URL_MESSAGE);
        }
        if (trimmed.length() > JobFields.URL_MAX) {
            throw new InvalidRequestException("url", "must be at most " + JobFields.URL_MAX + " characters");
        }
        return trimmed;
    }

    /**
     * The charset {@code Content-Type} names; null when it names none (the page then says). One Java does not
     * know never gets here: Spring refuses such a {@code Content-Type} with 415 when it matches the operation.
     */
    private static Charset charset(MediaType type) {
        return type.getCharset();
    }

    static final String CAPTURE_EXAMPLE = """
            {"html": "<html><head><script type=\\"application/ld+json\\">{\\"@context\\": \\"https://schema.org\\", \
            \\"@type\\": \\"JobPosting\\", \\"title\\": \\"Software Engineer\\", \\"hiringOrganization\\": \
            {\\"@type\\": \\"Organization\\", \\"name\\": \\"Google\\"}, \\"description\\": \
            \\"<p>Build <b>search</b>.</p>\\"}</script></head><body></body></html>",
             "url": "https://careers.google.com/jobs/123?utm_source=newsletter"}""";

    static final String CAPTURE_TOO_LARGE = """
            {"type": "https://careervault.dev/problems/payload-too-large", "title": "Content Too Large", \
            "status": 413, "detail": "The page is larger than the 5242880 bytes a capture accepts", \
            "instance": "/api/jobs/capture"}""";
}
