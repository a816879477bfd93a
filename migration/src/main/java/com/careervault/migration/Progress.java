package com.careervault.migration;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What earlier runs committed, read from the migration's progress topic: each record there was written in the
 * same Kafka transaction as the events it describes, so a document is listed here exactly when its events are
 * in the log (for read-committed consumers, which every CareerVault consumer is).
 */
final class Progress {

    /** How far a user got. */
    enum UserState {
        /** A Cognito user is being made (written before AdminCreateUser): a later run finishes it. */
        CREATING,
        /** The account was made and its UserRegistered and password-reset request are in the log. */
        CREATED,
        /** An account with the address existed already: the old jobs go to it, nothing else was appended. */
        MATCHED
    }

    record UserProgress(String mongoId, UserState state, String userId) {
    }

    /** One progress record: users and jobs whose events were committed with it. */
    record Entry(List<UserProgress> users, List<String> jobs) {

        static Entry user(UserProgress user) {
            return new Entry(List.of(user), List.of());
        }

        static Entry jobs(List<String> jobs) {
            return new Entry(List.of(), jobs);
        }
    }

    private final Map<String, UserProgress> users = new HashMap<>();
    private final Set<String> jobs = new HashSet<>();

    void add(Entry entry) {
        entry.users().forEach(user -> users.put(user.mongoId(), user));
        jobs.addAll(entry.jobs());
    }

    UserProgress user(String mongoId) {
        return users.get(mongoId);
    }

    boolean jobDone(String mongoId) {
        return jobs.contains(mongoId);
    }

    int jobCount() {
        return jobs.size();
    }
}
