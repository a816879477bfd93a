package com.careervault.api.insights;

import com.careervault.api.openapi.OpenApiConfiguration;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The caller's application statistics, from the read model the analytics stream feeds. */
@Tag(name = OpenApiConfiguration.TAG_INSIGHTS)
@RestController
@RequestMapping("/api/me/insights")
public class InsightsController {

    private final InsightsStore store;

    public InsightsController(InsightsStore store) {
        this.store = store;
    }

    @Operation(operationId = "getInsights", summary = "The caller's application statistics",
            description = "Counts per status, the response, interview and offer rates, the median days to a "
                    + "first response and the applications of the last twelve ISO weeks, as the analytics stream "
                    + "(`careervault.analytics.user-stats.v1`) last computed them; `as_of` says when. They are "
                    + "recomputed whenever one of the caller's jobs changes, a moment after the change (the answer "
                    + "may lag a command by that long), and read from the read model, never computed per "
                    + "request. A caller with no statistics yet gets every figure zero, with the twelve weeks "
                    + "ending this week and `as_of` null, never 404. Unlike `GET /api/jobs/stats`, which counts "
                    + "the caller's jobs per status in the jobs table itself, this adds the rates and weekly "
                    + "figures and may be a moment behind it.")
    @ApiResponse(responseCode = "200", description = "The statistics.")
    @GetMapping
    public Mono<InsightsView> get(@AuthenticationPrincipal Jwt token) {
        return store.of(token.getSubject());
    }
}
