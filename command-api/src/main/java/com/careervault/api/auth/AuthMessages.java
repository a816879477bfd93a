package com.careervault.api.auth;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/** The bodies the identity endpoints answer with (snake_case on the wire). */
public final class AuthMessages {

    private AuthMessages() {
    }

    @Schema(description = "The answer to every accepted sign-up, the same whether or not the email already had "
            + "an account (then nothing was created and the owner was told by email).")
    record SignedUp(
            @Schema(description = "The username signed up with, in lower case.", example = "testuser",
                    requiredMode = Schema.RequiredMode.REQUIRED) String username,
            @Schema(description = "The email, in lower case.", format = "email", example = "test@example.com",
                    requiredMode = Schema.RequiredMode.REQUIRED) String email,
            @Schema(description = "Always false: the address is verified with the link emailed to it.",
                    example = "false", requiredMode = Schema.RequiredMode.REQUIRED) boolean emailVerified) {
    }

    @Schema(description = "The account's email address and whether it is verified.")
    record EmailState(
            @Schema(description = "The address, in lower case.", format = "email", example = "test@example.com",
                    requiredMode = Schema.RequiredMode.REQUIRED) String email,
            @Schema(description = "Whether the address is verified; reminders go only to a verified address.",
                    example = "true", requiredMode = Schema.RequiredMode.REQUIRED) boolean emailVerified) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "Cognito tokens. Send `access_token` as `Authorization: Bearer <token>`; keep "
            + "`refresh_token` for `POST /auth/refresh` and `POST /auth/logout`.")
    record Tokens(
            @Schema(description = "The access token (a JWT): the bearer token of every protected operation.",
                    example = "eyJraWQiOiJDb2duaXRvTG9jYWwiLCJhbGciOiJSUzI1NiJ9.eyJzdWIiOiI3YzllNjY3OSJ9.c2lnbmF0dXJl",
                    requiredMode = Schema.RequiredMode.REQUIRED) String accessToken,
            @Schema(description = "The OpenID Connect ID token (a JWT) with the user's profile claims.",
                    example = "eyJraWQiOiJDb2duaXRvTG9jYWwiLCJhbGciOiJSUzI1NiJ9.eyJlbWFpbCI6InRlc3QifQ.c2lnbmF0dXJl")
            String idToken,
            @Schema(description = "The refresh token (opaque); absent on refresh, where the one sent stays valid.",
                    example = "eyJjdHkiOiJKV1QiLCJlbmMiOiJBMjU2R0NNIn0.opaque") String refreshToken,
            @Schema(description = "Seconds until the access token expires.", example = "3600",
                    requiredMode = Schema.RequiredMode.REQUIRED) long expiresIn,
            @Schema(description = "Always `Bearer`.", example = "Bearer") String tokenType) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "The caller's profile, from Cognito.")
    public record Profile(
            @Schema(description = "The user's id (the token's `sub`).", format = "uuid",
                    example = "7c9e6679-7425-40de-944b-e07fc1f90ae7", requiredMode = Schema.RequiredMode.REQUIRED)
            String userId,
            @Schema(description = "The username.", example = "testuser", requiredMode = Schema.RequiredMode.REQUIRED)
            String username,
            @Schema(description = "The email.", format = "email", example = "test@example.com") String email,
            @Schema(description = "The given name.", example = "Test") String givenName,
            @Schema(description = "The family name.", example = "User") String familyName,
            @Schema(description = "Whether the email is verified (the emailed link was followed); reminders go "
                    + "only to a verified address. Accounts made before verification existed count as verified.",
                    example = "true", requiredMode = Schema.RequiredMode.REQUIRED)
            boolean emailVerified) {
    }

    @Schema(description = "The outcome of a sign-out.")
    record LoggedOut(
            @Schema(description = "True: the refresh token is revoked, and no new access token can be had with it.",
                    example = "true", requiredMode = Schema.RequiredMode.REQUIRED) boolean revoked) {
    }
}
