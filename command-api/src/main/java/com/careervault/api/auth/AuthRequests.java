package com.careervault.api.auth;

import com.careervault.api.problems.FieldProblem;
import com.careervault.api.requests.ApiRequest;
import com.careervault.api.requests.Text;
import com.careervault.api.requests.Trimmed;
import com.careervault.contracts.identity.AccountFieldRules;
import com.careervault.contracts.identity.Identifiers;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.hibernate.validator.constraints.CodePointLength;

/**
 * The bodies of the {@code /auth} endpoints. Usernames and emails are put in
 * their canonical form ({@link Identifiers}) before they are checked;
 * passwords and tokens are taken exactly as sent.
 */
final class AuthRequests {

    private static final String REQUIRED = "is required";
    private static final int TOKEN_MAX = 8192;

    private AuthRequests() {
    }

    /** {@code POST /auth/signup}: the seed's fields. */
    @Schema(name = "SignUpRequest", description = "A new account. Username and email are kept in lower case.")
    record SignUp(
            @Schema(description = "3-64 letters, digits, `.`, `_` or `-`.", pattern = "^[A-Za-z0-9._-]{3,64}$",
                    minLength = 3, maxLength = 64, example = "testuser", requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = REQUIRED) @Pattern(regexp = AccountFieldRules.USERNAME,
                    message = AccountFieldRules.USERNAME_MESSAGE) String username,
            @Schema(description = "The account's email; one account per email.", format = "email", maxLength = 254,
                    example = "test@example.com", requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = REQUIRED) @Text(max = AccountFieldRules.EMAIL_MAX) @Pattern(
                    regexp = AccountFieldRules.EMAIL, message = AccountFieldRules.EMAIL_MESSAGE) String email,
            @Schema(description = "8 or more characters with upper and lower case, a digit and a symbol.",
                    format = "password", minLength = PasswordPolicy.MIN_LENGTH,
                    maxLength = PasswordPolicy.MAX_LENGTH, example = "TestPass123!",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @NotEmpty(message = REQUIRED) @CodePointLength(max = PasswordPolicy.MAX_LENGTH,
                    message = "must be at most {max} characters") String password,
            @Schema(description = "The given name.", maxLength = 100, example = "Test")
            @Text(max = AccountFieldRules.NAME_MAX) String givenName,
            @Schema(description = "The family name.", maxLength = 100, example = "User")
            @Text(max = AccountFieldRules.NAME_MAX) String familyName) implements ApiRequest {

        SignUp {
            username = Trimmed.text(Identifiers.canonicalUsername(username));
            email = Trimmed.text(Identifiers.canonicalEmail(email));
            givenName = Trimmed.text(givenName);
            familyName = Trimmed.text(familyName);
        }

        @Override
        public List<FieldProblem> crossFieldProblems() {
            List<String> missing = password == null ? List.of() : PasswordPolicy.shortcomings(password);
            return missing.isEmpty() ? List.of()
                    : List.of(new FieldProblem("password", "must contain " + String.join(", ", missing)));
        }

        CognitoIdentity.SignUp toCommand() {
            return new CognitoIdentity.SignUp(username, email, password, givenName, familyName);
        }
    }

    /** {@code POST /auth/login}: {@code username} is a username or an email. */
    @Schema(name = "LoginRequest", description = "Credentials.")
    record Login(
            @Schema(description = "The username, or the account's email.", maxLength = 254, example = "testuser",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = REQUIRED) @Text(max = 254) String username,
            @Schema(description = "The password.", format = "password", maxLength = PasswordPolicy.MAX_LENGTH,
                    example = "TestPass123!", requiredMode = Schema.RequiredMode.REQUIRED)
            @NotEmpty(message = REQUIRED) @CodePointLength(max = PasswordPolicy.MAX_LENGTH,
                    message = "must be at most {max} characters") String password) implements ApiRequest {

        Login {
            username = Trimmed.text(username);
        }
    }

    /** {@code POST /auth/refresh}; {@code username} is needed only with a client secret (SECRET_HASH). */
    @Schema(name = "RefreshRequest", description = "A refresh token from an earlier sign-in.")
    record Refresh(
            @Schema(description = "The `refresh_token` of `POST /auth/login`.", maxLength = TOKEN_MAX,
                    example = "eyJjdHkiOiJKV1QiLCJlbmMiOiJBMjU2R0NNIn0.opaque",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @NotEmpty(message = REQUIRED) @CodePointLength(max = TOKEN_MAX,
                    message = "must be at most {max} characters") String refreshToken,
            @Schema(description = "The username; needed only when the app client has a secret (Cognito's "
                    + "SECRET_HASH).", maxLength = 254, example = "testuser")
            @Text(max = 254) String username) implements ApiRequest {

        Refresh {
            username = Trimmed.text(username);
        }
    }

    /** {@code POST /auth/logout}. */
    @Schema(name = "LogoutRequest", description = "The refresh token of the session to end.")
    record Logout(
            @Schema(description = "The `refresh_token` of `POST /auth/login`.", maxLength = TOKEN_MAX,
                    example = "eyJjdHkiOiJKV1QiLCJlbmMiOiJBMjU2R0NNIn0.opaque",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @NotEmpty(message = REQUIRED) @CodePointLength(max = TOKEN_MAX,
                    message = "must be at most {max} characters") String refreshToken) implements ApiRequest {
    }

    /** {@code POST /auth/verify-email}: the token of the emailed link. */
    @Schema(name = "VerifyEmailRequest", description = "The token of a \"verify your email\" link.")
    record VerifyEmail(
            @Schema(description = "The `token` query parameter of the link `/verify-email?token=...`.",
                    maxLength = TOKEN_MAX, example = "eyJhbGciOiJIUzI1NiJ9.eyJhdWQiOiJ2ZXJpZnktZW1haWwifQ.c2lnbmF0dXJl",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @NotEmpty(message = REQUIRED) @CodePointLength(max = TOKEN_MAX,
                    message = "must be at most {max} characters") String token) implements ApiRequest {
    }

    /** {@code PUT /auth/me/email}: the new address and, to prove it is the owner asking, the password. */
    @Schema(name = "ChangeEmailRequest", description = "A new email address, with the account's password.")
    record ChangeEmail(
            @Schema(description = "The new address; kept in lower case. One account per email.", format = "email",
                    maxLength = 254, example = "new@example.com", requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = REQUIRED) @Text(max = 254) @Pattern(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+",
                    message = "must be an email address") String email,
            @Schema(description = "The account's current password.", format = "password",
                    maxLength = PasswordPolicy.MAX_LENGTH, example = "TestPass123!",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @NotEmpty(message = REQUIRED) @CodePointLength(max = PasswordPolicy.MAX_LENGTH,
                    message = "must be at most {max} characters") String password) implements ApiRequest {

        ChangeEmail {
            email = Trimmed.text(Identifiers.canonicalEmail(email));
        }
    }
}
