package com.careervault.api.auth;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The request bodies of the identity endpoints, for the OpenAPI document:
 * {@link AuthController} still reads them as JSON trees, with the same rules
 * as stated here. When it reads typed records, these annotations belong on
 * those records and this class goes.
 */
final class AuthRequestBodies {

    private AuthRequestBodies() {
    }

    @Schema(name = "SignUpRequest", description = "A new account. Text is trimmed; the email is stored in lower case.")
    record SignUp(
            @Schema(description = "3-64 letters, digits, `.`, `_` or `-`.", pattern = "^[A-Za-z0-9._-]{3,64}$",
                    minLength = 3, maxLength = 64, example = "testuser", requiredMode = Schema.RequiredMode.REQUIRED)
            String username,
            @Schema(description = "The account's email; one account per email.", format = "email", maxLength = 254,
                    example = "test@example.com", requiredMode = Schema.RequiredMode.REQUIRED) String email,
            @Schema(description = "8 or more characters with upper and lower case, a digit and a symbol.",
                    format = "password", minLength = PasswordPolicy.MIN_LENGTH,
                    maxLength = PasswordPolicy.MAX_LENGTH,
                    example = "TestPass123!", requiredMode = Schema.RequiredMode.REQUIRED) String password,
            @Schema(description = "The given name.", maxLength = 100, example = "Test") String givenName,
            @Schema(description = "The family name.", maxLength = 100, example = "User") String familyName) {
    }

    @Schema(name = "LoginRequest", description = "Credentials.")
    record LogIn(
            @Schema(description = "The username, or the account's email.", maxLength = 254, example = "testuser",
                    requiredMode = Schema.RequiredMode.REQUIRED) String username,
            @Schema(description = "The password.", format = "password", maxLength = PasswordPolicy.MAX_LENGTH,
                    example = "TestPass123!", requiredMode = Schema.RequiredMode.REQUIRED) String password) {
    }

    @Schema(name = "RefreshRequest", description = "A refresh token from an earlier sign-in.")
    record Refresh(
            @Schema(description = "The `refresh_token` of `POST /auth/login`.", maxLength = 8192,
                    example = "eyJjdHkiOiJKV1QiLCJlbmMiOiJBMjU2R0NNIn0.opaque",
                    requiredMode = Schema.RequiredMode.REQUIRED) String refreshToken,
            @Schema(description = "The username; needed only when the app client has a secret (Cognito's "
                    + "SECRET_HASH).", maxLength = 128, example = "testuser") String username) {
    }

    @Schema(name = "LogoutRequest", description = "The refresh token to revoke.")
    record LogOut(
            @Schema(description = "The `refresh_token` of `POST /auth/login`.", maxLength = 8192,
                    example = "eyJjdHkiOiJKV1QiLCJlbmMiOiJBMjU2R0NNIn0.opaque",
                    requiredMode = Schema.RequiredMode.REQUIRED) String refreshToken) {
    }
}
