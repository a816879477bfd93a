package com.careervault.api.auth;

import com.careervault.api.events.EventLog;
import com.careervault.api.events.EventLogProperties;
import com.careervault.api.problems.ConflictException;
import com.careervault.api.problems.JsonRequest;
import com.careervault.contracts.events.EventEnvelope;
import com.careervault.contracts.events.UserRegistered;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
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

    @PostMapping("/login")
    public Mono<AuthMessages.Tokens> login(@RequestBody JsonNode body) {
        JsonRequest request = JsonRequest.of(body);
        String username = request.requiredText("username", 254);
        String password = request.requiredSecret("password", PasswordPolicy.MAX_LENGTH);
        request.throwIfInvalid();
        return identity.signIn(username, password);
    }

    @PostMapping("/refresh")
    public Mono<AuthMessages.Tokens> refresh(@RequestBody JsonNode body) {
        JsonRequest request = JsonRequest.of(body);
        String refreshToken = request.requiredSecret("refresh_token", 8192);
        String username = request.text("username", 128);
        request.throwIfInvalid();
        return identity.refresh(refreshToken, username);
    }

    @PostMapping("/logout")
    public Mono<AuthMessages.LoggedOut> logout(@RequestBody JsonNode body) {
        JsonRequest request = JsonRequest.of(body);
        String refreshToken = request.requiredSecret("refresh_token", 8192);
        request.throwIfInvalid();
        return identity.revoke(refreshToken).thenReturn(new AuthMessages.LoggedOut(true));
    }

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
