package com.careervault.contracts.interviews;

import com.careervault.contracts.identity.NameBasedUuid;
import java.time.ZoneId;
import java.util.UUID;

/**
 * A job's {@code interview_at} (the single instant jobs had before interviews were records, still accepted
 * from old clients and present in older events) read as one interview: of kind {@link InterviewKind#OTHER},
 * {@value #DURATION_MINUTES} minutes long, in UTC, with the id {@link #id(String)}, so that every consumer
 * that reads it names the same interview.
 */
public final class LegacyInterview {

    public static final int DURATION_MINUTES = 60;
    public static final ZoneId ZONE = ZoneId.of("UTC");

    /** The namespace of legacy interview ids (a random UUID, fixed forever). */
    private static final UUID NAMESPACE = UUID.fromString("6a1f3c2e-9b47-4d0e-8c15-3e7a2b9d4f60");

    private LegacyInterview() {
    }

    /** The interview id of {@code jobId}'s {@code interview_at}: a name-based UUID, the same in every service. */
    public static String id(String jobId) {
        return NameBasedUuid.v5(NAMESPACE, jobId).toString();
    }
}
