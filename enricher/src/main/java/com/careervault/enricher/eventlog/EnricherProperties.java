package com.careervault.enricher.eventlog;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code careervault.enricher.*}.
 *
 * @param groupId the consumer group ({@code ENRICHER_GROUP_ID}); a new one reads the whole log again, which
 *        calls no provider for inputs already in the memo table
 * @param source the CloudEvents {@code source} of the events it appends
 * @param corpusSize how many of the user's newest live jobs with a description are read for a resume change
 *        and as the lexical provider's corpus ({@code ENRICHER_CORPUS_SIZE})
 * @param retryInitialInterval first pause before a DynamoDB call or a data-key read is retried in place
 * @param retryMaxInterval longest pause between two tries
 * @param retryGiveUpAfter how long one call is retried in place before the whole poll fails and is redelivered
 *        (without limit) by the container
 * @param providerSweep at start, compute again the jobs whose result came from another provider than the
 *        configured one ({@code ENRICHER_PROVIDER_SWEEP}; docs/enricher.md, "Changing the provider")
 */
@ConfigurationProperties("careervault.enricher")
public record EnricherProperties(
        @DefaultValue("careervault-enricher") String groupId,
        @DefaultValue("/careervault/enricher") String source,
        @DefaultValue("200") int corpusSize,
        @DefaultValue("100ms") Duration retryInitialInterval,
        @DefaultValue("5s") Duration retryMaxInterval,
        @DefaultValue("20s") Duration retryGiveUpAfter,
        @DefaultValue("true") boolean providerSweep) {
}
