package com.careervault.api.auth;

import com.careervault.api.problems.FieldProblem;
import com.careervault.api.requests.ApiRequest;
import com.careervault.api.requests.Text;
import com.careervault.api.requests.Trimmed;
import com.careervault.contracts.identity.Identifiers;
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
    record SignUp(
            @NotNull(message = REQUIRED) @Pattern(regexp = "[a-z0-9._-]{3,64}",
                    message = "must be 3-64 letters, digits, '.', '_' or '-'") String username,
            @NotNull(message = REQUIRED) @Text(max = 254) @Pattern(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+",
                    message = "must be an email address") String email,
            @NotEmpty(message = REQUIRED) @CodePointLength(max = PasswordPolicy.MAX_LENGTH,
                    message = "must be at most {max} characters") String password,
            @Text(max = 100) String givenName,
            @Text(max = 100) String familyName) implements ApiRequest {

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
    record Login(
            @NotNull(message = REQUIRED) @Text(max = 254) String username,
            @NotEmpty(message = REQUIRED) @CodePointLength(max = PasswordPolicy.MAX_LENGTH,
                    message = "must be at most {max} characters") String password) implements ApiRequest {

        Login {
            username = Trimmed.text(username);
        }
    }

    /** {@code POST /auth/refresh}; {@code username} is needed only with a client secret (SECRET_HASH). */
    record Refresh(
            @NotEmpty(message = REQUIRED) @CodePointLength(max = TOKEN_MAX,
                    message = "must be at most {max} characters") String refreshToken,
            @Text(max = 254) String username) implements ApiRequest {

        Refresh {
            username = Trimmed.text(username);
        }
    }

    /** {@code POST /auth/logout}. */
    record Logout(
            @NotEmpty(message = REQUIRED) @CodePointLength(max = TOKEN_MAX,
                    message = "must be at most {max} characters") String refreshToken) implements ApiRequest {
    }
}
