package com.careervault.api.interviews;

import com.careervault.api.consistency.ProjectorProgress;
import com.careervault.api.jobs.JobIds;
import com.careervault.api.jobs.PreferWait;
import com.careervault.api.openapi.ApiDocs;
import com.careervault.api.openapi.OpenApiConfiguration;
import com.careervault.api.openapi.PreferWaitHeader;
import com.careervault.api.problems.NotFoundException;
import com.careervault.api.requests.QueryLimit;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * A job's interviews, and the caller's upcoming ones across jobs. Commands answer 202 once their event is in the
 * log; with {@code Prefer: wait=N} they answer 201 (create) or 200 with the interview once it is readable. A job
 * that is not the caller's live job, and an interview it does not have, are 404. See docs/api.md ("Interviews").
 */
@Tag(name = OpenApiConfiguration.TAG_JOBS)
@RestController
public class InterviewController {

    private static final int DEFAULT_UPCOMING = 20;
    private static final int MAX_UPCOMING = 100;
    private static final Pattern UUID_TEXT = Pattern.compile(JobIds.PATTERN);

    private final InterviewCommands commands;
    private final InterviewStore store;
    private final ProjectorProgress progress;
    private final Clock clock;

    public InterviewController(InterviewCommands commands, InterviewStore store, ProjectorProgress progress,
            Clock clock) {
        this.commands = commands;
        this.store = store;
        this.progress = progress;
        this.clock = clock;
    }

    @Operation(operationId = "scheduleInterview", summary = "Schedule an interview for a job",
            description = "Arranges an interview: `time_zone` and exactly one of `local_start` (wall clock in that "
                    + "zone) or `starts_at`; `duration_minutes` 1-1440 (60 when left out); `kind` (`other`). "
                    + "`contact_ids` must be the caller's contacts (422 otherwise). A job has at most 50 interviews, "
                    + "cancelled ones included (409). The answer is `202` once the `job.interview-scheduled` event "
                    + "is in the log; with `Prefer: wait=N` it is `201` with the interview.")
    @Parameter(name = "jobId", in = ParameterIn.PATH, description = ApiDocs.JOB_ID_DESCRIPTION,
            schema = @Schema(type = "string", format = "uuid", example = ApiDocs.JOB_ID_EXAMPLE))
    @PreferWaitHeader
    @ApiResponse(responseCode = "202", description = "Recorded: the interview is readable a moment later.",
            headers = @Header(name = ApiDocs.LOCATION, description = "The interview's URL.",
                    schema = @Schema(type = "string")),
            content = @Content(schema = @Schema(implementation = InterviewAccepted.class)))
    @ApiResponse(responseCode = "201", description = "Recorded and readable (`Prefer: wait`): the interview.",
            headers = @Header(name = ApiDocs.LOCATION, description = "The interview's URL.",
                    schema = @Schema(type = "string")),
            content = @Content(schema = @Schema(implementation = InterviewView.class)))
    @ApiResponse(responseCode = "409", ref = "#/components/responses/Conflict")
    @PostMapping(path = "/api/jobs/{jobId}/interviews", consumes = MediaType.APPLICATION_JSON_VALUE)
    public Mono<ResponseEntity<Object>> schedule(@AuthenticationPrincipal Jwt token, @PathVariable String jobId,
            @RequestBody InterviewRequest body, @RequestHeader(name = "Prefer", required = false) String prefer) {
        String userId = token.getSubject();
        String id = JobIds.parse(jobId);
        Optional<Duration> wait = PreferWait.parse(prefer);
        return commands.schedule(userId, id, body.arrangement()).flatMap(outcome -> {
            URI location = URI.create("/api/jobs/" + id + "/interviews/" + outcome.answer().interviewId());
            ResponseEntity<Object> accepted = ResponseEntity.accepted().location(location).body(outcome.answer());
            return afterWait(userId, id, outcome, wait, accepted, view -> ResponseEntity.status(HttpStatus.CREATED)
                    .location(location).header(ApiDocs.PREFERENCE_APPLIED, "wait").body(view));
        });
    }

    @Operation(operationId = "listInterviews", summary = "List a job's interviews",
            description = "Every interview of the job, cancelled ones included, earliest start first.")
    @Parameter(name = "jobId", in = ParameterIn.PATH, description = ApiDocs.JOB_ID_DESCRIPTION,
            schema = @Schema(type = "string", format = "uuid", example = ApiDocs.JOB_ID_EXAMPLE))
    @ApiResponse(responseCode = "200", description = "The interviews.")
    @GetMapping("/api/jobs/{jobId}/interviews")
    public Mono<InterviewList> list(@AuthenticationPrincipal Jwt token, @PathVariable String jobId) {
        String userId = token.getSubject();
        String id = JobIds.parse(jobId);
        return liveJob(userId, id).then(store.forJob(userId, id)).map(InterviewList::new);
    }

    @Operation(operationId = "getInterview", summary = "Get one interview",
            description = "One interview of one of the caller's live jobs, cancelled ones included; 404 for another "
                    + "user's job or interview, or a deleted job. As a calendar file: `GET …/{interviewId}.ics`.")
    @InterviewPathParameters
    @ApiResponse(responseCode = "200", description = "The interview.")
    @GetMapping("/api/jobs/{jobId}/interviews/{interviewId}")
    public Mono<InterviewView> get(@AuthenticationPrincipal Jwt token, @PathVariable String jobId,
            @PathVariable String interviewId) {
        String userId = token.getSubject();
        String id = JobIds.parse(jobId);
        String interview = interviewId(interviewId);
        return liveJob(userId, id).then(store.find(userId, id, interview))
                .flatMap(found -> found.isEmpty()
                        ? Mono.<InterviewView>error(new NotFoundException("No interview " + interview))
                        : Mono.just(InterviewView.of(found.get())));
    }

    @Operation(operationId = "changeInterview", summary = "Change (reschedule) an interview",
            description = "A JSON Merge Patch (RFC 7396) of the interview's arrangement; the whole new arrangement "
                    + "is published as `job.interview-rescheduled`, which raises its `sequence` by one (nothing is "
                    + "published when nothing changes). A cancelled interview, or the job's `interview_at` "
                    + "(`legacy`), cannot be changed here (409). `202` once in the log; `200` with the interview "
                    + "with `Prefer: wait=N`.")
    @InterviewPathParameters
    @PreferWaitHeader
    @InterviewChangeResponses
    @PatchMapping(path = "/api/jobs/{jobId}/interviews/{interviewId}",
            consumes = {MediaType.APPLICATION_JSON_VALUE, "application/merge-patch+json"})
    public Mono<ResponseEntity<Object>> change(@AuthenticationPrincipal Jwt token, @PathVariable String jobId,
            @PathVariable String interviewId, @RequestBody InterviewPatchRequest body,
            @RequestHeader(name = "Prefer", required = false) String prefer) {
        return changeOne(token, jobId, interviewId, prefer,
                (userId, id, interview) -> commands.reschedule(userId, id, interview, body));
    }

    @Operation(operationId = "cancelInterview", summary = "Cancel an interview",
            description = "Publishes `job.interview-cancelled`: the interview stays, with `status` `cancelled` and "
                    + "its `sequence` one higher, so calendars show the cancellation. The job's `interview_at` "
                    + "(`legacy`) is removed on the job instead (409), a cancelled interview cannot be cancelled "
                    + "again (409).")
    @InterviewPathParameters
    @PreferWaitHeader
    @InterviewChangeResponses
    @DeleteMapping("/api/jobs/{jobId}/interviews/{interviewId}")
    public Mono<ResponseEntity<Object>> cancel(@AuthenticationPrincipal Jwt token, @PathVariable String jobId,
            @PathVariable String interviewId, @RequestHeader(name = "Prefer", required = false) String prefer) {
        return changeOne(token, jobId, interviewId, prefer, commands::cancel);
    }

    @Operation(operationId = "recordInterviewOutcome", summary = "Record how an interview went",
            description = "Publishes `job.interview-outcome-recorded`; a later outcome replaces it. Not for a "
                    + "cancelled interview (409).")
    @InterviewPathParameters
    @PreferWaitHeader
    @InterviewChangeResponses
    @PutMapping(path = "/api/jobs/{jobId}/interviews/{interviewId}/outcome",
            consumes = MediaType.APPLICATION_JSON_VALUE)
    public Mono<ResponseEntity<Object>> outcome(@AuthenticationPrincipal Jwt token, @PathVariable String jobId,
            @PathVariable String interviewId, @RequestBody OutcomeRequest body,
            @RequestHeader(name = "Prefer", required = false) String prefer) {
        return changeOne(token, jobId, interviewId, prefer,
                (userId, id, interview) -> commands.recordOutcome(userId, id, interview, body.outcome()));
    }

    @Operation(operationId = "listUpcomingInterviews", summary = "List the caller's upcoming interviews",
            description = "Scheduled interviews on live jobs that have not ended yet (`starts_at` + duration is "
                    + "not past), earliest first, across every job, each with its job's `company` and `position`. "
                    + "Read from an index: one scheduled a moment ago may be missing for a moment.")
    @Parameter(name = "limit", in = ParameterIn.QUERY, description = "How many at most.",
            schema = @Schema(type = "integer", minimum = "1", maximum = "100", defaultValue = "20"))
    @ApiResponse(responseCode = "200", description = "The upcoming interviews.")
    @GetMapping("/api/interviews/upcoming")
    public Mono<InterviewList> upcoming(@AuthenticationPrincipal Jwt token,
            @RequestParam(name = "limit", required = false) String limit) {
        return store.upcoming(token.getSubject(), clock.instant(),
                QueryLimit.parse(limit, DEFAULT_UPCOMING, MAX_UPCOMING)).map(InterviewList::new);
    }

    /** A command on one existing interview, given the caller, the job's id and the interview's id (both checked). */
    @FunctionalInterface
    private interface InterviewCommand {
        Mono<InterviewCommands.Outcome> run(String userId, String jobId, String interviewId);
    }

    /**
     * Change, cancel or outcome: the ids checked ({@link JobIds#parse}, {@link #interviewId}), then
     * {@code command}; 202 with the accepted event, or 200 with the interview once readable under
     * {@code Prefer: wait}.
     */
    private Mono<ResponseEntity<Object>> changeOne(Jwt token, String jobId, String interviewId, String prefer,
            InterviewCommand command) {
        String userId = token.getSubject();
        String id = JobIds.parse(jobId);
        String interview = interviewId(interviewId);
        return command.run(userId, id, interview).flatMap(outcome -> {
            ResponseEntity<Object> accepted = ResponseEntity.accepted().body(outcome.answer());
            return afterWait(userId, id, outcome, PreferWait.parse(prefer), accepted, view -> ResponseEntity.ok()
                    .header(ApiDocs.PREFERENCE_APPLIED, "wait").body(view));
        });
    }

    private Mono<ResponseEntity<Object>> afterWait(String userId, String jobId, InterviewCommands.Outcome outcome,
            Optional<Duration> wait, ResponseEntity<Object> accepted,
            java.util.function.Function<InterviewView, ResponseEntity<Object>> readable) {
        if (wait.isEmpty() || outcome.lastEvent() == null) {
            return Mono.just(accepted);
        }
        return store.awaitProjection(userId, jobId, outcome.answer().interviewId(), outcome.lastEvent(), wait.get())
                .map(readable)
                .defaultIfEmpty(accepted);
    }

    /** Reads of one job wait for the projector like {@code GET /api/jobs/{id}}: a job just created is no 404. */
    private Mono<Void> liveJob(String userId, String jobId) {
        return progress.awaitCaughtUp(userId).then(store.jobIsLive(userId, jobId))
                .flatMap(live -> live ? Mono.<Void>empty() : Mono.error(new NotFoundException("No job " + jobId)));
    }

    /** An interview id is a UUID; anything else names no interview. */
    private static String interviewId(String interviewId) {
        if (interviewId == null || !UUID_TEXT.matcher(interviewId).matches()) {
            throw new NotFoundException("No interview " + interviewId);
        }
        return interviewId.toLowerCase(java.util.Locale.ROOT);
    }
}
