package com.careervault.api.jobs;

import com.careervault.api.consistency.ProjectorProgress;
import com.careervault.api.problems.InvalidRequestException;
import com.careervault.api.problems.NotFoundException;
import com.careervault.contracts.jobs.JobStatus;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
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
@RestController
@RequestMapping("/api/jobs")
public class JobController {

    private static final int DEFAULT_LIMIT = 20;
    private static final int MAX_LIMIT = 100;

    private final JobCommands commands;
    private final JobStore store;
    private final ProjectorProgress progress;

    public JobController(JobCommands commands, JobStore store, ProjectorProgress progress) {
        this.commands = commands;
        this.store = store;
        this.progress = progress;
    }

    @PostMapping
    public Mono<ResponseEntity<Object>> create(@AuthenticationPrincipal Jwt token, @RequestBody CreateJobRequest body,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @RequestHeader(name = "Prefer", required = false) String prefer) {
        String userId = token.getSubject();
        Optional<Duration> wait = PreferWait.parse(prefer);
        return commands.create(userId, body.fields(), idempotencyKey).flatMap(outcome -> {
            String jobId = outcome.answer().jobId();
            URI location = URI.create("/api/jobs/" + jobId);
            ResponseEntity<Object> accepted = withVersion(ResponseEntity.accepted().location(location), outcome)
                    .body(outcome.answer());
            if (wait.isEmpty()) {
                return Mono.just(accepted);
            }
            Mono<Optional<StoredJob>> readable = outcome.lastEvent() == null
                    ? store.find(userId, jobId)
                    : store.awaitProjection(userId, jobId, outcome.lastEvent(), wait.get()).map(Optional::of);
            return readable.filter(found -> found.isPresent() && !found.get().deleted())
                    .map(found -> ResponseEntity.status(HttpStatus.CREATED).location(location)
                            .eTag(JobVersion.etag(found.get().version()))
                            .header("Preference-Applied", "wait").<Object>body(found.get().view()))
                    .defaultIfEmpty(accepted);
        });
    }

    @PatchMapping(path = "/{jobId}", consumes = {MediaType.APPLICATION_JSON_VALUE, "application/merge-patch+json"})
    public Mono<ResponseEntity<Object>> update(@AuthenticationPrincipal Jwt token, @PathVariable String jobId,
            @RequestBody UpdateJobRequest body, @RequestHeader(name = "Prefer", required = false) String prefer,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        String userId = token.getSubject();
        String id = JobIds.parse(jobId);
        Optional<Duration> wait = PreferWait.parse(prefer);
        return commands.update(userId, id, body.fields(), ifMatch).flatMap(outcome -> {
            ResponseEntity<Object> accepted = withVersion(ResponseEntity.accepted(), outcome).body(outcome.answer());
            if (wait.isEmpty() || outcome.lastEvent() == null) {
                return Mono.just(accepted);
            }
            return store.awaitProjection(userId, id, outcome.lastEvent(), wait.get())
                    .map(found -> ResponseEntity.ok().header("Preference-Applied", "wait")
                            .eTag(JobVersion.etag(found.version())).<Object>body(found.view()))
                    .defaultIfEmpty(accepted);
        });
    }

    @DeleteMapping("/{jobId}")
    public Mono<ResponseEntity<Object>> delete(@AuthenticationPrincipal Jwt token, @PathVariable String jobId,
            @RequestHeader(name = "Prefer", required = false) String prefer,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        String userId = token.getSubject();
        String id = JobIds.parse(jobId);
        Optional<Duration> wait = PreferWait.parse(prefer);
        return commands.delete(userId, id, ifMatch).flatMap(outcome -> {
            ResponseEntity<Object> accepted = ResponseEntity.accepted().body(outcome.answer());
            if (wait.isEmpty()) {
                return Mono.just(accepted);
            }
            return store.awaitProjection(userId, id, outcome.lastEvent(), wait.get())
                    .map(found -> ResponseEntity.noContent().header("Preference-Applied", "wait").build())
                    .defaultIfEmpty(accepted);
        });
    }

    @PostMapping("/bulk")
    public Mono<ResponseEntity<BulkResult>> bulk(@AuthenticationPrincipal Jwt token,
            @RequestBody BulkJobRequest body) {
        return commands.bulk(token.getSubject(), body).map(result -> ResponseEntity.accepted().body(result));
    }

    @GetMapping
    public Mono<JobPage> list(@AuthenticationPrincipal Jwt token,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String company,
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
                limit(limit), cursor == null || cursor.isBlank() ? null : cursor);
    }

    @GetMapping("/stats")
    public Mono<Map<String, Object>> stats(@AuthenticationPrincipal Jwt token) {
        return store.countByStatus(token.getSubject()).map(counts -> {
            Map<String, Long> byStatus = new LinkedHashMap<>();
            counts.forEach((status, count) -> byStatus.put(status.spelling(), count));
            Map<String, Object> stats = new LinkedHashMap<>();
            stats.put("total", byStatus.values().stream().mapToLong(Long::longValue).sum());
            stats.put("by_status", byStatus);
            return stats;
        });
    }

    /**
     * One job, as it stands after every event acknowledged before this request (the same wait as commands), so
     * a job whose creation was acknowledged is never a 404 and one whose deletion was is never shown.
     */
    @GetMapping("/{jobId}")
    public Mono<ResponseEntity<JobView>> get(@AuthenticationPrincipal Jwt token, @PathVariable String jobId,
            ServerWebExchange exchange) {
        String userId = token.getSubject();
        String id = JobIds.parse(jobId);
        return progress.awaitCaughtUp(userId).then(store.find(userId, id))
                .filter(found -> found.isPresent() && !found.get().deleted())
                .map(Optional::get)
                .switchIfEmpty(Mono.error(() -> new NotFoundException("No job " + id)))
                .map(found -> {
                    String etag = JobVersion.etag(found.version());
                    if (exchange.checkNotModified(etag)) {
                        return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).<JobView>build();
                    }
                    return ResponseEntity.ok().eTag(etag).body(found.view());
                });
    }

    private static ResponseEntity.BodyBuilder withVersion(ResponseEntity.BodyBuilder response,
            JobCommands.Outcome outcome) {
        return outcome.version() == null ? response : response.eTag(JobVersion.etag(outcome.version()));
    }

    private static int limit(String limit) {
        if (limit == null || limit.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int value = Integer.parseInt(limit.trim());
            if (value >= 1 && value <= MAX_LIMIT) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new InvalidRequestException("limit", "must be a whole number from 1 to " + MAX_LIMIT);
    }
}
