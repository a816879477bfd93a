package com.careervault.projector.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Unit test of {@link Lanes}: futures completed by hand, so the order of the work is visible. */
class LanesTest {

    @Test
    void dealsWholeGroupsRoundRobinAndRunsEachLaneInOrder() {
        List<String> started = new ArrayList<>();
        List<CompletableFuture<Void>> pending = new ArrayList<>();
        List<CompletableFuture<Void>> lanes = Lanes.run(
                List.of(List.of("a1", "a2"), List.of("b1"), List.of("c1", "c2")), 2, item -> {
                    started.add(item);
                    CompletableFuture<Void> done = new CompletableFuture<>();
                    pending.add(done);
                    return done;
                });

        assertThat(lanes).hasSize(2);
        // lane 1 holds groups a and c, lane 2 group b: only each lane's first record has started
        assertThat(started).containsExactly("a1", "b1");
        pending.get(0).complete(null);
        assertThat(started).containsExactly("a1", "b1", "a2");
        pending.get(2).complete(null);
        assertThat(started).containsExactly("a1", "b1", "a2", "c1");
        assertThat(lanes.get(0)).isNotDone();
        assertThat(lanes.get(1)).isNotDone();
        pending.get(1).complete(null);
        assertThat(lanes.get(1)).isCompleted();
    }

    @Test
    void theFirstFailureStopsItsLane() {
        List<String> started = new ArrayList<>();
        List<CompletableFuture<Void>> lanes = Lanes.run(List.of(List.of("x1", "x2")), 4, item -> {
            started.add(item);
            return item.equals("x1") ? CompletableFuture.failedFuture(new IllegalStateException("down"))
                    : CompletableFuture.completedFuture(null);
        });

        assertThat(lanes).hasSize(1);
        assertThat(lanes.get(0)).isCompletedExceptionally();
        assertThat(started).containsExactly("x1");
    }

    @Test
    void noGroupsNoLanes() {
        assertThat(Lanes.run(List.<List<String>>of(), 3, item -> CompletableFuture.completedFuture(null))).isEmpty();
    }
}
