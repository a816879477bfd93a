package com.careervault.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.careervault.contracts.dynamodb.ReadModel.Jobs;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

@ExtendWith(DevStackExtension.class)
class DynamoDbSmokeTest {

    @Test
    void jobsTableHasEveryIndexTheServicesQuery(DevStack stack) {
        try (DynamoDbClient dynamo = stack.dynamoDb()) {
            List<String> indexes = dynamo.describeTable(r -> r.tableName(Jobs.DEFAULT_TABLE)).table()
                    .globalSecondaryIndexes().stream().map(GlobalSecondaryIndexDescription::indexName).toList();

            assertThat(indexes).containsExactlyInAnyOrder(
                    Jobs.STATUS_CREATED_AT_INDEX, Jobs.USER_CREATED_AT_INDEX, Jobs.USER_STATUS_INDEX,
                    Jobs.USER_DELETED_AT_INDEX);
        }
    }

    @Test
    void itemWrittenIsFoundThroughTheStatusIndexes(DevStack stack) {
        String user = UUID.randomUUID().toString();
        String job = UUID.randomUUID().toString();
        try (DynamoDbClient dynamo = stack.dynamoDb()) {
            dynamo.putItem(r -> r.tableName(Jobs.DEFAULT_TABLE).item(Map.of(
                    Jobs.USER_ID, s(user), Jobs.JOB_ID, s(job), Jobs.COMPANY, s("Tech Corp"),
                    Jobs.STATUS, s("Screening"), Jobs.CREATED_AT, s("2026-11-24T17:00:00Z"),
                    Jobs.STATUS_CREATED_AT, s("Screening#2026-11-24T17:00:00Z"))));

            QueryResponse byStatus = dynamo.query(r -> r.tableName(Jobs.DEFAULT_TABLE)
                    .indexName(Jobs.STATUS_CREATED_AT_INDEX)
                    .keyConditionExpression("#s = :s")
                    .filterExpression("#u = :u")
                    .expressionAttributeNames(Map.of("#s", Jobs.STATUS, "#u", Jobs.USER_ID))
                    .expressionAttributeValues(Map.of(":s", s("Screening"), ":u", s(user))));
            QueryResponse byUserAndStatus = dynamo.query(r -> r.tableName(Jobs.DEFAULT_TABLE)
                    .indexName(Jobs.USER_STATUS_INDEX)
                    .keyConditionExpression("#u = :u AND begins_with(#sc, :prefix)")
                    .expressionAttributeNames(Map.of("#u", Jobs.USER_ID, "#sc", Jobs.STATUS_CREATED_AT))
                    .expressionAttributeValues(Map.of(":u", s(user), ":prefix", s("Screening#")))
                    .scanIndexForward(false));

            assertThat(byStatus.items()).singleElement()
                    .satisfies(item -> assertThat(item.get(Jobs.JOB_ID).s()).isEqualTo(job));
            assertThat(byUserAndStatus.items()).singleElement()
                    .satisfies(item -> assertThat(item.get(Jobs.COMPANY).s()).isEqualTo("Tech Corp"));
        }
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }
}
