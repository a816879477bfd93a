package com.careervault.api.health;

import com.careervault.api.health.HealthReport.ServiceHealth;
import com.careervault.api.openapi.OpenApiConfiguration;
import com.careervault.contracts.time.Timestamps;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * {@code GET /health} in the seed's shape (see {@link HealthReport}). Kafka,
 * DynamoDB and Cognito decide {@code status}: without any of them no command
 * or query can succeed, so the answer is 503. SMTP (the notifier's, not
 * ours) and Gemini are reported for information only. Actuator's probes and
 * Prometheus endpoint sit beside it under {@code /actuator}.
 */
@Tag(name = OpenApiConfiguration.TAG_HEALTH)
@RestController
public class HealthController {

    /** Reported when the jar was built without build-info (e.g. run from an IDE without Maven). */
    static final String UNKNOWN_VERSION = "unknown";

    private final DependencyChecks checks;
    private final HealthProperties properties;
    private final AiProperties ai;
    private final String version;
    private final Clock clock;

    public HealthController(DependencyChecks checks, HealthProperties properties, AiProperties ai,
            ObjectProvider<BuildProperties> build, Clock clock) {
        this.checks = checks;
        this.properties = properties;
        this.ai = ai;
        BuildProperties buildProperties = build.getIfAvailable();
        this.version = buildProperties == null || buildProperties.getVersion() == null
                ? UNKNOWN_VERSION : buildProperties.getVersion();
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
    public Mono<ResponseEntity<HealthReport>> health() {
        Mono<String> smtp = properties.smtpConfigured()
                ? checks.smtp().map(HealthController::liveStatus)
                : Mono.just(HealthReport.NOT_CONFIGURED);
        return Mono.zip(checks.kafka(), checks.dynamoDb(), checks.cognito(), smtp).map(results -> {
            boolean healthy = results.getT1() && results.getT2() && results.getT3();
            Map<String, ServiceHealth> services = new LinkedHashMap<>();
            services.put("kafka", new ServiceHealth(liveStatus(results.getT1())));
            services.put("dynamodb", new ServiceHealth(liveStatus(results.getT2())));
            services.put("cognito", new ServiceHealth(liveStatus(results.getT3())));
            services.put("smtp", new ServiceHealth(results.getT4()));
            services.put("gemini_ai", new ServiceHealth(ai.geminiConfigured()
                    ? HealthReport.CONFIGURED : HealthReport.NOT_CONFIGURED));
            HealthReport report = new HealthReport(healthy ? HealthReport.HEALTHY : HealthReport.UNHEALTHY,
                    Timestamps.format(clock.instant()), version, services);
            return ResponseEntity.status(healthy ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).body(report);
        });
    }

    private static String liveStatus(boolean up) {
        return up ? HealthReport.HEALTHY : HealthReport.UNHEALTHY;
    }
}
