package com.careervault.enricher.insights;

import java.util.List;

/**
 * What a provider reads for one job.
 *
 * @param company the job's company, for the prompt's context
 * @param position the job's position
 * @param jobDescription the posting's text (at most 20,000 code points)
 * @param resume the user's resume text (at most 50,000 code points); null when the user has none
 * @param otherPostings the user's other postings' texts (at most a bounded number, newest first), the corpus
 *        over which the lexical provider weights terms; other providers may ignore it
 */
public record InsightRequest(String company, String position, String jobDescription, String resume,
        List<String> otherPostings) {

    public InsightRequest {
        otherPostings = otherPostings == null ? List.of() : List.copyOf(otherPostings);
    }
}
