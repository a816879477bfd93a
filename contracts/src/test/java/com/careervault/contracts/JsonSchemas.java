package com.careervault.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Validates JSON against one of the schemas published in contracts' resources. */
public final class JsonSchemas {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private JsonSchemas() {
    }

    /** What is wrong with {@code json} according to the schema at {@code resource}; empty when valid. */
    public static List<Error> errors(String resource, String json) {
        try (InputStream in = JsonSchemas.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return REGISTRY.getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .validate(json, InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
