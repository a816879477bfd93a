package com.careervault.api.auth;

import io.swagger.v3.oas.annotations.media.Schema;

/** The bodies the password endpoints answer with (snake_case on the wire). */
final class PasswordMessages {

    private PasswordMessages() {
    }

    @Schema(name = "ForgotPasswordAccepted", description = "The request is taken; the same answer whether or not "
            + "an account has the address.")
    record Accepted(
            @Schema(description = "Always true.", example = "true", requiredMode = Schema.RequiredMode.REQUIRED)
            boolean accepted) {
    }

    @Schema(name = "PasswordChanged", description = "The password is changed.")
    record Changed(
            @Schema(description = "Always true.", example = "true", requiredMode = Schema.RequiredMode.REQUIRED)
            boolean passwordChanged) {
    }
}
