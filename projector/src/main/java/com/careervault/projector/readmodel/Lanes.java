package com.careervault.projector.readmodel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/** How a poll's records are written: groups that must not overlap, spread over a bounded number of lanes. */
public final class Lanes {

    private Lanes() {
    }

    /**
     * Starts the groups' records in at most {@code lanes} lanes at the same time: each group whole in one lane
     * (groups dealt round robin, in their order), each lane one record after the other. The first failure stops
     * its lane, so no later record of that group overtakes it.
     *
     * @param lanes at least 1
     * @return one future per lane used (none without groups)
     */
    public static <T> List<CompletableFuture<Void>> run(Collection<List<T>> groups, int lanes,
            Function<T, CompletableFuture<Void>> applyOne) {
        List<List<T>> laneWork = new ArrayList<>();
        int next = 0;
        for (List<T> group : groups) {
            if (laneWork.size() < lanes) {
                laneWork.add(new ArrayList<>());
            }
            laneWork.get(next++ % lanes).addAll(group);
        }
        List<CompletableFuture<Void>> work = new ArrayList<>();
        for (List<T> lane : laneWork) {
            CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
            for (T item : lane) {
                chain = chain.thenCompose(ignored -> applyOne.apply(item));
            }
            work.add(chain);
        }
        return work;
    }
}
