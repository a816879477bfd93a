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
