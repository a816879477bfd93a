package com.careervault.api.auth;

import com.careervault.api.events.EventLog;
import com.careervault.api.openapi.ApiDocs;
import com.careervault.api.openapi.OpenApiConfiguration;
import com.careervault.api.events.EventLogProperties;
import com.careervault.api.problems.ConflictException;
import com.careervault.api.sessions.IssuedToken;
import com.careervault.api.sessions.Sessions;
import com.careervault.contracts.identity.Identifiers;
import com.careervault.contracts.events.EventEnvelope;
import com.careervault.contracts.events.UserRegistered;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Sign-up, sign-in, token refresh, sign-out (one session or all) and the caller's profile.
 * Emails and usernames are compared in their canonical form ({@link Identifiers}, docs/identity.md).
 */
@Tag(name = OpenApiConfiguration.TAG_AUTH)
@RestController
@RequestMapping("/auth")
public class AuthController {

    private static final String REFRESH_REFUSED = "The refresh token is invalid or expired";

    private final CognitoIdentity identity;
    private final Sessions sessions;
    private final ReactiveJwtDecoder accessTokens;
    private final EventLog eventLog;
    private final EventLogProperties events;
    private final Clock clock;

    public AuthController(CognitoIdentity identity, Sessions sessions, ReactiveJwtDecoder accessTokens,
            EventLog eventLog, EventLogProperties events, Clock clock) {
        this.identity = identity;
        this.sessions = sessions;
        this.accessTokens = accessTokens;
        this.eventLog = eventLog;
        this.events = events;
        this.clock = clock;
    }

    @Operation(operationId = "signUp", summary = "Create an account",
            description = "Creates the Cognito user and records `user.registered` in the event log; the account can "
                    + "sign in at once. The username is 3-64 letters, digits, `.`, `_` or `-`; the password needs 8 "
                    + "or more characters with upper and lower case, a digit and a symbol. A username or email that "
                    + "already has an account is refused with 409.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE,
                    examples = @ExampleObject(name = "seed", summary = "The seed's user",
                            value = ApiDocs.SEED_SIGNUP))))
    @ApiResponse(responseCode = "201", description = "The account exists and can sign in.",
            headers = @Header(name = ApiDocs.LOCATION, description = "The caller's profile, once signed in.",
                    schema = @Schema(type = "string", example = "/auth/me")))
    @ApiResponse(responseCode = "409", ref = "#/components/responses/Conflict")
    @PostMapping("/signup")
    public Mono<ResponseEntity<AuthMessages.SignedUp>> signUp(@RequestBody AuthRequests.SignUp body) {
        CognitoIdentity.SignUp signUp = body.toCommand();
        return identity.emailTaken(signUp.email())
                .flatMap(taken -> taken
                        ? Mono.error(new ConflictException("email", "an account with this email already exists"))
                        : identity.createUser(signUp))
                .flatMap(userId -> eventLog.append(EventEnvelope.of(UUID.randomUUID().toString(), events.source(),
                                clock.instant(), userId, new UserRegistered(userId, signUp.username(), signUp.email(),
                                        signUp.givenName(), signUp.familyName())))
                        // the account is only usable once its registration is in the log
                        .onErrorResume(e -> identity.deleteUser(signUp.username()).then(Mono.error(e)))
                        .thenReturn(ResponseEntity.created(URI.create("/auth/me"))
                                .body(new AuthMessages.SignedUp(userId, signUp.username(), signUp.email()))));
    }

    @Operation(operationId = "logIn", summary = "Sign in",
            description = "Exchanges a username (or the account's email) and password for Cognito tokens. Wrong "
                    + "credentials are refused with 401, with the same message whatever was wrong.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE,
                    examples = @ExampleObject(name = "seed", summary = "The seed's user",
                            value = ApiDocs.SEED_LOGIN))))
    @ApiResponse(responseCode = "200", description = "Signed in: the tokens.")
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @PostMapping("/login")
    public Mono<AuthMessages.Tokens> login(@RequestBody AuthRequests.Login body) {
        return identity.signIn(body.username(), body.password())
                .flatMap(tokens -> issued(tokens)
                        .flatMap(access -> sessions.start(access, tokens.refreshToken()))
                        // tokens we could not record could never be revoked: withdraw them rather than hand them out
                        .onErrorResume(e -> identity.revoke(tokens.refreshToken()).onErrorComplete()
                                .then(Mono.error(e)))
                        .thenReturn(tokens));
    }

    @Operation(operationId = "refreshTokens", summary = "Get a new access token",
            description = "Exchanges the refresh token of an earlier sign-in for a new access token and ID token. "
                    + "`username` is needed only when the app client has a secret (Cognito's SECRET_HASH). A "
                    + "revoked, expired or unknown refresh token is refused with 401.")
    @ApiResponse(responseCode = "200", description = "New tokens; the refresh token sent stays valid.")
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @PostMapping("/refresh")
    public Mono<AuthMessages.Tokens> refresh(@RequestBody AuthRequests.Refresh body) {
        String refreshToken = body.refreshToken();
        String username = body.username();
        return sessions.isOpen(refreshToken)
                .flatMap(open -> open ? identity.refresh(refreshToken, username)
                        : Mono.error(new AuthenticationFailedException(REFRESH_REFUSED)))
                .flatMap(tokens -> issued(tokens)
                        .flatMap(access -> sessions.refreshed(access, refreshToken, tokens.refreshToken()))
                        .thenReturn(tokens));
    }

    /**
     * Ends the refresh token's session: its refresh token is revoked at Cognito and every
     * access token of the session is refused from now on (see docs/identity.md for how soon).
     */
    @Operation(operationId = "logOut", summary = "Sign out",
            description = "Ends the refresh token's session: the refresh token is revoked, and every access "
                    + "token of the session is refused from now on. A refresh token Cognito does not accept is "
                    + "refused with 401.")
    @ApiResponse(responseCode = "200", description = "The refresh token is revoked.")
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @PostMapping("/logout")
    public Mono<AuthMessages.LoggedOut> logout(@RequestBody AuthRequests.Logout body) {
        String refreshToken = body.refreshToken();
        // our record first: once it is revoked the session is over, whatever Cognito answers next
        return sessions.end(refreshToken)
                .then(identity.revoke(refreshToken))
                .thenReturn(new AuthMessages.LoggedOut(true));
    }

    /** "Log out everywhere": ends every session of the caller, this one included. Needs an access token. */
    @Operation(operationId = "logOutEverywhere", summary = "Sign out everywhere",
            description = "Ends every session of the caller, this one included: every refresh token is revoked "
                    + "and every access token is refused from now on.")
    @ApiResponse(responseCode = "200", description = "Every session of the caller is over.")
    @PostMapping("/logout-all")
    public Mono<AuthMessages.LoggedOut> logoutEverywhere(@AuthenticationPrincipal Jwt token) {
        String username = token.getClaimAsString("username");
        return sessions.endAll(token.getSubject())
                .then(identity.globalSignOut(username == null ? token.getSubject() : username))
                .thenReturn(new AuthMessages.LoggedOut(true));
    }

    @Operation(operationId = "getProfile", summary = "The caller's profile",
            description = "The signed-in user's id, username, email and names, as Cognito holds them.")
    @ApiResponse(responseCode = "200", description = "The caller's profile.")
    @GetMapping("/me")
    public Mono<AuthMessages.Profile> me(@AuthenticationPrincipal Jwt token) {
        String username = token.getClaimAsString("username");
        return identity.profile(username == null ? token.getSubject() : username, token.getSubject());
    }

    /** The claims of an access token Cognito just issued, verified like any other. */
    private Mono<IssuedToken> issued(AuthMessages.Tokens tokens) {
        return accessTokens.decode(tokens.accessToken()).map(IssuedToken::of);
    }
}
