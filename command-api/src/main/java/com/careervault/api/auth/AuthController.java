package com.careervault.api.auth;

import com.careervault.api.openapi.ApiDocs;
import com.careervault.api.openapi.OpenApiConfiguration;
import com.careervault.api.ratelimits.RateLimits;
import com.careervault.api.sessions.IssuedToken;
import com.careervault.api.sessions.Sessions;
import com.careervault.contracts.identity.Identifiers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Sign-up, sign-in, token refresh, sign-out (one session or all), the caller's profile and email address
 * (verify, resend the link, change).
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
    private final SignUps signUps;
    private final SignInNames signInNames;
    private final AccountEmails accountEmails;
    private final RateLimits rateLimits;

    public AuthController(CognitoIdentity identity, Sessions sessions, ReactiveJwtDecoder accessTokens,
            SignUps signUps, SignInNames signInNames, AccountEmails accountEmails, RateLimits rateLimits) {
        this.identity = identity;
        this.sessions = sessions;
        this.accessTokens = accessTokens;
        this.signUps = signUps;
        this.signInNames = signInNames;
        this.accountEmails = accountEmails;
        this.rateLimits = rateLimits;
    }

    @Operation(operationId = "signUp", summary = "Create an account",
            description = "Creates the Cognito user with an unverified email, records `user.registered` in the event "
                    + "log, and the notifier mails a link to verify the address; the account can sign in at once, "
                    + "but no reminder goes to the address until it is verified. The username is 3-64 letters, "
                    + "digits, `.`, `_` or `-`; the password needs 8 or more characters with upper and lower case, "
                    + "a digit and a symbol. The answer is the same 202 whether or not the email already has an "
                    + "account: then nothing is created and the address's owner is told by email, so sign-up does "
                    + "not reveal who has an account. One account per email, even when sign-ups race. Only a "
                    + "taken username is refused (409).",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE,
                    examples = @ExampleObject(name = "seed", summary = "The seed's user",
                            value = ApiDocs.SEED_SIGNUP))))
    @ApiResponse(responseCode = "202", description = "Accepted: if the email had no account, the account exists "
            + "and can sign in, and a verification link is on its way.", content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = AuthMessages.SignedUp.class),
                    examples = @ExampleObject(name = "seed", summary = "The seed's user", value = """
                            {"username": "testuser", "email": "test@example.com", "email_verified": false}""")))
    @ApiResponse(responseCode = "409", ref = "#/components/responses/Conflict")
    @PostMapping("/signup")
    public Mono<ResponseEntity<AuthMessages.SignedUp>> signUp(@RequestBody AuthRequests.SignUp body) {
        return signUps.signUp(body.toCommand()).map(answer -> ResponseEntity.accepted().body(answer));
    }

    @Operation(operationId = "logIn", summary = "Sign in",
            description = "Exchanges a username (or the account's email, in any case) and password for Cognito "
                    + "tokens. Wrong credentials are refused with 401, with the same message whatever was wrong. "
                    + "After a handful of failed sign-ins of one account within minutes, every sign-in of it, with "
                    + "the right password too, is refused with 429 until the window passes.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE,
                    examples = {
                            @ExampleObject(name = "seed", summary = "The seed's user", value = ApiDocs.SEED_LOGIN),
                            @ExampleObject(name = "email", summary = "By email", value = """
                                    {"username": "Test@Example.com", "password": "TestPass123!"}""")})))
    @ApiResponse(responseCode = "200", description = "Signed in: the tokens.")
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @ApiResponse(responseCode = "429", ref = "#/components/responses/TooManyRequests")
    @PostMapping("/login")
    public Mono<AuthMessages.Tokens> login(@RequestBody AuthRequests.Login body) {
        return signInNames.resolve(body.username())
                .flatMap(account -> rateLimits.ensureSignInAllowed(account.rateLimitKey())
                        .then(account.username()
                                .map(username -> identity.signIn(username, body.password()))
                                .orElseGet(() -> Mono.error(new AuthenticationFailedException(
                                        CognitoIdentity.SIGN_IN_FAILED))))
                        .onErrorResume(AuthenticationFailedException.class,
                                e -> rateLimits.signInFailed(account.rateLimitKey()).then(Mono.error(e))))
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
        return sessions.endAll(token.getSubject())
                .then(identity.globalSignOut(CallerNames.username(token)))
                .thenReturn(new AuthMessages.LoggedOut(true));
    }

    @Operation(operationId = "getProfile", summary = "The caller's profile",
            description = "The signed-in user's id, username, email and names, as Cognito holds them, and whether "
                    + "the email is verified (always present).")
    @ApiResponse(responseCode = "200", description = "The caller's profile.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = AuthMessages.Profile.class),
            examples = @ExampleObject(name = "seed", summary = "The seed's user, not verified yet", value = """
                    {"user_id": "7c9e6679-7425-40de-944b-e07fc1f90ae7", "username": "testuser", \
                    "email": "test@example.com", "given_name": "Test", "family_name": "User", \
                    "email_verified": false}""")))
    @GetMapping("/me")
    public Mono<AuthMessages.Profile> me(@AuthenticationPrincipal Jwt token) {
        return identity.profile(CallerNames.username(token), token.getSubject());
    }

    @Operation(operationId = "verifyEmail", summary = "Verify the account's email",
            description = "Takes the token of the \"verify your email\" link the notifier mailed "
                    + "(`/verify-email?token=...`, valid 72 hours by default) and marks the address verified; "
                    + "reminders held for it go out. Needs no access token: the signed token names the account. "
                    + "A malformed, forged, expired or other-purpose token, or one for an address that is no longer "
                    + "the account's, is refused with 400 (field `token`). Repeating it answers the same and "
                    + "changes nothing.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE,
                    examples = @ExampleObject(name = "link", summary = "The token of the emailed link", value = """
                            {"token": "eyJhbGciOiJIUzI1NiJ9.eyJhdWQiOiJ2ZXJpZnktZW1haWwifQ.c2lnbmF0dXJl"}"""))))
    @ApiResponse(responseCode = "200", description = "The address is verified.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = AuthMessages.EmailState.class),
            examples = @ExampleObject(name = "verified", summary = "Verified", value = """
                    {"email": "test@example.com", "email_verified": true}""")))
    @PostMapping("/verify-email")
    public Mono<AuthMessages.EmailState> verifyEmail(@RequestBody AuthRequests.VerifyEmail body) {
        return accountEmails.verify(body.token());
    }

    @Operation(operationId = "resendVerificationEmail", summary = "Mail the verification link again",
            description = "Asks for a new \"verify your email\" link to the account's current address. Refused "
                    + "with 409 when the address is verified already, and with 429 when asked too often.")
    @ApiResponse(responseCode = "202", description = "Accepted: the notifier mails a new link.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = AuthMessages.EmailState.class),
            examples = @ExampleObject(name = "sent", summary = "A link is on its way", value = """
                    {"email": "test@example.com", "email_verified": false}""")))
    @ApiResponse(responseCode = "409", ref = "#/components/responses/Conflict")
    @ApiResponse(responseCode = "429", ref = "#/components/responses/TooManyRequests")
    @PostMapping("/verify-email/resend")
    public Mono<ResponseEntity<AuthMessages.EmailState>> resendVerification(@AuthenticationPrincipal Jwt token) {
        return accountEmails.resendVerification(CallerNames.username(token), token.getSubject())
                .map(state -> ResponseEntity.accepted().body(state));
    }

    @Operation(operationId = "changeEmail", summary = "Change the account's email",
            description = "Moves the account to a new address, unverified: the notifier mails it a verification "
                    + "link, reminders wait until it is verified, links mailed to the old address stop working and "
                    + "the old address is free for other accounts. The account's password is required; a wrong one "
                    + "is refused with 400 (field `password`) and counts as a failed sign-in (429 after a handful). "
                    + "The current address is refused with 400 (field `email`); an address another account has "
                    + "with 409 (field `email`).",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE,
                    examples = @ExampleObject(name = "change", summary = "A new address", value = """
                            {"email": "new@example.com", "password": "TestPass123!"}"""))))
    @ApiResponse(responseCode = "202", description = "Accepted: the account has the new, unverified address.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = AuthMessages.EmailState.class),
                    examples = @ExampleObject(name = "changed", summary = "Changed, not verified yet", value = """
                            {"email": "new@example.com", "email_verified": false}""")))
    @ApiResponse(responseCode = "409", ref = "#/components/responses/Conflict")
    @ApiResponse(responseCode = "429", ref = "#/components/responses/TooManyRequests")
    @PutMapping("/me/email")
    public Mono<ResponseEntity<AuthMessages.EmailState>> changeEmail(@AuthenticationPrincipal Jwt token,
            @RequestBody AuthRequests.ChangeEmail body) {
        return accountEmails.change(CallerNames.username(token), token.getSubject(), body.email(), body.password())
                .map(state -> ResponseEntity.accepted().body(state));
    }

    /** The claims of an access token Cognito just issued, verified like any other. */
    private Mono<IssuedToken> issued(AuthMessages.Tokens tokens) {
        return accessTokens.decode(tokens.accessToken()).map(IssuedToken::of);
    }
}
