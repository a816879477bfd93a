package com.careervault.api.auth;

import com.careervault.api.problems.FieldProblem;
import com.careervault.api.requests.ApiRequest;
import com.careervault.api.requests.Text;
import com.careervault.api.requests.Trimmed;
import com.careervault.contracts.identity.Identifiers;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.hibernate.validator.constraints.CodePointLength;

/** The bodies of the password endpoints. Emails are put in canonical form; passwords and tokens are taken as sent. */
final class PasswordRequests {

    private static final String REQUIRED = "is required";
    private static final int TOKEN_MAX = 4096;

    private PasswordRequests() {
    }

    /** {@code POST /auth/forgot-password}. */
    @Schema(name = "ForgotPasswordRequest", description = "The address to send a password-reset link to.")
    record ForgotPassword(
            @Schema(description = "The account's email.", format = "email", maxLength = 254,
                    example = "test@example.com", requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = REQUIRED) @Text(max = 254) @Pattern(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+",
                    message = "must be an email address") String email) implements ApiRequest {

        ForgotPassword {
            email = Trimmed.text(Identifiers.canonicalEmail(email));
        }
    }

    /** {@code POST /auth/reset-password}. */
    @Schema(name = "ResetPasswordRequest", description = "The token of a password-reset link and the new password.")
    record ResetPassword(
            @Schema(description = "The `token` of the emailed link (`/reset-password?token=...`).",
                    maxLength = TOKEN_MAX, example = "eyJhbGciOiJIUzI1NiJ9.eyJhdWQiOiJyZXNldC1wYXNzd29yZCJ9.c2ln",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @NotEmpty(message = REQUIRED) @CodePointLength(max = TOKEN_MAX,
                    message = "must be at most {max} characters") String token,
            @Schema(description = "The new password: 8 or more characters with upper and lower case, a digit and "
                    + "a symbol.", format = "password", minLength = PasswordPolicy.MIN_LENGTH,
                    maxLength = PasswordPolicy.MAX_LENGTH, example = "N3w!Passw0rd",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @NotEmpty(message = REQUIRED) @CodePointLength(max = PasswordPolicy.MAX_LENGTH,
                    message = "must be at most {max} characters") String password) implements ApiRequest {

        @Override
        public List<FieldProblem> crossFieldProblems() {
            return weakness("password", password);
        }
    }

    /** {@code PUT /auth/me/password}. */
    @Schema(name = "ChangePasswordRequest", description = "The current password and the new one.")
    record ChangePassword(
            @Schema(description = "The password the account has now.", format = "password",
                    maxLength = PasswordPolicy.MAX_LENGTH, example = "TestPass123!",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @NotEmpty(message = REQUIRED) @CodePointLength(max = PasswordPolicy.MAX_LENGTH,
                    message = "must be at most {max} characters") String currentPassword,
            @Schema(description = "The new password: 8 or more characters with upper and lower case, a digit and "
                    + "a symbol.", format = "password", minLength = PasswordPolicy.MIN_LENGTH,
                    maxLength = PasswordPolicy.MAX_LENGTH, example = "N3w!Passw0rd",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @NotEmpty(message = REQUIRED) @CodePointLength(max = PasswordPolicy.MAX_LENGTH,
                    message = "must be at most {max} characters") String newPassword) implements ApiRequest {

        @Override
        public List<FieldProblem> crossFieldProblems() {
            return weakness("new_password", newPassword);
        }
    }

    private static List<FieldProblem> weakness(String field, String password) {
        List<String> missing = password == null ? List.of() : PasswordPolicy.shortcomings(password);
        return missing.isEmpty() ? List.of()
                : List.of(new FieldProblem(field, "must contain " + String.join(", ", missing)));
    }
}
