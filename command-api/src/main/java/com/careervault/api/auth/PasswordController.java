package com.careervault.api.auth;

import com.careervault.api.openapi.OpenApiConfiguration;
import com.careervault.api.problems.InvalidRequestException;
import com.careervault.api.ratelimits.RateLimits;
import com.careervault.api.sessions.Sessions;
import com.careervault.contracts.events.UserPasswordChanged;
import com.careervault.contracts.events.UserPasswordResetRequested;
import com.careervault.contracts.identity.Identifiers;
import com.careervault.contracts.links.EmailLinks;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Forgotten passwords (an emailed, signed, single-use link) and password changes (with the current
 * password). Both end the user's other sessions; the notifier tells the account's address about each
 * change ({@link UserPasswordChanged}). See docs/identity.md.
 */
@Tag(name = OpenApiConfiguration.TAG_AUTH)
@RestController
@RequestMapping("/auth")
public class PasswordController {

    private static final String BAD_LINK = "is not a valid password-reset link, or it was used or has expired";

    private final AddressOwners owners;
    private final CognitoIdentity identity;
    private final PasswordResets resets;
    private final EmailLinks links;
    private final Sessions sessions;
    private final RateLimits rateLimits;
    private final UserEvents events;
    private final Clock clock;

    public PasswordController(AddressOwners owners, CognitoIdentity identity, PasswordResets resets,
            EmailLinks links, Sessions sessions, RateLimits rateLimits, UserEvents events, Clock clock) {
        this.owners = owners;
        this.identity = identity;
        this.resets = resets;
        this.links = links;
        this.sessions = sessions;
        this.rateLimits = rateLimits;
        this.events = events;
        this.clock = clock;
    }

    @Operation(operationId = "forgotPassword", summary = "Email a password-reset link",
            description = "When an account has this address, the notifier emails it a link "
                    + "(`/reset-password?token=...`) that sets a new password once, within an hour. The answer is "
                    + "`202` with the same body whether or not an account has the address, so it reveals nothing; "
                    + "an account that asked too often gets no further email for a while.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE,
                    examples = @ExampleObject(name = "seed", summary = "The seed's user",
                            value = "{\"email\": \"test@example.com\"}"))))
    @ApiResponse(responseCode = "202", description = "Taken: a link is on its way if the address has an account.")
    @PostMapping("/forgot-password")
    public Mono<ResponseEntity<PasswordMessages.Accepted>> forgotPassword(
            @RequestBody PasswordRequests.ForgotPassword body) {
        String email = body.email();
        return owners.holder(email)
                .flatMap(holder -> holder
                        .map(h -> rateLimits.passwordResetAllowed(h.userId())
                                .flatMap(allowed -> allowed
                                        ? events.append(h.userId(), new UserPasswordResetRequested(h.userId(),
                                                email, UUID.randomUUID().toString()))
                                        : Mono.<Void>empty()))
                        .orElse(Mono.empty()))
                .thenReturn(ResponseEntity.accepted().body(new PasswordMessages.Accepted(true)));
    }

    @Operation(operationId = "resetPassword", summary = "Set a new password with an emailed link",
            description = "Sets the password of the account the link's `token` names, once: a used, expired or "
                    + "tampered token, or one whose address is no longer the account's, is refused with `400` "
                    + "(field `token`). A weak password is refused with `400` (field `password`) and the link "
                    + "stays usable. Every session of the account ends.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE,
                    examples = @ExampleObject(name = "link", summary = "The token of the emailed link",
                            value = "{\"token\": \"eyJhbGciOiJIUzI1NiJ9.eyJhdWQiOiJyZXNldC1wYXNzd29yZCJ9.c2ln\", "
                                    + "\"password\": \"N3w!Passw0rd\"}"))))
    @ApiResponse(responseCode = "200", description = "The new password is set; every session of the account ended.")
    @PostMapping("/reset-password")
    public Mono<PasswordMessages.Changed> resetPassword(@RequestBody PasswordRequests.ResetPassword body) {
        EmailLinks.Link link = links.verify(EmailLinks.Purpose.RESET_PASSWORD, body.token(), clock.instant())
                .filter(l -> l.id() != null && !l.id().isBlank())
                .orElseThrow(() -> new InvalidRequestException("token", BAD_LINK));
        String userId = link.userId();
        return owners.heldBy(userId, link.email())
                .flatMap(holder -> holder.map(Mono::just)
                        .orElseGet(() -> Mono.error(new InvalidRequestException("token", BAD_LINK))))
                .flatMap(holder -> resets.consume(userId, link.id())
                        .flatMap(first -> first ? Mono.just(holder)
                                : Mono.error(new InvalidRequestException("token", BAD_LINK))))
                .flatMap(holder -> identity.setPassword(holder.username(), body.password(), "password")
                        .then(sessions.endAll(userId))
                        .then(identity.globalSignOut(holder.username()))
                        .then(events.append(userId, new UserPasswordChanged(userId, UserPasswordChanged.RESET)))
                        // a reset that did not complete leaves the link usable, so that it can be tried again
                        .onErrorResume(e -> resets.restore(userId, link.id()).onErrorComplete()
                                .then(Mono.error(e))))
                .thenReturn(new PasswordMessages.Changed(true));
    }

    @Operation(operationId = "changePassword", summary = "Change the caller's password",
            description = "Checks `current_password` (a wrong one is refused with `400`, field `current_password`, "
                    + "and counts as a failed sign-in), sets `new_password` (a weak one is refused with `400`, field "
                    + "`new_password`) and ends every other session of the caller; this session stays signed in.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE,
                    examples = @ExampleObject(name = "seed", summary = "The seed's user",
                            value = "{\"current_password\": \"TestPass123!\", \"new_password\": \"N3w!Passw0rd\"}"))))
    @ApiResponse(responseCode = "200", description = "The new password is set; the caller's other sessions ended.")
    @PutMapping("/me/password")
    public Mono<PasswordMessages.Changed> changePassword(@AuthenticationPrincipal Jwt token,
            @RequestBody PasswordRequests.ChangePassword body) {
        String userId = token.getSubject();
        String username = Identifiers.canonicalUsername(CallerNames.username(token));
        return rateLimits.ensureSignInAllowed(username)
                .then(identity.passwordMatches(username, body.currentPassword()))
                .flatMap(matches -> matches ? Mono.just(true)
                        : rateLimits.signInFailed(username).then(Mono.error(
                                new InvalidRequestException("current_password", "is not the account's password"))))
                .then(identity.setPassword(username, body.newPassword(), "new_password"))
                // no AdminUserGlobalSignOut here: it cannot spare the caller's session. The other sessions'
                // refresh tokens only work through this API, which refuses them from now on.
                .then(sessions.endAllExcept(token))
                .then(events.append(userId, new UserPasswordChanged(userId, UserPasswordChanged.CHANGED)))
                .thenReturn(new PasswordMessages.Changed(true));
    }
}
