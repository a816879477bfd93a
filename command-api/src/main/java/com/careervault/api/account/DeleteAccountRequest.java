package com.careervault.api.account;

import com.careervault.api.requests.ApiRequest;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotEmpty;
import org.hibernate.validator.constraints.CodePointLength;

/** {@code DELETE /api/me}: the account's password, taken as sent. */
@Schema(name = "DeleteAccountRequest", description = "The account's current password, to confirm the deletion.")
record DeleteAccountRequest(
        @Schema(description = "The password the account has now.", format = "password", maxLength = 256,
                example = "TestPass123!", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotEmpty(message = "is required") @CodePointLength(max = 256,
                message = "must be at most {max} characters") String password) implements ApiRequest {
}
