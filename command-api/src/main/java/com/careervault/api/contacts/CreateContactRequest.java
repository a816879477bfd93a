package com.careervault.api.contacts;

import com.careervault.api.jobs.JobIds;
import com.careervault.api.requests.ApiRequest;
import com.careervault.api.requests.Text;
import com.careervault.api.requests.Trimmed;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.hibernate.validator.constraints.URL;

/**
 * The body of {@code POST /api/contacts}. Text is trimmed and blank counts as absent; repeated job ids count
 * once. Every job named must be a live job of the caller (checked by {@code ContactCommands}).
 */
@Schema(description = "A new contact. Text is trimmed; blank text counts as absent.")
public record CreateContactRequest(
        @Schema(description = "The contact's name.", example = "Ada Lovelace", maxLength = ContactFields.NAME_MAX,
                requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "is required") @Text(max = ContactFields.NAME_MAX) String name,
        @Schema(description = "The contact's role.", example = "Engineering Manager",
                maxLength = ContactFields.ROLE_MAX)
        @Text(max = ContactFields.ROLE_MAX) String role,
        @Schema(description = "The contact's company.", example = "Tech Corp", maxLength = ContactFields.COMPANY_MAX)
        @Text(max = ContactFields.COMPANY_MAX) String company,
        @Schema(description = "The contact's email address.", format = "email", example = "ada@example.com",
                maxLength = ContactFields.EMAIL_MAX)
        @Text(max = ContactFields.EMAIL_MAX) @Pattern(regexp = ContactFields.EMAIL,
                message = ContactFields.EMAIL_MESSAGE) String email,
        @Schema(description = "The contact's phone number, free text.", example = "+44 20 7946 0000",
                maxLength = ContactFields.PHONE_MAX)
        @Text(max = ContactFields.PHONE_MAX) String phone,
        @Schema(description = "A profile page: an absolute http(s) URL.", format = "uri",
                example = "https://www.linkedin.com/in/ada", maxLength = ContactFields.PROFILE_URL_MAX)
        @URL(regexp = ContactFields.HTTP_URL, message = ContactFields.HTTP_URL_MESSAGE)
        @Text(max = ContactFields.PROFILE_URL_MAX) String profileUrl,
        @Schema(description = "The caller's notes.", example = "Met at the Java meetup",
                maxLength = ContactFields.NOTES_MAX)
        @Text(max = ContactFields.NOTES_MAX) String notes,
        @ArraySchema(arraySchema = @Schema(description = "The caller's live jobs the contact is linked to; "
                + "repeated ones count once."), maxItems = ContactFields.JOBS_MAX,
                schema = @Schema(format = "uuid", example = "0b7e6d7c-3f0e-4c8a-9d51-2f4b8f6a1c23"))
        @Size(max = ContactFields.JOBS_MAX, message = "must have at most {max} items")
        List<@NotNull(message = ContactFields.JOB_ID_MESSAGE) @Pattern(regexp = JobIds.PATTERN,
                message = ContactFields.JOB_ID_MESSAGE) String> jobIds)
        implements ApiRequest {

    public CreateContactRequest {
        name = Trimmed.text(name);
        role = Trimmed.text(role);
        company = Trimmed.text(company);
        email = Trimmed.text(email);
        phone = Trimmed.text(phone);
        profileUrl = Trimmed.text(profileUrl);
        notes = Trimmed.text(notes);
        jobIds = Trimmed.distinct(jobIds);
    }

    ContactFields fields() {
        return new ContactFields(name, role, company, email, phone, profileUrl, notes, jobIds);
    }
}
