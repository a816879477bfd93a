package com.careervault.api.resume;

import com.careervault.api.auth.UserEvents;
import com.careervault.api.openapi.OpenApiConfiguration;
import com.careervault.api.problems.NotFoundException;
import com.careervault.contracts.events.UserResumeChanged;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The caller's resume ({@code /api/me/resume}), which the enricher compares job postings with. The text lives
 * only in {@code CareerVault-Resumes}: the event log, kept forever, gets {@code UserResumeChanged} with its hash
 * and length, appended after the table write (a failure in between answers 503; repeating the request writes
 * the same item again and appends). The text is never logged.
 */
@Tag(name = OpenApiConfiguration.TAG_ACCOUNT)
@RestController
@RequestMapping("/api/me/resume")
public class ResumeController {

    private final ResumeStore store;
    private final UserEvents events;
    private final Clock clock;

    public ResumeController(ResumeStore store, UserEvents events, Clock clock) {
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    @Operation(operationId = "getResume", summary = "The caller's resume",
            description = "The resume the AI insights compare job postings with, as stored.")
    @ApiResponse(responseCode = "200", description = "The resume.")
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @GetMapping
    public Mono<Resume> get(@AuthenticationPrincipal Jwt token) {
        return store.find(token.getSubject()).map(found -> found.orElseThrow(
                () -> new NotFoundException("No resume: store one with PUT /api/me/resume")));
    }

    @Operation(operationId = "putResume", summary = "Store the caller's resume",
            description = "Replaces the caller's resume with `text` (plain text, 1 to 50,000 characters). The text "
                    + "is kept in a table of its own, never in the event log (which gets only its SHA-256 and "
                    + "length), and is deleted with the account. Every job with a description then gets its AI "
                    + "insights computed again (its `ai_status` is `ready` with the previous result until the new "
                    + "one is there). Storing the same text again is harmless.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    examples = @ExampleObject(name = "short", summary = "A two-line resume", value = """
                            {"text": "Backend engineer, 6 years of Java, Spring and Kafka.\\nBuilt event-driven \
                            services."}"""))))
    @ApiResponse(responseCode = "200", description = "Stored: the resume as it is now.")
    @PutMapping
    public Mono<Resume> put(@AuthenticationPrincipal Jwt token, @RequestBody ResumeRequest body) {
        String userId = token.getSubject();
        return store.put(userId, body.text(), clock.instant())
                .flatMap(resume -> events.append(userId,
                        new UserResumeChanged(userId, resume.resumeHash(), resume.length())).thenReturn(resume));
    }

    @Operation(operationId = "deleteResume", summary = "Remove the caller's resume",
            description = "Deletes the stored resume (also `204` when there is none). The AI insights are then "
                    + "computed again without a resume: no match score, strengths or gaps.")
    @ApiResponse(responseCode = "204", description = "The caller has no resume now.")
    @DeleteMapping
    public Mono<ResponseEntity<Void>> delete(@AuthenticationPrincipal Jwt token) {
        String userId = token.getSubject();
        return store.delete(userId)
                .then(events.append(userId, new UserResumeChanged(userId, null, null)))
                .thenReturn(ResponseEntity.noContent().build());
    }
}
