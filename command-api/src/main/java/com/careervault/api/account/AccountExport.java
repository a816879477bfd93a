package com.careervault.api.account;

import com.careervault.api.interviews.InterviewView;
import com.careervault.api.contacts.ContactView;
import com.careervault.api.documents.ExportedDocument;
import com.careervault.api.jobs.ExportedJob;
import com.careervault.api.resume.Resume;
import com.careervault.contracts.events.ReminderPreferences;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The shape of {@code GET /api/me/export} (snake_case on the wire). The controller streams the document
 * piece by piece in this field order; these records give the OpenAPI schema and the profile's and sent
 * reminders' serialisation.
 */
@Schema(name = "AccountExport", description = "Everything CareerVault holds about the caller, as one JSON "
        + "document: profile, reminder preferences, resume, every job (live and recently deleted) with its tags and "
        + "status history, every interview, the reminder emails sent, the contacts, and the document library.")
public record AccountExport(
        @Schema(description = "When the export was made (RFC 3339, UTC).", format = "date-time",
                example = "2026-12-01T10:00:00.000000Z", requiredMode = Schema.RequiredMode.REQUIRED)
        String exportedAt,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Profile profile,
        @Schema(description = "The reminder preferences, as `GET /api/me/preferences` shows them.",
                requiredMode = Schema.RequiredMode.REQUIRED) ReminderPreferences preferences,
        @Schema(description = "The caller's resume as `GET /api/me/resume` shows it; `null` when none.",
                types = {"object", "null"}, requiredMode = Schema.RequiredMode.REQUIRED) Resume resume,
        @ArraySchema(arraySchema = @Schema(description = "Every job of the caller, in job id order; recently "
                + "deleted ones carry `deleted_at`.", requiredMode = Schema.RequiredMode.REQUIRED))
        List<ExportedJob> jobs,
        @ArraySchema(arraySchema = @Schema(description = "Every interview of the caller (cancelled ones and those "
                + "of deleted jobs included), by job and interview id.", requiredMode = Schema.RequiredMode.REQUIRED))
        List<InterviewView> interviews,
        @ArraySchema(arraySchema = @Schema(description = "The reminder emails sent to the caller, by reminder id.",
                requiredMode = Schema.RequiredMode.REQUIRED))
        List<SentReminder> remindersSent,
        @ArraySchema(arraySchema = @Schema(description = "The caller's contacts (third parties' personal data), by "
                + "name, as `GET /api/contacts` shows them.", requiredMode = Schema.RequiredMode.REQUIRED))
        List<ContactView> contacts,
        @ArraySchema(arraySchema = @Schema(description = "The caller's document library as `GET /api/documents` "
                + "lists it (the most recently updated document first, versions newest first), each version with "
                + "`file`: the path of its bytes in the ZIP of `GET /api/me/export.zip`.",
                requiredMode = Schema.RequiredMode.REQUIRED))
        List<ExportedDocument> documents) {

    /** The account as the user pool and the read model hold it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ExportedProfile", description = "The caller's account. Names are absent when never given.")
    public record Profile(
            @Schema(description = "The user's id (the token's `sub`).", format = "uuid",
                    example = "7c9e6679-7425-40de-944b-e07fc1f90ae7", requiredMode = Schema.RequiredMode.REQUIRED)
            String userId,
            @Schema(description = "The username.", example = "testuser", requiredMode = Schema.RequiredMode.REQUIRED)
            String username,
            @Schema(description = "The account's email.", format = "email", example = "test@example.com")
            String email,
            @Schema(description = "Whether the email is verified.", example = "true",
                    requiredMode = Schema.RequiredMode.REQUIRED) boolean emailVerified,
            @Schema(description = "The given name.", example = "Test") String givenName,
            @Schema(description = "The family name.", example = "User") String familyName,
            @Schema(description = "When the account was registered (RFC 3339, UTC); absent while the read model "
                    + "has not caught up with the registration.", format = "date-time",
                    example = "2026-11-20T10:00:00.000000Z") String createdAt) {
    }

    /** One reminder email the notifier sent. */
    @Schema(name = "SentReminder", description = "A reminder email that was sent.")
    public record SentReminder(
            @Schema(description = "The reminder's id (the email's `X-CareerVault-Reminder` header).",
                    example = "3f0c9a1e-5b7d-4e2a-9c31-8d6f2b4a7e10", requiredMode = Schema.RequiredMode.REQUIRED)
            String reminderId,
            @Schema(description = "The job it was about (it may have been deleted since).", format = "uuid",
                    example = "0b7e6d7c-3f0e-4c8a-9d51-2f4b8f6a1c23", requiredMode = Schema.RequiredMode.REQUIRED)
            String jobId,
            @Schema(description = "Which reminder.", allowableValues = {"interview", "follow-up", "custom"},
                    example = "interview", requiredMode = Schema.RequiredMode.REQUIRED) String kind,
            @Schema(description = "When it was handed to the mail server (RFC 3339, UTC).", format = "date-time",
                    example = "2026-11-30T15:00:00.000000Z", requiredMode = Schema.RequiredMode.REQUIRED)
            String sentAt) {
    }
}
