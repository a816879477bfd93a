package com.careervault.api.auth;

import com.careervault.api.events.EventLog;
import com.careervault.api.openapi.ApiDocs;
import com.careervault.api.openapi.OpenApiConfiguration;
import com.careervault.api.events.EventLogProperties;
import com.careervault.api.problems.ConflictException;
import com.careervault.api.problems.JsonRequest;
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
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/** Sign-up, sign-in, token refresh, sign-out and the caller's profile. */
@Tag(name = OpenApiConfiguration.TAG_AUTH)
@RestController
@RequestMapping("/auth")
public class AuthController {

    private static final Pattern USERNAME = Pattern.compile("^[A-Za-z0-9._-]{3,64}$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final CognitoIdentity identity;
    private final EventLog eventLog;
    private final EventLogProperties events;
    private final Clock clock;

    public AuthController(CognitoIdentity identity, EventLog eventLog, EventLogProperties events, Clock clock) {
        this.identity = identity;
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
                    schema = @Schema(implementation = AuthRequestBodies.SignUp.class),
                    examples = @ExampleObject(name = "seed", summary = "The seed's user",
                            value = ApiDocs.SEED_SIGNUP))))
    @ApiResponse(responseCode = "201", description = "The account exists and can sign in.",
            headers = @Header(name = ApiDocs.LOCATION, description = "The caller's profile, once signed in.",
                    schema = @Schema(type = "string", example = "/auth/me")))
    @ApiResponse(responseCode = "409", ref = "#/components/responses/Conflict")
    @PostMapping("/signup")
    public Mono<ResponseEntity<AuthMessages.SignedUp>> signUp(@RequestBody JsonNode body) {
        CognitoIdentity.SignUp signUp = readSignUp(body);
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
                    schema = @Schema(implementation = AuthRequestBodies.LogIn.class),
                    examples = @ExampleObject(name = "seed", summary = "The seed's user",
                            value = ApiDocs.SEED_LOGIN))))
    @ApiResponse(responseCode = "200", description = "Signed in: the tokens.")
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @PostMapping("/login")
    public Mono<AuthMessages.Tokens> login(@RequestBody JsonNode body) {
        JsonRequest request = JsonRequest.of(body);
        String username = request.requiredText("username", 254);
        String password = request.requiredSecret("password", PasswordPolicy.MAX_LENGTH);
        request.throwIfInvalid();
        return identity.signIn(username, password);
    }

    @Operation(operationId = "refreshTokens", summary = "Get a new access token",
            description = "Exchanges the refresh token of an earlier sign-in for a new access token and ID token. "
                    + "`username` is needed only when the app client has a secret (Cognito's SECRET_HASH). A "
                    + "revoked, expired or unknown refresh token is refused with 401.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = AuthRequestBodies.Refresh.class))))
    @ApiResponse(responseCode = "200", description = "New tokens; the refresh token sent stays valid.")
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @PostMapping("/refresh")
    public Mono<AuthMessages.Tokens> refresh(@RequestBody JsonNode body) {
        JsonRequest request = JsonRequest.of(body);
        String refreshToken = request.requiredSecret("refresh_token", 8192);
        String username = request.text("username", 128);
        request.throwIfInvalid();
        return identity.refresh(refreshToken, username);
    }

    @Operation(operationId = "logOut", summary = "Sign out",
            description = "Revokes the refresh token, so no new access token can be had with it. Access tokens "
                    + "already issued stay valid until they expire. A refresh token Cognito does not accept is "
                    + "refused with 401.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = AuthRequestBodies.LogOut.class))))
    @ApiResponse(responseCode = "200", description = "The refresh token is revoked.")
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @PostMapping("/logout")
    public Mono<AuthMessages.LoggedOut> logout(@RequestBody JsonNode body) {
        JsonRequest request = JsonRequest.of(body);
        String refreshToken = request.requiredSecret("refresh_token", 8192);
        request.throwIfInvalid();
        return identity.revoke(refreshToken).thenReturn(new AuthMessages.LoggedOut(true));
    }

    @Operation(operationId = "getProfile", summary = "The caller's profile",
            description = "The signed-in user's id, username, email and names, as Cognito holds them.")
    @ApiResponse(responseCode = "200", description = "The caller's profile.")
    @GetMapping("/me")
    public Mono<AuthMessages.Profile> me(@AuthenticationPrincipal Jwt token) {
        String username = token.getClaimAsString("username");
        return identity.profile(username == null ? token.getSubject() : username, token.getSubject());
    }

    private static CognitoIdentity.SignUp readSignUp(JsonNode body) {
        JsonRequest request = JsonRequest.of(body);
        String username = request.requiredText("username", 64);
        if (username != null && !USERNAME.matcher(username).matches()) {
            request.problem("username", "must be 3-64 letters, digits, '.', '_' or '-'");
        }
        String email = request.requiredText("email", 254);
        if (email != null && !EMAIL.matcher(email).matches()) {
            request.problem("email", "must be an email address");
        }
        String password = request.requiredSecret("password", PasswordPolicy.MAX_LENGTH);
        if (password != null) {
            List<String> missing = PasswordPolicy.shortcomings(password);
            if (!missing.isEmpty()) {
                request.problem("password", "must contain " + String.join(", ", missing));
            }
        }
        String givenName = request.text("given_name", 100);
        String familyName = request.text("family_name", 100);
        request.throwIfInvalid();
        return new CognitoIdentity.SignUp(username, email.toLowerCase(java.util.Locale.ROOT), password, givenName,
                familyName);
    }
}
