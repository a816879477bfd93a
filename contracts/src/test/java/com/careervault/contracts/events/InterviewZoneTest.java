package com.careervault.contracts.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.careervault.contracts.interviews.InterviewKind;
import com.careervault.contracts.interviews.LegacyInterview;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An interview's zone is one a calendar can carry: an IANA region, never a fixed offset. */
class InterviewZoneTest {

    private static final String JOB = "0a8f5c1e-7b2d-4c3e-9f10-2b3c4d5e6f70";
    private static final String INTERVIEW = "7c2e9a41-3d5b-4f60-8e17-9a0b1c2d3e4f";

    @ParameterizedTest
    @ValueSource(strings = {"Europe/Berlin", "America/New_York", "UTC", "Asia/Kolkata"})
    void regionsAreAccepted(String zone) {
        assertThat(scheduled(zone).zone().getId()).isEqualTo(zone);
    }

    @ParameterizedTest
    @ValueSource(strings = {"+02:00", "Z", "GMT+2", "SystemV/EST5", "Mars/Olympus_Mons", "europe/berlin", " "})
    void offsetsAndUnknownIdsAreRefused(String zone) {
        assertThatThrownBy(() -> scheduled(zone)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("time_zone");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0a8f5c1e-7b2d-4c3e-9f10-2b3c4d5e6f70"})
    void theLegacyInterviewIsInUtcAndItsIdDependsOnlyOnTheJob(String job) {
        assertThat(scheduled(LegacyInterview.ZONE.getId()).timeZone()).isEqualTo("UTC");
        assertThat(LegacyInterview.id(job)).isEqualTo(LegacyInterview.id(job)).isNotEqualTo(LegacyInterview.id(INTERVIEW));
    }

    private static InterviewScheduled scheduled(String zone) {
        return new InterviewScheduled(JOB, INTERVIEW, Instant.parse("2026-12-03T09:00:00Z"), zone, 45,
                InterviewKind.TECHNICAL, null, null, List.of(), null);
    }
}
