package com.careervault.api.quotas;

import com.careervault.contracts.dynamodb.ReadModel;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What one account may do, and where the API keeps count.
 *
 * @param table        the quota guard table ({@code DYNAMODB_QUOTAS_TABLE}, default {@code CareerVault-Quotas})
 * @param maxLiveJobs  jobs one account may hold at once ({@code MAX_JOBS_PER_ACCOUNT}, default 10,000)
 * @param createRate   how fast one account may create jobs
 */
@ConfigurationProperties("careervault.quotas")
public record QuotaProperties(String table, Integer maxLiveJobs, CreateRate createRate) {

    public QuotaProperties {
        table = table == null || table.isBlank() ? ReadModel.Quotas.DEFAULT_TABLE : table;
        maxLiveJobs = maxLiveJobs == null ? 10_000 : maxLiveJobs;
        createRate = createRate == null ? new CreateRate(null, null, null) : createRate;
        if (maxLiveJobs < 1) {
            throw new IllegalArgumentException("careervault.quotas.max-live-jobs must be at least 1");
        }
    }

    /**
     * A sustained rate of {@code limit} creates per {@code period}, with up to {@code burst} at once after a
     * quiet spell (the bucket's capacity).
     *
     * @param limit  creates per period ({@code JOB_CREATE_RATE_LIMIT}, default 120)
     * @param period the period ({@code JOB_CREATE_RATE_PERIOD}, default {@code 1m})
     * @param burst  creates allowed back to back ({@code JOB_CREATE_RATE_BURST}, default 60)
     */
    public record CreateRate(Integer limit, Duration period, Integer burst) {

        public CreateRate {
            limit = limit == null ? 120 : limit;
            period = period == null ? Duration.ofMinutes(1) : period;
            burst = burst == null ? 60 : burst;
            if (limit < 1 || burst < 1 || period.toNanos() < 1_000 * (long) limit) {
                throw new IllegalArgumentException("careervault.quotas.create-rate needs limit >= 1, burst >= 1 and "
                        + "a period of at least one microsecond per create");
            }
        }

        /** Microseconds one create adds to the account's schedule: {@code period / limit}. */
        long emissionIntervalMicros() {
            return period.toNanos() / 1_000 / limit;
        }
    }
}
