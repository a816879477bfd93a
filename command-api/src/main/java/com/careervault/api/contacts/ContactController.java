package com.careervault.api.contacts;

import com.careervault.api.consistency.ProjectorProgress;
import com.careervault.api.consistency.ReadModelBehindException;
import com.careervault.api.jobs.PreferWait;
import com.careervault.api.openapi.ApiDocs;
import com.careervault.api.openapi.OpenApiConfiguration;
import com.careervault.api.openapi.PreferWaitHeader;
import com.careervault.api.problems.InvalidRequestException;
import com.careervault.contracts.text.UnicodeText;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
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
import reactor.core.publisher.Mono;

/**
 * The caller's contacts. Commands answer 202 once their event is in the log; with {@code Prefer: wait=N} they
 * answer with the contact (201/200, 204 for a removal) as soon as the read model has it. Every command and
 * every read of one contact is decided after the projector has applied the caller's events acknowledged before
 * it (see {@code ProjectorProgress}). The caller is always the token's subject; another user's contact is a 404.
 * Contact fields are third parties' personal data: nothing here logs them.
 */
@Tag(name = OpenApiConfiguration.TAG_CONTACTS)
@RestController
@RequestMapping("/api")
public class ContactController {

    private static final String UNKNOWN_JOBS = "`job_ids` names a job the caller does not have (never had, "
            + "deleted, another user's): type `unknown-reference`, `errors` names `job_ids`. Nothing was recorded.";
    private static final String VCARD_UTF8 = ContactCards.MEDIA_TYPE + ";charset=UTF-8";

    private final ContactCommands commands;
    private final ContactStore store;
    private final ProjectorProgress progress;

    public ContactController(ContactCommands commands, ContactStore store, ProjectorProgress progress) {
        this.commands = commands;
        this.store = store;
        this.progress = progress;
    }

    @Operation(operationId = "createContact", summary = "Add a contact",
            description = "Records a person of the caller's job search. `name` is required; `job_ids` must name "
                    + "live jobs of the caller (otherwise 422, `unknown-reference`). The answer is `202` once the "
                    + "`contact.added` event is in the log; with `Prefer: wait=N` it is `201` with the contact "
                    + "once the read model has it. An account with 1,000 contacts is refused with 409.")
    @PreferWaitHeader
    @ApiResponse(responseCode = "202", description = "Recorded: the contact is readable a moment later.",
            headers = @Header(name = ApiDocs.LOCATION, description = "The contact's URL.",
                    schema = @Schema(type = "string", example = "/api/contacts/" + ContactView.ID_EXAMPLE)),
            content = @Content(schema = @Schema(implementation = ContactAccepted.class)))
    @ApiResponse(responseCode = "201", description = "Recorded and readable (`Prefer: wait`): the contact.",
            headers = @Header(name = ApiDocs.LOCATION, description = "The contact's URL.",
                    schema = @Schema(type = "string", example = "/api/contacts/" + ContactView.ID_EXAMPLE)),
            content = @Content(schema = @Schema(implementation = ContactView.class)))
    @ApiResponse(responseCode = "409", ref = "#/components/responses/Conflict")
    @ApiResponse(responseCode = "422", description = UNKNOWN_JOBS, content = @Content(
            mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    @PostMapping("/contacts")
    public Mono<ResponseEntity<Object>> create(@AuthenticationPrincipal Jwt token,
            @RequestBody CreateContactRequest body, @RequestHeader(name = "Prefer", required = false) String prefer) {
        String userId = token.getSubject();
        return commands.add(userId, body.fields()).flatMap(outcome -> {
            URI location = URI.create("/api/contacts/" + outcome.contactId());
            return afterWait(userId, outcome, prefer, ResponseEntity.accepted().location(location)
                    .body(outcome.answer()), found -> Optional.of(ResponseEntity.status(HttpStatus.CREATED)
                    .location(location).header(ApiDocs.PREFERENCE_APPLIED, "wait").body(found)));
        });
    }

    @Operation(operationId = "listContacts", summary = "List or search the caller's contacts",
            description = "Every contact of the caller, by name; with `q`, those whose name or company contains "
                    + "it (case-insensitive). Read from the read model: a contact added a moment ago may be "
                    + "missing for a moment.")
    @Parameter(name = "q", in = ParameterIn.QUERY, description = "Text the name or the company must contain "
            + "(letter case ignored); at most 200 characters.",
            schema = @Schema(type = "string", maxLength = 200, example = "ada"))
    @ApiResponse(responseCode = "200", description = "The contacts.")
    @GetMapping("/contacts")
    public Mono<ContactList> list(@AuthenticationPrincipal Jwt token, @RequestParam(required = false) String q) {
        return store.search(token.getSubject(), query(q)).map(ContactList::new);
    }

    @Operation(operationId = "getContact", summary = "Read one contact",
            description = "The contact. One whose creation was acknowledged is never a 404: the API waits "
                    + "(bounded) for the read model to catch up, and answers 503 with `Retry-After` if it does not.")
    @ContactIdParameter
    @ApiResponse(responseCode = "200", description = "The contact.")
    @GetMapping("/contacts/{contactId}")
    public Mono<ContactView> get(@AuthenticationPrincipal Jwt token, @PathVariable String contactId) {
        return commands.live(token.getSubject(), ContactIds.parse(contactId));
    }

    @Operation(operationId = "updateContact", summary = "Change a contact",
            description = "A JSON Merge Patch (RFC 7396): the fields present are set, the others stay, a field "
                    + "sent as `null` is removed (not `name`; `job_ids: null` unlinks every job). New `job_ids` "
                    + "must be live jobs of the caller (otherwise 422). The answer is `202` once the "
                    + "`contact.changed` event (with the contact's whole new details) is in the log, `event_id` "
                    + "`null` when nothing changed; with `Prefer: wait=N` it is `200` with the contact.")
    @ContactIdParameter
    @PreferWaitHeader
    @ApiResponse(responseCode = "202", description = "Recorded: the change is readable a moment later.",
            content = @Content(schema = @Schema(implementation = ContactAccepted.class)))
    @ApiResponse(responseCode = "200", description = "Recorded and readable (`Prefer: wait`): the contact.",
            content = @Content(schema = @Schema(implementation = ContactView.class)))
    @ApiResponse(responseCode = "422", description = UNKNOWN_JOBS, content = @Content(
            mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    @PatchMapping(path = "/contacts/{contactId}",
            consumes = {MediaType.APPLICATION_JSON_VALUE, "application/merge-patch+json"})
    public Mono<ResponseEntity<Object>> update(@AuthenticationPrincipal Jwt token, @PathVariable String contactId,
            @RequestBody UpdateContactRequest body, @RequestHeader(name = "Prefer", required = false) String prefer) {
        String userId = token.getSubject();
        return commands.change(userId, ContactIds.parse(contactId), body).flatMap(outcome -> afterWait(userId,
                outcome, prefer, ResponseEntity.accepted().body(outcome.answer()), ContactController::waited));
    }

    @Operation(operationId = "deleteContact", summary = "Remove a contact",
            description = "Removes the contact: it leaves lists, jobs and exports (interviews keep its id but no "
                    + "longer show it). The answer is `202` once the `contact.removed` event is in the log; with "
                    + "`Prefer: wait=N` it is `204` once the read model no longer has it.")
    @ContactIdParameter
    @PreferWaitHeader
    @ApiResponse(responseCode = "202", description = "Recorded: the contact disappears a moment later.",
            content = @Content(schema = @Schema(implementation = ContactAccepted.class)))
    @ApiResponse(responseCode = "204", description = "Removed and gone from the read model (`Prefer: wait`).")
    @DeleteMapping("/contacts/{contactId}")
    public Mono<ResponseEntity<Object>> delete(@AuthenticationPrincipal Jwt token, @PathVariable String contactId,
            @RequestHeader(name = "Prefer", required = false) String prefer) {
        String userId = token.getSubject();
        String id = ContactIds.parse(contactId);
        return commands.remove(userId, id).flatMap(outcome -> {
            ResponseEntity<Object> accepted = ResponseEntity.accepted().body(outcome.answer());
            Optional<Duration> wait = PreferWait.parse(prefer);
            if (wait.isEmpty()) {
                return Mono.just(accepted);
            }
            return caughtUp(userId, wait.get()).flatMap(done -> store.find(userId, id))
                    .map(found -> found.isEmpty()
                            ? ResponseEntity.noContent().header(ApiDocs.PREFERENCE_APPLIED, "wait").build()
                            : accepted)
                    .defaultIfEmpty(accepted);
        });
    }

    @Operation(operationId = "contactedContact", summary = "Record being in touch with a contact",
            description = "The caller was in touch with the contact at `contacted_at` (now when left out). The "
                    + "contact's `last_contacted_at` becomes the latest of these and of its held interviews. The "
                    + "answer is `202` once the `contact.contacted` event is in the log; with `Prefer: wait=N` it "
                    + "is `200` with the contact.")
    @ContactIdParameter
    @PreferWaitHeader
    @ApiResponse(responseCode = "202", description = "Recorded.",
            content = @Content(schema = @Schema(implementation = ContactAccepted.class)))
    @ApiResponse(responseCode = "200", description = "Recorded and readable (`Prefer: wait`): the contact.",
            content = @Content(schema = @Schema(implementation = ContactView.class)))
    @PostMapping("/contacts/{contactId}/contacted")
    public Mono<ResponseEntity<Object>> contacted(@AuthenticationPrincipal Jwt token,
            @PathVariable String contactId, @RequestBody ContactedRequest body,
            @RequestHeader(name = "Prefer", required = false) String prefer) {
        String userId = token.getSubject();
        return commands.contacted(userId, ContactIds.parse(contactId),
                        body.contactedAt() == null ? null : body.contactedAt().toInstant())
                .flatMap(outcome -> afterWait(userId, outcome, prefer,
                        ResponseEntity.accepted().body(outcome.answer()), ContactController::waited));
    }

    @Operation(operationId = "getContactVCard", summary = "Export one contact as vCard",
            description = "The contact as a vCard 4.0 file (RFC 6350, `text/vcard`): `UID` "
                    + "`urn:uuid:<contact_id>`, `FN`, `TITLE` (role), `ORG`, `EMAIL`, `TEL`, `URL`, `NOTE`, `REV`.")
    @ContactIdParameter
    @ApiResponse(responseCode = "200", description = "The vCard.", content = @Content(
            mediaType = ContactCards.MEDIA_TYPE, schema = @Schema(type = "string")))
    @GetMapping(path = "/contacts/{contactId}.vcf", produces = ContactCards.MEDIA_TYPE)
    public Mono<ResponseEntity<byte[]>> vcard(@AuthenticationPrincipal Jwt token, @PathVariable String contactId) {
        String id = ContactIds.parse(contactId);
        return commands.live(token.getSubject(), id)
                .map(contact -> vcardFile(List.of(contact), "contact-" + id + ".vcf"));
    }

    @Operation(operationId = "getContactsVCard", summary = "Export every contact as vCard",
            description = "Every contact of the caller, by name, as one vCard 4.0 file (RFC 6350, `text/vcard`; "
                    + "empty when there are none), as `getContactVCard` writes each.")
    @ApiResponse(responseCode = "200", description = "The vCards.", content = @Content(
            mediaType = ContactCards.MEDIA_TYPE, schema = @Schema(type = "string")))
    @GetMapping(path = "/contacts.vcf", produces = ContactCards.MEDIA_TYPE)
    public Mono<ResponseEntity<byte[]>> vcards(@AuthenticationPrincipal Jwt token) {
        String userId = token.getSubject();
        return progress.awaitCaughtUp(userId).then(store.all(userId))
                .map(contacts -> vcardFile(contacts, "contacts.vcf"));
    }

    private static ResponseEntity<byte[]> vcardFile(List<ContactView> contacts, String filename) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(VCARD_UTF8))
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
                .body(ContactCards.write(contacts).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * {@code accepted} without {@code Prefer: wait} or when nothing was appended; otherwise {@code readable}'s
     * answer for the contact once the projector has applied the caller's events, {@code accepted} again when the
     * wait runs out or the contact is not there.
     */
    private Mono<ResponseEntity<Object>> afterWait(String userId, ContactCommands.Outcome outcome, String prefer,
            ResponseEntity<Object> accepted, Function<ContactView, Optional<ResponseEntity<Object>>> readable) {
        Optional<Duration> wait = PreferWait.parse(prefer);
        if (wait.isEmpty() || outcome.event() == null) {
            return Mono.just(accepted);
        }
        return caughtUp(userId, wait.get())
                .flatMap(done -> store.find(userId, outcome.contactId()))
                .flatMap(found -> Mono.justOrEmpty(found.flatMap(readable)))
                .defaultIfEmpty(accepted);
    }

    /** True once the projector applied every event of the caller appended so far; empty when the wait ran out. */
    private Mono<Boolean> caughtUp(String userId, Duration wait) {
        return progress.awaitCaughtUp(userId).timeout(wait).thenReturn(true)
                .onErrorResume(e -> e instanceof ReadModelBehindException || e instanceof TimeoutException,
                        e -> Mono.empty());
    }

    private static Optional<ResponseEntity<Object>> waited(ContactView contact) {
        return Optional.of(ResponseEntity.ok().header(ApiDocs.PREFERENCE_APPLIED, "wait").body(contact));
    }

    /** The search text, trimmed; null when absent or blank. */
    private static String query(String q) {
        if (q == null || q.isBlank()) {
            return null;
        }
        String trimmed = q.strip();
        if (!UnicodeText.isWellFormed(trimmed)) {
            throw new InvalidRequestException("q", UnicodeText.NOT_WELL_FORMED);
        }
        if (UnicodeText.length(UnicodeText.nfc(trimmed)) > ContactFields.NAME_MAX) {
            throw new InvalidRequestException("q", "must be at most " + ContactFields.NAME_MAX + " characters");
        }
        return trimmed;
    }
}
