package com.careervault.api.contacts;

import com.careervault.api.jobs.JobIds;
import com.careervault.api.problems.FieldProblem;
import com.careervault.api.requests.ApiRequest;
import com.careervault.api.requests.Text;
import com.careervault.api.requests.Trimmed;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.valueextraction.Unwrapping;
import java.util.List;
import java.util.Optional;
import org.hibernate.validator.constraints.URL;

/**
 * The body of {@code PATCH /api/contacts/{id}}, a JSON Merge Patch (RFC 7396): a field left out stays as it is
 * ({@code null} here), a field sent as JSON null is removed ({@code Optional.empty()}), a field with a value gets
 * it. The name cannot be removed; {@code job_ids: null} unlinks every job.
 */
@Schema(description = "A JSON Merge Patch (RFC 7396) of a contact: a field left out stays as it is, a field sent "
        + "as `null` is removed, a field with a value gets it. At least one field; `name` cannot be removed. Text "
        + "is trimmed.", minProperties = 1)
public record UpdateContactRequest(
        @Schema(description = "The contact's name.", example = "Ada King", maxLength = ContactFields.NAME_MAX)
        Optional<@Text(max = ContactFields.NAME_MAX) String> name,
        @Schema(description = "The contact's role; `null` removes it.", types = {"string", "null"},
                example = "Director", maxLength = ContactFields.ROLE_MAX)
        Optional<@Text(max = ContactFields.ROLE_MAX) String> role,
        @Schema(description = "The contact's company; `null` removes it.", types = {"string", "null"},
                example = "Tech Corp", maxLength = ContactFields.COMPANY_MAX)
        Optional<@Text(max = ContactFields.COMPANY_MAX) String> company,
        @Schema(description = "The contact's email address; `null` removes it.", types = {"string", "null"},
                format = "email", example = "ada@example.com", maxLength = ContactFields.EMAIL_MAX)
        Optional<@Text(max = ContactFields.EMAIL_MAX) @Pattern(regexp = ContactFields.EMAIL,
                message = ContactFields.EMAIL_MESSAGE) String> email,
        @Schema(description = "The contact's phone number; `null` removes it.", types = {"string", "null"},
                example = "+44 20 7946 0000", maxLength = ContactFields.PHONE_MAX)
        Optional<@Text(max = ContactFields.PHONE_MAX) String> phone,
        @Schema(description = "A profile page, an absolute http(s) URL; `null` removes it.",
                types = {"string", "null"}, format = "uri", example = "https://www.linkedin.com/in/ada",
                maxLength = ContactFields.PROFILE_URL_MAX)
        Optional<@URL(regexp = ContactFields.HTTP_URL, message = ContactFields.HTTP_URL_MESSAGE)
                @Text(max = ContactFields.PROFILE_URL_MAX) String> profileUrl,
        @Schema(description = "The caller's notes; `null` removes them.", types = {"string", "null"},
                example = "Promoted to director", maxLength = ContactFields.NOTES_MAX)
        Optional<@Text(max = ContactFields.NOTES_MAX) String> notes,
        @ArraySchema(arraySchema = @Schema(description = "The caller's live jobs the contact is linked to, "
                + "replacing the current links (repeated ones count once); `null` unlinks them all.",
                types = {"array", "null"}), maxItems = ContactFields.JOBS_MAX,
                schema = @Schema(format = "uuid", example = "0b7e6d7c-3f0e-4c8a-9d51-2f4b8f6a1c23"))
        @Size(max = ContactFields.JOBS_MAX, message = "must have at most {max} items",
                payload = Unwrapping.Unwrap.class)
        Optional<List<@NotNull(message = ContactFields.JOB_ID_MESSAGE) @Pattern(regexp = JobIds.PATTERN,
                message = ContactFields.JOB_ID_MESSAGE) String>> jobIds)
        implements ApiRequest {

    public UpdateContactRequest {
        name = Trimmed.text(name);
        role = Trimmed.text(role);
        company = Trimmed.text(company);
        email = Trimmed.text(email);
        phone = Trimmed.text(phone);
        profileUrl = Trimmed.text(profileUrl);
        notes = Trimmed.text(notes);
        jobIds = jobIds == null ? null : jobIds.map(Trimmed::distinct);
    }

    @Override
    public List<FieldProblem> crossFieldProblems() {
        if (name != null && name.isEmpty()) {
            return List.of(new FieldProblem("name", "cannot be removed"));
        }
        if (name == null && role == null && company == null && email == null && phone == null
                && profileUrl == null && notes == null && jobIds == null) {
            return List.of(new FieldProblem("body", "must change at least one of name, role, company, email, "
                    + "phone, profile_url, notes, job_ids"));
        }
        return List.of();
    }

    /** The contact's details after this patch. */
    ContactFields applyTo(ContactView current) {
        return new ContactFields(patched(name, current.name()), patched(role, current.role()),
                patched(company, current.company()), patched(email, current.email()),
                patched(phone, current.phone()), patched(profileUrl, current.profileUrl()),
                patched(notes, current.notes()),
                jobIds == null ? current.jobIds() : jobIds.orElse(List.of()));
    }

    private static <T> T patched(Optional<T> patch, T current) {
        return patch == null ? current : patch.orElse(null);
    }
}
