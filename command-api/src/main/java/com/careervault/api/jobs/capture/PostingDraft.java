package com.careervault.api.jobs.capture;

/**
 * What a posting page says about the job, field by field, each with where on the page it was read; a field the
 * page does not give is null. Values are clean plain text within the job fields' limits (see
 * {@link PostingPages}), so that the draft, confirmed as it is, is a valid {@code POST /api/jobs}.
 *
 * @param postingFound whether the page has schema.org {@code JobPosting} data (JSON-LD or microdata)
 */
public record PostingDraft(boolean postingFound, Field company, Field position, Field location, Field salaryRange,
        Field employmentType, Field datePosted, Field validThrough, Field url, Field jobDescription) {

    /** Where a value was read. */
    public enum Source {
        /** a {@code <script type="application/ld+json">} block */
        JSON_LD("json-ld"),
        /** microdata ({@code itemscope itemtype="https://schema.org/JobPosting"}) */
        MICRODATA("microdata"),
        /** the page's own metadata: {@code <link rel="canonical">} or {@code <meta property="og:url">} */
        META("meta"),
        /** the {@code url} the client sent with the page (where it was) */
        REQUEST("request");

        private final String spelling;

        Source(String spelling) {
            this.spelling = spelling;
        }

        public String spelling() {
            return spelling;
        }
    }

    /** One value and where it came from. */
    public record Field(String value, Source source) {
    }

    static PostingDraft empty() {
        return new PostingDraft(false, null, null, null, null, null, null, null, null, null);
    }
}
