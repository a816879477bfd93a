package com.careervault.api.account;

import com.careervault.api.auth.AuthMessages;
import com.careervault.api.auth.CallerNames;
import com.careervault.api.auth.CognitoIdentity;
import com.careervault.api.interviews.InterviewStore;
import com.careervault.api.contacts.ContactStore;
import com.careervault.api.documents.ExportedDocument;
import com.careervault.api.documents.LibraryStore;
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
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
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

    static final String APPLICATION_ZIP = "application/zip";

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
    private final LibraryStore library;
    private final ExportArchive archive;

    public AccountController(CognitoIdentity identity, PreferencesStore preferences, AccountJobs jobs,
            AccountReadModel readModel, AccountDeletion deletion, ResumeStore resumes, JsonMapper json, Clock clock,
            InterviewStore interviews, ContactStore contacts, LibraryStore library, ExportArchive archive) {
        this.interviews = interviews;
        this.contacts = contacts;
        this.library = library;
        this.archive = archive;
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
                    + "every reminder email sent, the contacts, and the document library (`documents`: each "
                    + "document with every version's metadata and `file`, where `exportAccountArchive` puts its "
                    + "bytes; this document has no files, `GET /api/me/export.zip` has them). "
                    + "The jobs and reminders are streamed from the read model a page at a time, so the document "
                    + "can be large; a failure after the first byte cuts the connection (the document is then "
                    + "incomplete JSON). Changes the read model has not applied yet are not in it.")
    @ApiResponse(responseCode = "200", description = "The export.",
            headers = @Header(name = HttpHeaders.CONTENT_DISPOSITION, description = "`attachment; "
                    + "filename=\"careervault-export-YYYY-MM-DD.json\"` (the day in UTC).",
                    schema = @Schema(type = "string")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = AccountExport.class),
                    examples = @ExampleObject(name = "small", summary = "One job, one reminder, one contact, one document",
                            value = """
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
                            "2026-11-21T09:00:00.000000Z"}], "documents": [{"document_id": \
                            "5b1d0c2e-8a4f-4e6b-9c7d-0e1f2a3b4c5d", "name": "Resume", "kind": "resume", "created_at": \
                            "2026-11-20T09:00:00.000000Z", "updated_at": "2026-11-20T09:00:00.000000Z", "versions": \
                            [{"version": 1, "sha256": \
                            "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "size": 48213, \
                            "media_type": "application/pdf", "file_name": "Resume 2026.pdf", "created_at": \
                            "2026-11-20T09:00:00.000000Z", "file": \
                            "documents/Resume-5b1d0c2e/v1-Resume 2026.pdf"}]}]}""")))
    @GetMapping(path = "/export", produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<ResponseEntity<Flux<DataBuffer>>> export(@AuthenticationPrincipal Jwt token) {
        String userId = token.getSubject();
        return head(token).map(head -> ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(head.now(), ".json"))
                .body(document(head, userId)
                        .map(text -> DefaultDataBufferFactory.sharedInstance.wrap(text.getBytes(StandardCharsets.UTF_8)))));
    }

    @Operation(operationId = "exportAccountArchive",
            summary = "Export everything CareerVault holds about the caller, with every document's files, as a ZIP",
            description = "A ZIP archive, offered as a download (`Content-Disposition: attachment; "
                    + "filename=\"careervault-export-YYYY-MM-DD.zip\"`), with the entry `careervault-export.json` "
                    + "(the document `exportAccount` answers, `documents` included) and, for every version of every "
                    + "document of the caller's library, its bytes exactly as uploaded at the version's `file` "
                    + "path: `documents/<document name>-<first 8 characters of its id>/v<n>-<file name>` (names "
                    + "sanitized: no `/`, `\\`, control characters or leading dots, `: * ? \" < > |` as `_`; a "
                    + "folder name taken already gets the whole id). An account without documents gets the JSON "
                    + "alone. The archive is made in a temporary file before the first byte is sent, so a failure "
                    + "(S3 or a table unavailable) is a `503` problem, never a cut download; the answer has a "
                    + "`Content-Length`.")
    @ApiResponse(responseCode = "200", description = "The archive.",
            headers = @Header(name = HttpHeaders.CONTENT_DISPOSITION, description = "`attachment; "
                    + "filename=\"careervault-export-YYYY-MM-DD.zip\"` (the day in UTC).",
                    schema = @Schema(type = "string")),
            content = @Content(mediaType = APPLICATION_ZIP, schema = @Schema(type = "string", format = "binary")))
    @GetMapping(path = "/export.zip", produces = {APPLICATION_ZIP, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    public Mono<ResponseEntity<Flux<DataBuffer>>> exportArchive(@AuthenticationPrincipal Jwt token) {
        String userId = token.getSubject();
        return head(token)
                .flatMap(head -> archive.write(userId, head.now(), document(head, userId)
                        .map(text -> ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8))), head.documents())
                        .map(zip -> ResponseEntity.ok()
                                .contentType(MediaType.parseMediaType(APPLICATION_ZIP))
                                .contentLength(zip.size())
                                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(head.now(), ".zip"))
                                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                                .body(zip.content())));
    }

    /** What the export holds besides the streamed lists, read before the first byte so that a failure is a 503. */
    private record Head(Instant now, AccountExport.Profile profile, ReminderPreferences preferences, Resume resume,
            List<ExportedDocument> documents) {
    }

    private Mono<Head> head(Jwt token) {
        String userId = token.getSubject();
        Instant now = clock.instant();
        Mono<AuthMessages.Profile> account = identity.profile(CallerNames.username(token), userId);
        return Mono.zip(account, readModel.createdAt(userId), preferences.current(userId), resumes.find(userId),
                        library.library(userId))
                .map(read -> new Head(now, profile(read.getT1(), read.getT2()), read.getT3(),
                        read.getT4().orElse(null), ExportedDocument.of(read.getT5().documents())));
    }

    private static String attachment(Instant now, String extension) {
        return ContentDisposition.attachment()
                .filename("careervault-export-" + now.atOffset(ZoneOffset.UTC).toLocalDate() + extension)
                .build().toString();
    }

    /**
     * The JSON document in pieces: the head, the jobs, the interviews, the reminders, the contacts (each one by
     * one), the documents, the closing bracket.
     */
    private Flux<String> document(Head head, String userId) {
        String start = "{\"exported_at\":" + json.writeValueAsString(Timestamps.format(head.now()))
                + ",\"profile\":" + json.writeValueAsString(head.profile())
                + ",\"preferences\":" + json.writeValueAsString(head.preferences())
                + ",\"resume\":" + (head.resume() == null ? "null" : json.writeValueAsString(head.resume()))
                + ",\"jobs\":[";
        return Flux.concat(
                Flux.just(start),
                separated(jobs.all(userId).map(json::writeValueAsString)),
                Flux.just("],\"interviews\":["),
                separated(interviews.all(userId).map(json::writeValueAsString)),
                Flux.just("],\"reminders_sent\":["),
                separated(readModel.remindersSent(userId).map(json::writeValueAsString)),
                // third parties' personal data the user keeps: exported with the account (and erased with it)
                Flux.just("],\"contacts\":["),
                separated(contacts.all(userId).flatMapIterable(all -> all).map(json::writeValueAsString)),
                // read with the head (a few items per document): the ZIP's files are these versions
                Flux.just("],\"documents\":" + json.writeValueAsString(head.documents()) + "}"));
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
