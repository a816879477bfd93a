package com.careervault.api.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * {@code /api/jobs/{jobId}/interviews/{interviewId}.ics} and the interview itself,
 * {@code /api/jobs/{jobId}/interviews/{interviewId}}, both match {@code .../<id>.ics}: Spring picks the more
 * specific pattern (PathPattern's specificity order, which its request mapping sorts matches by), which must
 * be the file's, while a plain id matches only the interview.
 */
class CalendarRoutesTest {

    private static final PathPattern FILE = PathPatternParser.defaultInstance
            .parse("/api/jobs/{jobId}/interviews/{interviewId}.ics");
    private static final PathPattern INTERVIEW = PathPatternParser.defaultInstance
            .parse("/api/jobs/{jobId}/interviews/{interviewId}");

    @Test
    void theFileWinsForDotIcsAndOnlyTheInterviewMatchesAPlainId() {
        PathContainer file = PathContainer.parsePath(
                "/api/jobs/0b7e6d7c-3f0e-4c8a-9d51-2f4b8f6a1c23/interviews/6a1f3c2e-9b47-4d0e-8c15-3e7a2b9d4f60.ics");
        PathContainer interview = PathContainer.parsePath(
                "/api/jobs/0b7e6d7c-3f0e-4c8a-9d51-2f4b8f6a1c23/interviews/6a1f3c2e-9b47-4d0e-8c15-3e7a2b9d4f60");

        assertThat(FILE.matches(file)).isTrue();
        assertThat(INTERVIEW.matches(file)).isTrue();
        assertThat(List.of(INTERVIEW, FILE).stream().sorted(PathPattern.SPECIFICITY_COMPARATOR).toList())
                .first().isEqualTo(FILE);
        assertThat(FILE.matchAndExtract(file).getUriVariables())
                .containsEntry("interviewId", "6a1f3c2e-9b47-4d0e-8c15-3e7a2b9d4f60");
        assertThat(FILE.matches(interview)).isFalse();
        assertThat(INTERVIEW.matches(interview)).isTrue();
    }
}
