package com.careervault.api.jobs;

import com.careervault.api.consistency.ProjectorProgress;
import com.careervault.api.contacts.ContactStore;
import com.careervault.api.consistency.ReadModelBehindException;
import com.careervault.api.documents.Document;
import com.careervault.api.documents.LibraryStore;
import com.careervault.api.interviews.InterviewStore;
import com.careervault.api.openapi.ApiDocs;
import com.careervault.api.openapi.OpenApiConfiguration;
import com.careervault.api.problems.InvalidRequestException;
import com.careervault.api.problems.NotFoundException;
import com.careervault.api.requests.QueryLimit;
import com.careervault.contracts.jobs.JobStatus;
import com.careervault.contracts.text.UnicodeText;
import com.careervault.contracts.time.Timestamps;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The caller's job applications. Commands answer 202 once their events are
 * in the log, with the job's next version as {@code ETag}; with
 * {@code Prefer: wait=N} they answer 201/200 with the job as soon as it is
 * readable. Commands on an existing job are decided after the projector has
 * applied every event acknowledged before them (see {@code ProjectorProgress})
 * and honour {@code If-Match}. The caller is always the token's subject.
 */
@Tag(name = OpenApiConfiguration.TAG_JOBS)
@RestController
@RequestMapping("/api/jobs")
public class JobController {

    static final String TEXT_PLAIN_UTF8 = "text/plain;charset=UTF-8";
    private static final int DEFAULT_LIMIT = 20;
    private static final int MAX_LIMIT = 100;
    /** What the request bodies' text rule ({@code @Text}) refuses in a tag: control characters but tab, CR, LF. */
    private static final Pattern CONTROL_CHARACTER = Pattern.compile("[\\p{Cc}&&[^\\t\\r\\n]]");

    private final JobCommands commands;
    private final JobStore store;
    private final ProjectorProgress progress;
    private final Clock clock;
    private final InterviewStore interviews;
    private final ContactStore contacts;
    private final DocumentPins pins;
    private final LibraryStore library;

    public JobController(JobCommands commands, JobStore store, ProjectorProgress progress, Clock clock,
            InterviewStore interviews, ContactStore contacts, DocumentPins pins, LibraryStore library) {
        this.pins = pins;
        this.library = library;
        this.interviews = interviews;
        this.contacts = contacts;
        this.commands = commands;
        this.store = store;
        this.progress = progress;
        this.clock = clock;
    }

    @Operation(operationId = "createJob", summary = "Record a job application",
            description = "Records a new job application for the caller. `company` and `position` are required; "
                    + "`status` defaults to `Applied` and is accepted in any letter case. The answer is `202` with "
                    + "the job's id as soon as the `job.created` event is in the log; with `Prefer: wait=N` it is "
                    + "`201` with the job once the read model has it. Send an `Idempotency-Key` to make retries "
                    + "safe. An account at its limit of live jobs is refused with 409 (`job-limit-reached`), one "
                    + "creating jobs too fast with 429 (`create-rate-exceeded`). `possible_duplicates` warns of the "
                    + "caller's live jobs with the same canonical posting URL or the same company and position; "
                    + "the job is recorded all the same.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE,
                    examples = @ExampleObject(name = "seed", summary = "The seed's job", value = ApiDocs.SEED_JOB))))
    @Parameter(name = ApiDocs.IDEMPOTENCY_KEY, in = ParameterIn.HEADER,
            description = ApiDocs.IDEMPOTENCY_KEY_DESCRIPTION,
            schema = @Schema(type = "string", maxLength = 200, example = "create-2026-11-20-google"))
    @Parameter(name = ApiDocs.PREFER, in = ParameterIn.HEADER, description = ApiDocs.PREFER_DESCRIPTION,
            schema = @Schema(type = "string", example = ApiDocs.PREFER_EXAMPLE))
    @ApiResponse(responseCode = "202", description = "Recorded: the job is readable a moment later.",
            headers = {
                @Header(name = ApiDocs.LOCATION, description = "The job's URL.",
                        schema = @Schema(type = "string", example = ApiDocs.JOB_URL_EXAMPLE)),
                @Header(name = HttpHeaders.ETAG, description = ApiDocs.ETAG_DESCRIPTION,
                        schema = @Schema(type = "string", example = ApiDocs.ETAG_EXAMPLE))},
            content = @Content(schema = @Schema(implementation = JobAccepted.class)))
    @ApiResponse(responseCode = "409", ref = "#/components/responses/Conflict")
    @ApiResponse(responseCode = "429", ref = "#/components/responses/TooManyRequests")
    @ApiResponse(responseCode = "201", description = "Recorded and readable (`Prefer: wait`): the job.",
            headers = {
                @Header(name = ApiDocs.LOCATION, description = "The job's URL.",
                        schema = @Schema(type = "string", example = ApiDocs.JOB_URL_EXAMPLE)),
                @Header(name = HttpHeaders.ETAG, description = ApiDocs.ETAG_DESCRIPTION,
                        schema = @Schema(type = "string", example = ApiDocs.ETAG_EXAMPLE)),
                @Header(name = ApiDocs.PREFERENCE_APPLIED, description = ApiDocs.PREFERENCE_APPLIED_DESCRIPTION,
                        schema = @Schema(type = "string", example = "wait"))},
            content = @Content(schema = @Schema(implementation = JobView.class)))
    @PostMapping
    public Mono<ResponseEntity<Object>> create(@AuthenticationPrincipal Jwt token, @RequestBody CreateJobRequest body,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @RequestHeader(name = "Prefer", required = false) String prefer) {
        String userId = token.getSubject();
        Optional<Duration> wait = PreferWait.parse(prefer);
        // the caller's jobs are read before the create (a failed read records nothing), from the read model as
        // it stands: a create never waits for the projector
        return store.liveSummaries(userId, false).flatMap(jobs -> commands.create(userId, body.fields(), idempotencyKey)
                .flatMap(outcome -> {
            String jobId = outcome.answer().jobId();
            List<PossibleDuplicate> duplicates = JobDuplicates.of(jobs, jobId, body.url(), body.company(),
                    body.position());
            URI location = URI.create("/api/jobs/" + jobId);
            ResponseEntity<Object> accepted = withVersion(ResponseEntity.accepted().location(location), outcome)
                    .body(outcome.answer().withPossibleDuplicates(duplicates));
            if (wait.isEmpty()) {
                return Mono.just(accepted);
            }
            Mono<Optional<StoredJob>> readable = outcome.lastEvent() == null
                    ? store.find(userId, jobId)
                    : store.awaitProjection(userId, jobId, outcome.lastEvent(), wait.get()).map(Optional::of);
            return readable.filter(found -> found.isPresent() && !found.get().deleted())
                    .map(found -> ResponseEntity.status(HttpStatus.CREATED).location(location)
                            .eTag(JobVersion.etag(found.get().version()))
                            .header("Preference-Applied", "wait")
                            .<Object>body(found.get().view().withPossibleDuplicates(duplicates)))
                    .defaultIfEmpty(accepted);
        }));
    }

    @Operation(operationId = "updateJob", summary = "Change a job",
            description = "A JSON Merge Patch (RFC 7396): the fields present in the body are set, the others stay "
                    + "as they are, and a field sent as `null` is removed (not `company`, `position` or `status`). "
                    + "A new `status` adds a step to the job's history. With `If-Match` (the job's `ETag`) the "
                    + "change is refused with 412 if the job has changed since it was read. The answer is `202` "
                    + "once the events are in the log; with `Prefer: wait=N` it is `200` with the changed job.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
                @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, examples = @ExampleObject(name = "interview",
                        summary = "Move to Interviewing, add notes, remove the salary range",
                        value = ApiDocs.JOB_PATCH_EXAMPLE)),
                @Content(mediaType = "application/merge-patch+json", examples = @ExampleObject(name = "interview",
                        summary = "Move to Interviewing, add notes, remove the salary range",
                        value = ApiDocs.JOB_PATCH_EXAMPLE))}))
    @JobChangeParameters
    @JobChangeDocs
    @PatchMapping(path = "/{jobId}", consumes = {MediaType.APPLICATION_JSON_VALUE, "application/merge-patch+json"})
    public Mono<ResponseEntity<Object>> update(@AuthenticationPrincipal Jwt token, @PathVariable String jobId,
            @RequestBody UpdateJobRequest body, @RequestHeader(name = "Prefer", required = false) String prefer,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        String userId = token.getSubject();
        String id = JobIds.parse(jobId);
        Optional<Duration> wait = PreferWait.parse(prefer);
        return changed(userId, id, wait, commands.update(userId, id, body.fields(), ifMatch));
    }

    @Operation(operationId = "pinJobDocuments", summary = "Pin library document versions to a job",
            description = "Sets which versions of the caller's library documents go (or went) with the application: "
                    + "the whole set, replacing the job's (`[]` unpins all), at most 10, one version of each "
                    + "document. The job records each by its SHA-256, so it keeps pointing at the very file sent "
                    + "whatever is uploaded later. A version already pinned keeps its `pinned_at`. A document or "
                    + "version the caller's library does not have is refused with 422; another user's or a "
                    + "deleted job with 404. `202` once the `job.documents-pinned` event is in the log (nothing is "
                    + "published when the set is the job's already); `200` with the job with `Prefer: wait=N`.")
    @JobChangeParameters
    @JobChangeDocs
    @ApiResponse(responseCode = "422", description = "A document or version the caller's library does not have "
            + "(`unknown-reference`; `errors[].field` `documents[i].document_id` or `documents[i].version`).",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(ref = "#/components/schemas/Problem")))
    @PutMapping(path = "/{jobId}/documents", consumes = MediaType.APPLICATION_JSON_VALUE)
    public Mono<ResponseEntity<Object>> pinDocuments(@AuthenticationPrincipal Jwt token, @PathVariable String jobId,
            @RequestBody PinDocumentsRequest body, @RequestHeader(name = "Prefer", required = false) String prefer,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        String userId = token.getSubject();
        String id = JobIds.parse(jobId);
        Optional<Duration> wait = PreferWait.parse(prefer);
        return changed(userId, id, wait, pins.pin(userId, id, body, ifMatch));
    }

    @Operation(operationId = "getPostingAsApplied", summary = "Download the posting's text as it was when applied for",
            description = "The `job_description` the job had when it entered `Applied`, byte for byte (UTF-8), as "
                    + "a text file: what the caller applied to, whatever was edited since. 404 when the job has no "
                    + "frozen text (never applied for, or it had no description then; `posting_as_applied.url` "
                    + "may still be set).")
    @Parameter(name = "jobId", in = ParameterIn.PATH, description = ApiDocs.JOB_ID_DESCRIPTION,
            schema = @Schema(type = "string", format = "uuid", example = ApiDocs.JOB_ID_EXAMPLE))
    @ApiResponse(responseCode = "200", description = "The text, as an attachment named "
            + "`posting-as-applied-YYYY-MM-DD.txt` (the day it was frozen, UTC).",
            content = @Content(mediaType = TEXT_PLAIN_UTF8, schema = @Schema(type = "string",
                    example = "We are looking for a backend engineer with Java and Kafka experience.")))
    @GetMapping(path = "/{jobId}/posting-as-applied", produces = {TEXT_PLAIN_UTF8,
            MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    public Mono<ResponseEntity<byte[]>> postingAsApplied(@AuthenticationPrincipal Jwt token,
            @PathVariable String jobId) {
        String userId = token.getSubject();
        String id = JobIds.parse(jobId);
        return progress.awaitCaughtUp(userId).then(store.find(userId, id))
                .filter(found -> found.isPresent() && !found.get().deleted())
                .switchIfEmpty(Mono.error(() -> new NotFoundException("No job " + id)))
                .map(found -> {
                    PostingAsApplied posting = found.get().view().postingAsApplied();
                    if (posting == null || posting.jobDescription() == null) {
                        throw new NotFoundException("The job " + id + " has no posting text frozen when applied for");
                    }
                    Instant frozenAt = Timestamps.parse(posting.frozenAt());
                    return ResponseEntity.ok()
                            .contentType(MediaType.parseMediaType(TEXT_PLAIN_UTF8))
                            .lastModified(frozenAt)
                            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                                    .filename("posting-as-applied-" + frozenAt.atOffset(ZoneOffset.UTC).toLocalDate()
                                            + ".txt").build().toString())
                            .body(posting.jobDescription().getBytes(StandardCharsets.UTF_8));
                });
    }

    @Operation(operationId = "deleteJob", summary = "Delete a job",
            description = "Deletes the job: it leaves lists and statistics, and its reminders stop. With "
                    + "`If-Match` the delete is refused with 412 if the job has changed since it was read. The "
                    + "answer is `202` once the `job.deleted` event is in the log; with `Prefer: wait=N` it is "
                    + "`204` once the read model no longer has the job.")
    @JobChangeParameters
    @ApiResponse(responseCode = "202", description = "Recorded: the job disappears a moment later.",
            headers = @Header(name = HttpHeaders.ETAG, description = ApiDocs.ETAG_DESCRIPTION,
                    schema = @Schema(type = "string", example = ApiDocs.ETAG_EXAMPLE)),
            content = @Content(schema = @Schema(implementation = JobAccepted.class)))
    @ApiResponse(responseCode = "204", description = "Deleted and gone from the read model (`Prefer: wait`).",
            headers = @Header(name = ApiDocs.PREFERENCE_APPLIED,
                    description = ApiDocs.PREFERENCE_APPLIED_DESCRIPTION,
                    schema = @Schema(type = "string", example = "wait")))
    @DeleteMapping("/{jobId}")
    public Mono<ResponseEntity<Object>> delete(@AuthenticationPrincipal Jwt token, @PathVariable String jobId,
            @RequestHeader(name = "Prefer", required = false) String prefer,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        String userId = token.getSubject();
        String id = JobIds.parse(jobId);
        Optional<Duration> wait = PreferWait.parse(prefer);
        return commands.delete(userId, id, ifMatch).flatMap(outcome -> {
            ResponseEntity<Object> accepted = withVersion(ResponseEntity.accepted(), outcome).body(outcome.answer());
            return afterWait(userId, id, wait, outcome, accepted,
                    found -> Optional.of(ResponseEntity.noContent().header("Preference-Applied", "wait").build()));
        });
    }

    @Operation(operationId = "restoreJob", summary = "Restore a deleted job",
            description = "Brings back a job the caller deleted, while its tombstone lasts (see `listDeletedJobs` "
                    + "for what can be restored and until when): same id, fields, status, status history and "
                    + "creation time; `updated_at` becomes the time of the restore, and its reminders and "
                    + "statistics resume. The answer is `202` once the `job.restored` event is in the log; with "
                    + "`Prefer: wait=N` it is `200` with the job once the read model has it. A job that is not "
                    + "deleted is a 409 (`conflict`), one the caller cannot restore (never had, another user's, "
                    + "tombstone expired) a 404. A restored job counts against the account's limit of live jobs: "
                    + "at the limit the answer is 409 (`job-limit-reached`).")
    @Parameter(name = "jobId", in = ParameterIn.PATH, description = ApiDocs.JOB_ID_DESCRIPTION,
            schema = @Schema(type = "string", format = "uuid", example = ApiDocs.JOB_ID_EXAMPLE))
    @Parameter(name = ApiDocs.PREFER, in = ParameterIn.HEADER, description = ApiDocs.PREFER_DESCRIPTION,
            schema = @Schema(type = "string", example = ApiDocs.PREFER_EXAMPLE))
    @ApiResponse(responseCode = "202", description = "Recorded: the job is back a moment later.",
            headers = {
                @Header(name = ApiDocs.LOCATION, description = "The job's URL.",
                        schema = @Schema(type = "string", example = ApiDocs.JOB_URL_EXAMPLE)),
                @Header(name = HttpHeaders.ETAG, description = ApiDocs.ETAG_DESCRIPTION,
                        schema = @Schema(type = "string", example = ApiDocs.ETAG_EXAMPLE))},
            content = @Content(schema = @Schema(implementation = JobAccepted.class)))
    @ApiResponse(responseCode = "200", description = "Restored and readable (`Prefer: wait`): the job.",
            headers = {
                @Header(name = HttpHeaders.ETAG, description = ApiDocs.ETAG_DESCRIPTION,
                        schema = @Schema(type = "string", example = ApiDocs.ETAG_EXAMPLE)),
                @Header(name = ApiDocs.PREFERENCE_APPLIED, description = ApiDocs.PREFERENCE_APPLIED_DESCRIPTION,
                        schema = @Schema(type = "string", example = "wait"))},
            content = @Content(schema = @Schema(implementation = JobView.class)))
    @ApiResponse(responseCode = "409", ref = "#/components/responses/Conflict")
    @PostMapping("/{jobId}/restore")
    public Mono<ResponseEntity<Object>> restore(@AuthenticationPrincipal Jwt token, @PathVariable String jobId,
            @RequestHeader(name = "Prefer", required = false) String prefer) {
        String userId = token.getSubject();
        String id = JobIds.parse(jobId);
        Optional<Duration> wait = PreferWait.parse(prefer);
        return commands.restore(userId, id).flatMap(outcome -> {
            ResponseEntity<Object> accepted = withVersion(ResponseEntity.accepted()
                    .location(URI.create("/api/jobs/" + id)), outcome).body(outcome.answer());
            return afterWait(userId, id, wait, outcome, accepted,
                    found -> found.deleted() ? Optional.empty() : Optional.of(readable(found)));
        });
    }

    @Operation(operationId = "listDeletedJobs", summary = "List the caller's recently deleted jobs",
            description = "The caller's deleted jobs that can still be restored, newest deletion first, a page "
                    + "at a time, each with when it was deleted and until when it can be restored "
                    + "(`expires_at`). Read from the read model: a job deleted a moment ago may be missing for a "
                    + "moment, and one restored a moment ago may still be listed.")
    @Parameter(name = "limit", in = ParameterIn.QUERY, description = "Jobs per page.",
            schema = @Schema(type = "integer", minimum = "1", maximum = "100", defaultValue = "20"))
    @Parameter(name = "cursor", in = ParameterIn.QUERY, description = "The `next_cursor` of the previous page "
            + "(opaque and signed: pass it back unchanged).",
            schema = @Schema(type = "string", example = "eyJqb2JfaWQiOiIwYjdlNmQ3YyJ9"))
    @ApiResponse(responseCode = "200", description = "One page of deleted jobs.")
    @GetMapping("/deleted")
    public Mono<DeletedJobPage> listDeleted(@AuthenticationPrincipal Jwt token,
            @RequestParam(required = false) String limit,
            @RequestParam(required = false) String cursor) {
        return store.listDeleted(token.getSubject(), clock.instant(), limit(limit),
                cursor == null || cursor.isBlank() ? null : cursor);
    }

    @Operation(operationId = "bulkJobs", summary = "Move, delete or restore many jobs",
            description = "Applies one action to up to 100 of the caller's jobs: `update_status` (with `status`), "
                    + "`delete`, or `restore` (bring deleted jobs back, e.g. to undo a bulk delete). Each job is "
                    + "decided on its own; the answer lists, in request order, which were accepted, which already "
                    + "were as asked (that status; for `restore`, not deleted), and which the caller does not have "
                    + "(for `restore`: no deleted job it can still restore). Restored jobs count against the "
                    + "account's limit of live jobs, all together: at the limit the answer is 409 "
                    + "(`job-limit-reached`) and nothing is restored. With `Prefer: wait=N` the answer is `200` "
                    + "once every accepted change is readable (lists show it), or the plain `202` after N seconds.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE, examples = @ExampleObject(name = "offer",
                            summary = "Move two jobs to Offer", value = ApiDocs.BULK_EXAMPLE))))
    @Parameter(name = ApiDocs.PREFER, in = ParameterIn.HEADER, description = ApiDocs.PREFER_DESCRIPTION,
            schema = @Schema(type = "string", example = ApiDocs.PREFER_EXAMPLE))
    @ApiResponse(responseCode = "202", description = "Decided per job; the accepted changes are in the log.",
            content = @Content(schema = @Schema(implementation = BulkResult.class)))
    @ApiResponse(responseCode = "200", description = "Decided per job, and every accepted change is readable "
            + "(`Prefer: wait`): lists show them.",
            headers = @Header(name = ApiDocs.PREFERENCE_APPLIED, description = ApiDocs.PREFERENCE_APPLIED_DESCRIPTION,
                    schema = @Schema(type = "string", example = "wait")),
            content = @Content(schema = @Schema(implementation = BulkResult.class)))
    @ApiResponse(responseCode = "409", ref = "#/components/responses/Conflict")
    @PostMapping("/bulk")
    public Mono<ResponseEntity<BulkResult>> bulk(@AuthenticationPrincipal Jwt token,
            @RequestBody BulkJobRequest body, @RequestHeader(name = "Prefer", required = false) String prefer) {
        String userId = token.getSubject();
        Optional<Duration> wait = PreferWait.parse(prefer);
        return commands.bulk(userId, body).flatMap(result -> wait.isEmpty()
                ? Mono.just(ResponseEntity.accepted().body(result))
                // the projector has applied everything of the caller's partition acknowledged before this point,
                // so every accepted change of this command; past the wait the answer is the plain 202
                : progress.awaitCaughtUp(userId).timeout(wait.get())
                        .then(Mono.fromSupplier(() -> ResponseEntity.ok()
                                .header(ApiDocs.PREFERENCE_APPLIED, "wait").body(result)))
                        .onErrorResume(e -> e instanceof ReadModelBehindException || e instanceof TimeoutException,
                                e -> Mono.just(ResponseEntity.accepted().body(result))));
    }

    @Operation(operationId = "listJobs", summary = "List the caller's jobs",
            description = "The caller's jobs, newest first, a page at a time, optionally only one status, and "
                    + "either companies found by `company` or jobs with the tag `tag` (see their descriptions; "
                    + "`company` and `tag` together are a 400 naming `tag`). Lists are read from the read "
                    + "model: a job recorded a moment ago may be missing for a moment.")
    @Parameter(name = "status", in = ParameterIn.QUERY, description = "Only jobs with this status (any letter case).",
            schema = @Schema(implementation = JobStatus.class))
    @Parameter(name = "company", in = ParameterIn.QUERY, description = "Company search: jobs at companies with "
            + "words beginning with this (case and accents folded; several words match consecutive words of the "
            + "name). At most 200 characters, with a letter or digit.",
            schema = @Schema(type = "string", maxLength = 200, example = "Google"))
    @Parameter(name = "tag", in = ParameterIn.QUERY, description = "Only jobs with this tag. Tags are matched "
            + "as a whole, ignoring letter case and surrounding or repeated white space (`remote` finds `Remote` "
            + "and `REMOTE`); accents and punctuation count (`C#` is not `C`). Combines with `status`, not with "
            + "`company`. At most 50 characters, no control characters.",
            schema = @Schema(type = "string", maxLength = 50, example = "remote"))
    @Parameter(name = "limit", in = ParameterIn.QUERY, description = "Jobs per page.",
            schema = @Schema(type = "integer", minimum = "1", maximum = "100", defaultValue = "20"))
    @Parameter(name = "cursor", in = ParameterIn.QUERY, description = "The `next_cursor` of the previous page "
            + "(opaque and signed: pass it back unchanged).",
            schema = @Schema(type = "string", example = "eyJqb2JfaWQiOiIwYjdlNmQ3YyJ9"))
    @ApiResponse(responseCode = "200", description = "One page of jobs.")
    @GetMapping
    public Mono<JobPage> list(@AuthenticationPrincipal Jwt token,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String company,
            @RequestParam(required = false) String tag,
            @RequestParam(required = false) String limit,
            @RequestParam(required = false) String cursor) {
        JobStatus wanted = null;
        if (status != null && !status.isBlank()) {
            try {
                wanted = JobStatus.parse(status);
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException("status", e.getMessage());
            }
        }
        if (company != null && company.codePointCount(0, company.length()) > JobFields.COMPANY_MAX) {
            throw new InvalidRequestException("company", "must be at most " + JobFields.COMPANY_MAX + " characters");
        }
        return store.list(token.getSubject(), wanted, company == null || company.isBlank() ? null : company.trim(),
                tag(tag), limit(limit), cursor == null || cursor.isBlank() ? null : cursor);
    }

    @Operation(operationId = "getJobStats", summary = "Count the caller's jobs by status",
            description = "How many jobs the caller has, in all and per status (statuses with none left out), "
                    + "counted in the jobs table when asked. For the statistics the analytics stream keeps "
                    + "(every status in order, response, interview and offer rates, weekly applications) see "
                    + "`GET /api/me/insights`.")
    @ApiResponse(responseCode = "200", description = "The counts.")
    @GetMapping("/stats")
    public Mono<JobStats> stats(@AuthenticationPrincipal Jwt token) {
        return store.countByStatus(token.getSubject()).map(counts -> {
            Map<String, Long> byStatus = new LinkedHashMap<>();
            counts.forEach((status, count) -> byStatus.put(status.spelling(), count));
            return new JobStats(byStatus.values().stream().mapToLong(Long::longValue).sum(), byStatus);
        });
    }

    /**
     * One job, as it stands after every event acknowledged before this request (the same wait as commands), so
     * a job whose creation was acknowledged is never a 404 and one whose deletion was is never shown.
     */
    @Operation(operationId = "getJob", summary = "Read one job",
            description = "The job with its status history, and its version as `ETag`. A job whose creation was "
                    + "acknowledged is never a 404: the API waits (bounded) for the read model to catch up, and "
                    + "answers 503 with `Retry-After` if it does not. With `If-None-Match` naming the current "
                    + "version the answer is `304` without a body (not for a job with interviews, contacts or "
                    + "earlier applications to its company, which change without changing its version). "
                    + "`company_history` says how often the caller applied to the same company before.")
    @Parameter(name = "jobId", in = ParameterIn.PATH, description = ApiDocs.JOB_ID_DESCRIPTION,
            schema = @Schema(type = "string", format = "uuid", example = ApiDocs.JOB_ID_EXAMPLE))
    @Parameter(name = HttpHeaders.IF_NONE_MATCH, in = ParameterIn.HEADER,
            description = "The `ETag` of a copy the client has: `304` if it is still current.",
            schema = @Schema(type = "string", example = ApiDocs.ETAG_EXAMPLE))
    @ApiResponse(responseCode = "200", description = "The job.",
            headers = @Header(name = HttpHeaders.ETAG, description = ApiDocs.ETAG_DESCRIPTION,
                    schema = @Schema(type = "string", example = ApiDocs.ETAG_EXAMPLE)))
    @ApiResponse(responseCode = "304", description = "The copy named in `If-None-Match` is current.",
            headers = @Header(name = HttpHeaders.ETAG, description = ApiDocs.ETAG_DESCRIPTION,
                    schema = @Schema(type = "string", example = ApiDocs.ETAG_EXAMPLE)))
    @GetMapping("/{jobId}")
    public Mono<ResponseEntity<JobView>> get(@AuthenticationPrincipal Jwt token, @PathVariable String jobId,
            ServerWebExchange exchange) {
        String userId = token.getSubject();
        String id = JobIds.parse(jobId);
        return progress.awaitCaughtUp(userId).then(store.find(userId, id))
                .filter(found -> found.isPresent() && !found.get().deleted())
                .map(Optional::get)
                .switchIfEmpty(Mono.error(() -> new NotFoundException("No job " + id)))
                .flatMap(found -> named(userId, found))
                .zipWhen(found -> Mono.zip(interviews.forJob(userId, id), contacts.linkedTo(userId, id),
                        store.liveSummaries(userId, false)))
                .map(found -> {
                    // the job's version, which its interviews, contacts and company history (other jobs) do not
                    // change: no 304 when it has any of them
                    String etag = JobVersion.etag(found.getT1().version());
                    JobView job = found.getT1().view();
                    CompanyHistory history = JobDuplicates.history(found.getT2().getT3(), job);
                    boolean bare = found.getT2().getT1().isEmpty() && found.getT2().getT2().isEmpty()
                            && history.earlierApplications() == 0;
                    if (bare && exchange.checkNotModified(etag)) {
                        return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).<JobView>build();
                    }
                    return ResponseEntity.ok().eTag(etag).body(job
                            .withInterviews(found.getT2().getT1()).withContacts(found.getT2().getT2())
                            .withCompanyHistory(history));
                });
    }

    /**
     * The job with its pinned versions' names from the library (document and file names, upload times; all
     * immutable, so they never make the job's ETag stale). The library is read only for a job with pins.
     */
    private Mono<StoredJob> named(String userId, StoredJob found) {
        return named(userId, found.view()).map(found::withView);
    }

    private Mono<JobView> named(String userId, JobView job) {
        List<PinnedDocumentView> pinned = job.documents();
        if (pinned == null || pinned.isEmpty()) {
            return Mono.just(job);
        }
        return library.library(userId).map(owned -> {
            Map<String, Document> byId = owned.documents().stream()
                    .collect(Collectors.toMap(Document::documentId, Function.identity()));
            List<PinnedDocumentView> named = pinned.stream()
                    .map(p -> byId.containsKey(p.documentId()) ? p.named(byId.get(p.documentId())) : p).toList();
            return job.withDocuments(named, job.postingAsApplied());
        });
    }

    /**
     * 202 with the accepted events and the job's version, or under {@code Prefer: wait} 200 with the changed job,
     * its pins named as {@code GET /api/jobs/{jobId}} names them.
     */
    private Mono<ResponseEntity<Object>> changed(String userId, String jobId, Optional<Duration> wait,
            Mono<JobCommands.Outcome> change) {
        return change.flatMap(outcome -> {
            ResponseEntity<Object> accepted = withVersion(ResponseEntity.accepted(), outcome).body(outcome.answer());
            return afterWait(userId, jobId, wait, outcome, accepted, found -> Optional.of(readable(found)));
        }).flatMap(answer -> answer.getBody() instanceof JobView job
                ? named(userId, job).map(view -> ResponseEntity.status(answer.getStatusCode())
                        .headers(answer.getHeaders()).body((Object) view))
                : Mono.just(answer));
    }

    /**
     * The answer to an accepted change of one job: {@code accepted} (202) without {@code Prefer: wait} or when
     * nothing was appended; otherwise {@code readable}'s answer for the job once the read model reflects the
     * last event, and {@code accepted} again when {@code readable} has none or the wait runs out.
     */
    private Mono<ResponseEntity<Object>> afterWait(String userId, String jobId, Optional<Duration> wait,
            JobCommands.Outcome outcome, ResponseEntity<Object> accepted,
            Function<StoredJob, Optional<ResponseEntity<Object>>> readable) {
        if (wait.isEmpty() || outcome.lastEvent() == null) {
            return Mono.just(accepted);
        }
        return store.awaitProjection(userId, jobId, outcome.lastEvent(), wait.get())
                .flatMap(found -> Mono.justOrEmpty(readable.apply(found)))
                .defaultIfEmpty(accepted);
    }

    /** 200 with the job as the read model has it, marked as waited for. */
    private static ResponseEntity<Object> readable(StoredJob found) {
        return ResponseEntity.ok().header("Preference-Applied", "wait")
                .eTag(JobVersion.etag(found.version())).body(found.view());
    }

    private static ResponseEntity.BodyBuilder withVersion(ResponseEntity.BodyBuilder response,
            JobCommands.Outcome outcome) {
        return outcome.version() == null ? response : response.eTag(JobVersion.etag(outcome.version()));
    }

    /** The tag filter, trimmed; null when absent or blank. Only what could be a stored tag is accepted. */
    private static String tag(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String trimmed = tag.strip();
        if (!UnicodeText.isWellFormed(trimmed)) {
            throw new InvalidRequestException("tag", UnicodeText.NOT_WELL_FORMED);
        }
        if (UnicodeText.length(UnicodeText.nfc(trimmed)) > JobFields.TAG_MAX) {
            throw new InvalidRequestException("tag", "must be at most " + JobFields.TAG_MAX + " characters");
        }
        if (CONTROL_CHARACTER.matcher(trimmed).find()) {
            throw new InvalidRequestException("tag", "must not contain control characters");
        }
        return trimmed;
    }

    private static int limit(String limit) {
        return QueryLimit.parse(limit, DEFAULT_LIMIT, MAX_LIMIT);
    }
}
