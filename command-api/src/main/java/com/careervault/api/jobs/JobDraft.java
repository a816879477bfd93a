package com.careervault.api.jobs;

import com.careervault.api.jobs.capture.PostingDraft;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The answer of {@code POST /api/jobs/capture}: what the page says about the job, field by field with where it
 * was read, and the caller's jobs it may repeat. Nothing is recorded: the client shows it, and the user creates
 * the job (edited or not) with {@code POST /api/jobs}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A job read from a posting page, not recorded. Each field the page gives is there with its "
        + "source; fields it does not give are absent (a page without posting data gives an empty draft). "
        + "`company`, `position`, `location`, `salary_range`, `url` and `job_description` fit `POST /api/jobs` "
        + "as they are (same names and limits); `employment_type`, `date_posted` and `valid_through` have no job "
        + "field (clients may put them in the notes).")
public record JobDraft(
        @Schema(description = "Whether the page has schema.org `JobPosting` data (JSON-LD or microdata).",
                example = "true", requiredMode = Schema.RequiredMode.REQUIRED) boolean postingFound,
        @Schema(description = "The employer (`hiringOrganization`).") DraftField company,
        @Schema(description = "The role (`title`).") DraftField position,
        @Schema(description = "Where: each `jobLocation` as \"locality, region, country\", joined with \"; \"; "
                + "a remote job (`jobLocationType` TELECOMMUTE) as \"Remote\", with its "
                + "`applicantLocationRequirements` in brackets.") DraftField location,
        @Schema(description = "The pay (`baseSalary`), e.g. \"USD 120,000-150,000 per year\".") DraftField salaryRange,
        @Schema(description = "`employmentType`, e.g. \"Full-time, Contractor\".") DraftField employmentType,
        @Schema(description = "`datePosted`: an ISO 8601 date.") DraftField datePosted,
        @Schema(description = "`validThrough` (apply by): an ISO 8601 date.") DraftField validThrough,
        @Schema(description = "Where to apply: the posting's `url`, else the page's canonical link or "
                + "`og:url`, else the `url` sent.") DraftField url,
        @Schema(description = "The posting's `description` as plain text (several lines).") DraftField jobDescription,
        @ArraySchema(arraySchema = @Schema(description = "The caller's live jobs this one may repeat (same posting "
                + "URL, or same company and position), newest first, at most 10; empty when none.",
                requiredMode = Schema.RequiredMode.REQUIRED)) List<PossibleDuplicate> possibleDuplicates) {

    /** One field of the draft. */
    @Schema(description = "A value read from the page, and where.")
    public record DraftField(
            @Schema(description = "The value: plain text, within the job field's limit.", example = "Software Engineer",
                    requiredMode = Schema.RequiredMode.REQUIRED) String value,
            @Schema(description = "Where on the page: `json-ld` (a JSON-LD block, script type "
                    + "`application/ld+json`), `microdata` (`itemtype=\"https://schema.org/JobPosting\"`), `meta` "
                    + "(the canonical link or `og:url`), `request` (the `url` sent with the page).",
                    allowableValues = {"json-ld", "microdata", "meta", "request"}, example = "json-ld",
                    requiredMode = Schema.RequiredMode.REQUIRED) String source) {

        static DraftField of(PostingDraft.Field field) {
            return field == null ? null : new DraftField(field.value(), field.source().spelling());
        }
    }

    static JobDraft of(PostingDraft draft, List<PossibleDuplicate> duplicates) {
        return new JobDraft(draft.postingFound(), DraftField.of(draft.company()), DraftField.of(draft.position()),
                DraftField.of(draft.location()), DraftField.of(draft.salaryRange()),
                DraftField.of(draft.employmentType()), DraftField.of(draft.datePosted()),
                DraftField.of(draft.validThrough()), DraftField.of(draft.url()), DraftField.of(draft.jobDescription()),
                List.copyOf(duplicates));
    }
}
