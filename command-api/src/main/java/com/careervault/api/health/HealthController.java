package com.careervault.api.health;

import com.careervault.api.openapi.OpenApiConfiguration;
import com.careervault.api.web.ApiProperties;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * {@code GET /health} in the seed's shape: {@code status, timestamp, version,
 * services}; 503 when any dependency is down. Actuator's health and
 * Prometheus endpoints sit beside it under {@code /actuator}.
 */
@Tag(name = OpenApiConfiguration.TAG_HEALTH)
@RestController
public class HealthController {

    private final DependencyChecks checks;
    private final ApiProperties api;
    private final Clock clock;

    public HealthController(DependencyChecks checks, ApiProperties api, Clock clock) {
        this.checks = checks;
        this.api = api;
        this.clock = clock;
    }

    @Operation(operationId = "getHealth", summary = "Whether the API and its services are up",
            description = "Checks the services the API depends on and answers `healthy` (200) or `unhealthy` "
                    + "(503), with each service's state. For load balancers and people; needs no sign-in.")
    @ApiResponse(responseCode = "200", description = "Healthy.")
    @ApiResponse(responseCode = "503", description = "Unhealthy: a service the API needs is down (same body).",
            useReturnTypeSchema = true)
    @ApiResponse(responseCode = "406", ref = "#/components/responses/NotAcceptable")
    @GetMapping("/health")
    public Mono<ResponseEntity<Map<String, Object>>> health() {
        return Mono.zip(checks.kafka(), checks.dynamoDb(), checks.cognito()).map(results -> {
            Map<String, String> services = new LinkedHashMap<>();
            services.put("kafka", results.getT1() ? "up" : "down");
            services.put("dynamodb", results.getT2() ? "up" : "down");
            services.put("cognito", results.getT3() ? "up" : "down");
            boolean healthy = !services.containsValue("down");
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", healthy ? "healthy" : "unhealthy");
            body.put("timestamp", clock.instant().toString());
            body.put("version", api.version());
            body.put("services", services);
            return ResponseEntity.status(healthy ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).body(body);
        });
    }
}
