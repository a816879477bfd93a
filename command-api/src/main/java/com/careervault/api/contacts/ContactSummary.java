package com.careervault.api.contacts;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/** A contact as a job lists it: who, and in what role at which company. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ContactSummary", description = "One of the caller's contacts linked to the job.")
public record ContactSummary(
        @Schema(description = "The contact's id.", format = "uuid", example = ContactView.ID_EXAMPLE,
                requiredMode = Schema.RequiredMode.REQUIRED) String contactId,
        @Schema(description = "The contact's name.", example = "Ada Lovelace",
                requiredMode = Schema.RequiredMode.REQUIRED) String name,
        @Schema(description = "The contact's role.", example = "Engineering Manager") String role,
        @Schema(description = "The contact's company.", example = "Tech Corp") String company) {

    static ContactSummary of(ContactView contact) {
        return new ContactSummary(contact.contactId(), contact.name(), contact.role(), contact.company());
    }
}
