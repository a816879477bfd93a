package com.careervault.api.account;

import com.careervault.api.auth.AuthMessages;
import com.careervault.api.auth.CallerNames;
import com.careervault.api.auth.CognitoIdentity;
import com.careervault.api.interviews.InterviewStore;
import com.careervault.api.contacts.ContactStore;
import com.careervault.api.jobs.AccountJobs;
import com.careervault.api.openapi.OpenApiConfiguration;
import com.careervault.api.preferences.PreferencesStore;
import com.careervault.api.resume.Resume;
import com.careervault.api.resume.ResumeStore;
import com.careervault.contracts.events.ReminderPreferences;
import com.careervault.contracts.identity.Identifiers;
import com.careervault.contracts.time.Timestamps;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** The caller's whole account: its export and its deletion. See docs/api.md ("The account"). */
@Tag(name = OpenApiConfiguration.TAG_ACCOUNT)
@RestController
@RequestMapping("/api/me")
public class AccountController {

    private final CognitoIdentity identity;
    private final PreferencesStore preferences;
    private final AccountJobs jobs;
    private final AccountReadModel readModel;
    private final AccountDeletion deletion;
    private final ResumeStore resumes;
    private final JsonMapper json;
    private final Clock clock;
    private final InterviewStore interviews;
    private final ContactStore contacts;

    public AccountController(CognitoIdentity identity, PreferencesStore preferences, AccountJobs jobs,
            AccountReadModel readModel, AccountDeletion deletion, ResumeStore resumes, JsonMapper json, Clock clock,
            InterviewStore interviews, ContactStore contacts) {
        this.interviews = interviews;
        this.contacts = contacts;
        this.identity = identity;
        this.preferences = preferences;
        this.jobs = jobs;
        this.readModel = readModel;
        this.deletion = deletion;
        this.resumes = resumes;
        this.json = json;
        this.clock = clock;
    }

    @Operation(operationId = "exportAccount", summary = "Export everything CareerVault holds about the caller",
            description = "One JSON document, offered as a download (`Content-Disposition: attachment; "
                    + "filename=\"careervault-export-YYYY-MM-DD.json\"`): the profile (as the user pool and the read "
                    + "model hold it), the reminder preferences, the resume (`null` when none), every job with its tags and status history (live "
                    + "ones and recently deleted ones, which carry `deleted_at`), every interview (as `Interview`), "
                    + "and every reminder email sent. "
                    + "The jobs and reminders are streamed from the read model a page at a time, so the document "
                    + "can be large; a failure after the first byte cuts the connection (the document is then "
                    + "incomplete JSON). Changes the read model has not applied yet are not in it.")
    @ApiResponse(responseCode = "200", description = "The export.",
            headers = @Header(name = HttpHeaders.CONTENT_DISPOSITION, description = "`attachment; "
                    + "filename=\"careervault-export-YYYY-MM-DD.json\"` (the day in UTC).",
                    schema = @Schema(type = "string")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = AccountExport.class),
                    examples = @ExampleObject(name = "small", summary = "One job, one reminder, one contact", value = """
                            {"exported_at": "2026-12-01T10:00:00.000000Z", "profile": {"user_id": \
                            "7c9e6679-7425-40de-944b-e07fc1f90ae7", "username": "testuser", "email": \
                            "test@example.com", "email_verified": true, "given_name": "Test", "family_name": "User", \
                            "created_at": "2026-11-20T10:00:00.000000Z"}, "preferences": {"follow_up_enabled": true, \
                            "follow_up_days": 7, "interview_enabled": true, "custom_enabled": true, "time_zone": \
                            "UTC"}, "resume": null, "jobs": [{"job_id": "0b7e6d7c-3f0e-4c8a-9d51-2f4b8f6a1c23", "company": "Google", \
                            "position": "Software Engineer", "status": "Interviewing", "interview_at": \
                            "2026-12-01T15:00:00.000000Z", "tags": ["backend"], "created_at": \
                            "2026-11-20T10:15:30.123456Z", "updated_at": "2026-11-25T08:00:00.000000Z", \
                            "status_history": [{"status": "Applied", "at": "2026-11-20T10:15:30.123456Z"}, \
                            {"status": "Interviewing", "at": "2026-11-25T08:00:00.000000Z"}]}], "interviews": [], \
                            "reminders_sent": \
                            [{"reminder_id": "3f0c9a1e-5b7d-4e2a-9c31-8d6f2b4a7e10", "job_id": \
                            "0b7e6d7c-3f0e-4c8a-9d51-2f4b8f6a1c23", "kind": "interview", "sent_at": \
                            "2026-11-30T15:00:00.000000Z"}], "contacts": [{"contact_id": \
                            "1e4d7a90-2b3c-4d5e-8f60-718293a4b5c6", "name": "Ada Lovelace", "company": "Google", \
                            "job_ids": ["0b7e6d7c-3f0e-4c8a-9d51-2f4b8f6a1c23"], "created_at": \
                            "2026-11-21T09:00:00.000000Z"}]}""")))
    @GetMapping(path = "/export", produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<ResponseEntity<Flux<DataBuffer>>> export(@AuthenticationPrincipal Jwt token) {
        String userId = token.getSubject();
        Instant now = clock.instant();
        Mono<AuthMessages.Profile> account = identity.profile(CallerNames.username(token), userId);
        // everything before the jobs is read first, so that a failure there is still a proper 503 answer
        return Mono.zip(account, readModel.createdAt(userId), preferences.current(userId), resumes.find(userId))
                .map(head -> ResponseEntity.ok()
                        .contentType(MediaType.APPLICATION_JSON)
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                                .filename("careervault-export-" + now.atOffset(ZoneOffset.UTC).toLocalDate() + ".json")
                                .build().toString())
                        .body(document(now, profile(head.getT1(), head.getT2()), head.getT3(),
                                head.getT4().orElse(null), userId)));
    }

    /** The document in pieces: the head, the jobs, the reminders, the contacts (each one by one), the closing bracket. */
    private Flux<DataBuffer> document(Instant now, AccountExport.Profile profile, ReminderPreferences settings,
            Resume resume, String userId) {
        String head = "{\"exported_at\":" + json.writeValueAsString(Timestamps.format(now))
                + ",\"profile\":" + json.writeValueAsString(profile)
                + ",\"preferences\":" + json.writeValueAsString(settings)
                + ",\"resume\":" + (resume == null ? "null" : json.writeValueAsString(resume))
                + ",\"jobs\":[";
        return Flux.concat(
                Flux.just(head),
                separated(jobs.all(userId).map(json::writeValueAsString)),
                Flux.just("],\"interviews\":["),
                separated(interviews.all(userId).map(json::writeValueAsString)),
                Flux.just("],\"reminders_sent\":["),
                separated(readModel.remindersSent(userId).map(json::writeValueAsString)),
                // third parties' personal data the user keeps: exported with the account (and erased with it)
                Flux.just("],\"contacts\":["),
                separated(contacts.all(userId).flatMapIterable(all -> all).map(json::writeValueAsString)),
                Flux.just("]}"))
                .map(text -> DefaultDataBufferFactory.sharedInstance.wrap(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static Flux<String> separated(Flux<String> elements) {
        return elements.index().map(indexed -> indexed.getT1() == 0 ? indexed.getT2() : "," + indexed.getT2());
    }

    private static AccountExport.Profile profile(AuthMessages.Profile pool, Optional<String> createdAt) {
        return new AccountExport.Profile(pool.userId(), pool.username(), pool.email(), pool.emailVerified(),
                pool.givenName(), pool.familyName(), createdAt.orElse(null));
    }

    @Operation(operationId = "deleteAccount", summary = "Delete the caller's account and everything in it",
            description = "Needs the account's current `password` (a wrong one is refused with `403`, field "
                    + "`password`, and counts as a failed sign-in; too many answer `429`). Then, in this order: "
                    + "records `UserDeleted` in the event log, deletes the Cognito user, deletes the user's data "
                    + "key (the personal fields of their events in the log can no longer be read), deletes the "
                    + "resume, releases the email address (a new account may take it), and ends every session. The projector then "
                    + "removes every item of the user from the read model, and the notifier drops their state and "
                    + "sends nothing more. A `503` means a step failed: repeat the request with the same access "
                    + "token (it stays valid until the deletion is complete) and it finishes the deletion; once "
                    + "the Cognito user is gone the password is not checked again. Afterwards the access token, "
                    + "refresh token and password no longer work.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE,
                    examples = @ExampleObject(name = "seed", summary = "The seed's user",
                            value = "{\"password\": \"TestPass123!\"}"))))
    @ApiResponse(responseCode = "204", description = "The account is deleted.")
    @ApiResponse(responseCode = "403", description = "The password is not the account's (`forbidden`, `errors` "
            + "names `password`). Nothing was deleted.", content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(ref = "#/components/schemas/Problem"),
                    examples = @ExampleObject(name = "wrong-password", summary = "Wrong password", value = """
                            {"type": "https://careervault.dev/problems/forbidden", "title": "Forbidden", \
                            "status": 403, "detail": "is not the account's password", "instance": "/api/me", \
                            "errors": [{"field": "password", "message": "is not the account's password"}]}""")))
    @ApiResponse(responseCode = "429", ref = "#/components/responses/TooManyRequests")
    @DeleteMapping
    public Mono<ResponseEntity<Void>> delete(@AuthenticationPrincipal Jwt token,
            @RequestBody DeleteAccountRequest body) {
        return deletion.delete(token.getSubject(), Identifiers.canonicalUsername(CallerNames.username(token)),
                        body.password())
                .thenReturn(ResponseEntity.noContent().build());
    }
}
