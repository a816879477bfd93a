package com.careervault.api.jobs;

import com.careervault.api.requests.ApiRequest;
import com.careervault.api.requests.Text;
import com.careervault.api.requests.Trimmed;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.URL;

/** The JSON body of {@code POST /api/jobs/capture}: a posting page's HTML as the client holds it. */
@Schema(description = "A job posting's page, captured by the client (the server never fetches it).")
public record CaptureJobRequest(
        @Schema(description = "The page's HTML, e.g. `document.documentElement.outerHTML`. Its size is bounded by "
                + "the body limit only.", example = "<html><head><script type=\"application/ld+json\">{\"@type\": "
                + "\"JobPosting\", \"title\": \"Software Engineer\"}</script></head></html>",
                requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "is required") String html,
        @Schema(description = "Where the client found the page (its address bar): resolves the page's relative "
                + "links, and is the draft's `url` when the page names none.", format = "uri",
                example = "https://careers.example.com/jobs/123?utm_source=newsletter", maxLength = JobFields.URL_MAX)
        @URL(regexp = JobFields.HTTP_URL, message = JobFields.HTTP_URL_MESSAGE) @Text(max = JobFields.URL_MAX) String url)
        implements ApiRequest {

    public CaptureJobRequest {
        url = Trimmed.text(url);
    }
}
