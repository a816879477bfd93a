package com.careervault.projector.eventlog;

import static com.careervault.projector.Events.event;
import static com.careervault.projector.Events.newId;
import static org.assertj.core.api.Assertions.assertThat;

import com.careervault.contracts.events.DocumentVersionAdded;
import com.careervault.projector.ProjectorTest;
import com.careervault.projector.readmodel.LogPosition;
import com.careervault.projector.readmodel.ProjectionOutcome;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code careervault.document.version-added.v1} is the command API's: its library lives in
 * {@code CareerVault-Documents}, written by the API. The projector skips it (never a dead letter).
 */
@ProjectorTest
class DocumentEventsTest {

    @Autowired
    EventProjection projection;

    @Test
    void aDocumentVersionIsSkipped() {
        String user = newId();
        DocumentVersionAdded added = new DocumentVersionAdded(user, newId(), 1,
                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", 48213, "application/pdf",
                "resume");

        assertThat(projection.apply(event(user, Instant.parse("2026-12-01T10:00:00Z"), added),
                new LogPosition(0, 1)).join()).isEqualTo(ProjectionOutcome.SKIPPED);
    }
}
