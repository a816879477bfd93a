package com.careervault.api.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.media.Schema;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * A property that refers to another schema and may be {@code null} (annotated {@code types = {"object",
 * "null"}}) becomes {@code anyOf: [{$ref}, {type: null}]}. swagger-core writes the types next to the
 * {@code $ref}, which JSON Schema 2020-12 reads as "both", so that {@code null} would not be valid.
 */
final class NullableReferences implements OpenApiCustomizer {

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
            return;
        }
        for (Schema<?> schema : openApi.getComponents().getSchemas().values()) {
            Map<String, Schema> properties = schema.getProperties();
            if (properties == null) {
                continue;
            }
            properties.replaceAll((name, property) -> {
                Set<String> types = property.getTypes();
                if (property.get$ref() == null || types == null || !types.contains("null")) {
                    return property;
                }
                Schema reference = new Schema<>().specVersion(SpecVersion.V31).$ref(property.get$ref());
                Schema none = new Schema<>().specVersion(SpecVersion.V31).types(new LinkedHashSet<>(List.of("null")));
                return new Schema<>().specVersion(SpecVersion.V31).description(property.getDescription())
                        .anyOf(List.of(reference, none));
            });
        }
    }
}
