package com.careervault.contracts.analytics;

import com.careervault.contracts.JsonSchemas;
import static org.assertj.core.api.Assertions.assertThat;

import com.careervault.contracts.events.EventCodec;
import com.careervault.contracts.jobs.JobStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The user-stats record, as the notifier writes it (the codec's JSON conventions), matches its published schema. */
class UserStatsSchemaTest {

    private static final String SCHEMA = AnalyticsEventType.USER_STATS.schemaResource();

    private final EventCodec codec = new EventCodec();

    @Test
    void serialisedStatsMatchTheSchema() {
        assertThat(JsonSchemas.errors(SCHEMA, json(2.5))).isEmpty();
    }

    @Test
    void medianIsWrittenAsExplicitNullWhenUnknown() {
        String json = json(null);

        assertThat(json).contains("\"median_days_to_first_response\":null");
        assertThat(JsonSchemas.errors(SCHEMA, json)).isEmpty();
    }

    @Test
    void schemaRejectsMissingStatusesAndExtraFields() {
        String json = json(1.0);

        assertThat(JsonSchemas.errors(SCHEMA, json.replace("\"Ghosted\":0", "\"Lost\":0"))).isNotEmpty();
        assertThat(JsonSchemas.errors(SCHEMA, json.replaceFirst("\\{", "{\"surprise\":1,"))).isNotEmpty();
        assertThat(JsonSchemas.errors(SCHEMA, "{}")).isNotEmpty();
    }

    @Test
    void version2WithTheFunnelMatchesItsSchemaAndVersion1WithoutItStillMatchesVersion1() {
        UserStats.Durations none = new UserStats.Durations(0, null, null);
        List<UserStats.StageFigures> stages = List.of(
                new UserStats.StageFigures("Applied", 3, 0.3333, new UserStats.Durations(2, 3.0, 4.5)),
                new UserStats.StageFigures("Screening", 1, 1.0, none),
                new UserStats.StageFigures("Interviewing", 1, 0.0, new UserStats.Durations(1, 2.0, 2.0)),
                new UserStats.StageFigures("Offer", 0, 0.0, none),
                new UserStats.StageFigures("Accepted", 0, null, null));
        UserStats.FunnelGroup group = new UserStats.FunnelGroup(3, stages, new UserStats.Durations(1, 3.0, 3.0));
        List<UserStats.WeeklyFunnel> weeks = new ArrayList<>();
        for (int week = 37; week <= 48; week++) {
            weeks.add(new UserStats.WeeklyFunnel("2026-W" + week, group));
        }
        List<UserStats.SourceFunnel> sources = UserStats.Funnel.SOURCES.stream()
                .map(source -> new UserStats.SourceFunnel(source, group)).toList();
        UserStats v2 = sample(2.5).withFunnel(new UserStats.Funnel(group, weeks, sources));
        String v2Schema = AnalyticsEventType.USER_STATS_V2.schemaResource();

        String json = codec.mapper().writeValueAsString(v2);
        assertThat(json).contains("\"conversion_to_next\":null,\"time_in_stage\":null");
        assertThat(JsonSchemas.errors(v2Schema, json)).isEmpty();
        assertThat(JsonSchemas.errors(SCHEMA, json)).isNotEmpty();
        assertThat(JsonSchemas.errors(SCHEMA, codec.mapper().writeValueAsString(v2.withoutFunnel()))).isEmpty();
        assertThat(JsonSchemas.errors(v2Schema, json(1.0))).isNotEmpty();
        assertThat(JsonSchemas.errors(v2Schema, json.replace("\"Not given\"", "\"Meetup\""))).isNotEmpty();
    }

    private String json(Double median) {
        return codec.mapper().writeValueAsString(sample(median));
    }

    private static UserStats sample(Double median) {
        Map<String, Integer> byStatus = new LinkedHashMap<>();
        for (JobStatus status : JobStatus.values()) {
            byStatus.put(status.spelling(), status == JobStatus.Applied ? 2 : status == JobStatus.Interviewing ? 1 : 0);
        }
        List<UserStats.WeeklyApplications> weeks = new ArrayList<>();
        for (int week = 37; week <= 48; week++) {
            weeks.add(new UserStats.WeeklyApplications("2026-W" + week, week == 48 ? 3 : 0));
        }
        return new UserStats("3f1c2d4e-0000-4000-8000-000000000001", 3, byStatus, weeks, 3, 0.3333, 0.3333, 0.0,
                median);
    }
}
