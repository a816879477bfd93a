package com.careervault.api.jobs;

import com.careervault.api.aws.DynamoDbCalls;
import com.careervault.api.aws.DynamoDbProperties;
import com.careervault.contracts.dynamodb.ReadModel.Jobs;
import com.careervault.contracts.time.Timestamps;
import java.util.Map;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * Every job item of one account, for the account export: the base table's partition of the user, one
 * DynamoDB page (at most 1 MB) at a time, strongly consistent. Items are emitted as pages arrive and the
 * next page is asked for on demand, so a user with thousands of jobs never sits in memory at once.
 * Failures are {@link com.careervault.api.problems.DependencyUnavailableException} (503) before the first
 * byte of an answer; afterwards the connection is cut (the client sees an incomplete JSON document).
 */
@Component
public class AccountJobs {

    private final DynamoDbAsyncClient dynamo;
    private final String table;

    public AccountJobs(DynamoDbAsyncClient dynamo, DynamoDbProperties properties) {
        this.dynamo = dynamo;
        this.table = properties.jobsTable();
    }

    /**
     * The user's live jobs and their restorable tombstones (recently deleted jobs), in job id order.
     * Tombstones that kept nothing to restore (older than restorable deletion) carry no data of the job and
     * are left out.
     */
    public Flux<ExportedJob> all(String userId) {
        QueryRequest.Builder query = QueryRequest.builder().tableName(table).consistentRead(true)
                .keyConditionExpression("#u = :u")
                .expressionAttributeNames(Map.of("#u", Jobs.USER_ID))
                .expressionAttributeValues(Map.of(":u", AttributeValue.fromS(userId)));
        return page(query, null)
                .expand(response -> response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                        ? page(query, response.lastEvaluatedKey()) : Mono.empty(), 1)
                .concatMapIterable(QueryResponse::items)
                .concatMap(item -> Mono.justOrEmpty(exported(item)));
    }

    private static ExportedJob exported(Map<String, AttributeValue> item) {
        StoredJob stored = JobItems.stored(item);
        if (!stored.deleted()) {
            return ExportedJob.live(stored.view());
        }
        StoredJob.Restorable kept = stored.restorable();
        return kept == null ? null : ExportedJob.deleted(kept.job(), Timestamps.format(kept.deletedAt()),
                Timestamps.format(kept.expiresAt()));
    }

    private Mono<QueryResponse> page(QueryRequest.Builder query, Map<String, AttributeValue> start) {
        QueryRequest request = query.exclusiveStartKey(start).build();
        return DynamoDbCalls.call("job store", null, () -> dynamo.query(request));
    }
}
