package com.careervault.projector.jobs;

import com.careervault.contracts.dynamodb.ReadModel.Jobs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A job's stage history as the item keeps it: the newest {@link Jobs#STATUS_HISTORY_LIMIT} stages,
 * oldest first, and the number of stages ever recorded.
 *
 * @param stages {@code {status, at}} maps, at most {@link Jobs#STATUS_HISTORY_LIMIT}
 * @param total stages ever recorded, the dropped ones included
 */
record StatusHistory(List<AttributeValue> stages, long total) {

    StatusHistory {
        stages = List.copyOf(stages);
    }

    /** The history of an item; an item written before the count existed has its whole history in the list. */
    static StatusHistory of(Map<String, AttributeValue> item) {
        List<AttributeValue> stages = item.containsKey(Jobs.STATUS_HISTORY) ? item.get(Jobs.STATUS_HISTORY).l()
                : List.of();
        long total = item.containsKey(Jobs.STATUS_HISTORY_COUNT)
                ? Long.parseLong(item.get(Jobs.STATUS_HISTORY_COUNT).n()) : stages.size();
        return new StatusHistory(stages, total);
    }

    /** One more stage at the end; the oldest ones beyond the limit are dropped. */
    StatusHistory plus(AttributeValue stage) {
        List<AttributeValue> next = new ArrayList<>(stages);
        next.add(stage);
        int excess = next.size() - Jobs.STATUS_HISTORY_LIMIT;
        return new StatusHistory(excess > 0 ? next.subList(excess, next.size()) : next, total + 1);
    }

    AttributeValue entries() {
        return AttributeValue.fromL(stages);
    }

    AttributeValue count() {
        return AttributeValue.fromN(Long.toString(total));
    }
}
