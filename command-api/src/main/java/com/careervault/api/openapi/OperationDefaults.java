package com.careervault.api.openapi;

import com.careervault.api.ratelimits.AddressLimitedRoutes;
import com.careervault.api.security.PublicRoutes;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.http.HttpMethod;
import org.springframework.util.unit.DataSize;

/**
 * What holds for every operation, so no controller has to repeat it: the
 * bearer token on every operation that is not a {@link PublicRoutes public
 * route}, the problem answers an operation can give (decided from what it
 * takes: a body, parameters, a path id, {@code If-Match}), and the body limit
 * on every request body. Responses an operation documents itself are kept.
 */
final class OperationDefaults implements OpenApiCustomizer {

    private final DataSize bodyLimit;
    private final DataSize uploadLimit;
    private final DataSize captureLimit;
    private final DataSize documentLimit;

    /**
     * @param uploadLimit the limit of a multipart/form-data body (a file upload), not {@code bodyLimit}
     * @param captureLimit the limit of a captured posting page ({@value #CAPTURE}), not {@code bodyLimit}
     * @param documentLimit the limit of an uploaded document's file ({@value #DOCUMENTS})
     */
    OperationDefaults(DataSize bodyLimit, DataSize uploadLimit, DataSize captureLimit, DataSize documentLimit) {
        this.bodyLimit = bodyLimit;
        this.uploadLimit = uploadLimit;
        this.captureLimit = captureLimit;
        this.documentLimit = documentLimit;
    }

    /** The one operation whose body is a web page, read with a limit of its own. */
    static final String CAPTURE = "/api/jobs/capture";

    /** The document upload, whose file has the documents' own limit. */
    static final String DOCUMENTS = "/api/documents";

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, operation) -> customise(path, method, operation)));
        // a standard answer no operation gives (412 before any operation takes If-Match) is left out
        Set<String> used = new HashSet<>();
        openApi.getPaths().values().forEach(item -> item.readOperationsMap().values().forEach(operation ->
                operation.getResponses().values().forEach(response -> used.add(response.get$ref()))));
        if (openApi.getComponents() != null && openApi.getComponents().getResponses() != null) {
            openApi.getComponents().getResponses().keySet()
                    .removeIf(name -> !used.contains("#/components/responses/" + name));
        }
    }

    private void customise(String path, PathItem.HttpMethod method, Operation operation) {
        boolean open = PublicRoutes.isPublic(HttpMethod.valueOf(method.name()), path);
        // the document's default is the bearer token; open operations say they need none
        operation.setSecurity(open ? List.of() : List.of(new SecurityRequirement().addList(
                OpenApiConfiguration.BEARER_SCHEME)));
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        RequestBody body = operation.getRequestBody();
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        if (body != null || !parameters.isEmpty()) {
            addProblem(responses, 400);
        }
        if (!open) {
            addProblem(responses, 401);
        }
        if (parameters.stream().anyMatch(p -> "path".equals(p.getIn()))) {
            addProblem(responses, 404);
        }
        if (parameters.stream().anyMatch(p -> "header".equals(p.getIn()) && "If-Match".equalsIgnoreCase(p.getName()))) {
            addProblem(responses, 412);
        }
        if (body != null) {
            addProblem(responses, 413);
            addProblem(responses, 415);
            boolean upload = body.getContent() != null && body.getContent().containsKey("multipart/form-data");
            DataSize max = CAPTURE.equals(path) ? captureLimit : DOCUMENTS.equals(path) ? documentLimit
                    : upload ? uploadLimit : bodyLimit;
            String limit = "At most " + ProblemResponses.describe(max) + "; a larger body is refused with 413.";
            if (body.getDescription() == null) {
                body.setDescription(limit);
            } else if (!body.getDescription().contains(limit)) {
                body.setDescription(body.getDescription() + " " + limit);
            }
            body.addExtension("x-max-body-bytes", max.toBytes());
        }
        if (AddressLimitedRoutes.isLimited(HttpMethod.valueOf(method.name()), path)) {
            addProblem(responses, 429);
        }
        addProblem(responses, 503);
    }

    private static void addProblem(ApiResponses responses, int status) {
        String code = Integer.toString(status);
        ApiResponse declared = responses.get(code);
        if (declared == null || isEmpty(declared)) {
            responses.addApiResponse(code, new ApiResponse().$ref(ProblemResponses.ref(status)));
        }
    }

    /** A response an annotation named by code only, to say the operation gives it: fill in the standard one. */
    private static boolean isEmpty(ApiResponse response) {
        return response.get$ref() == null && (response.getContent() == null || response.getContent().isEmpty())
                && response.getHeaders() == null;
    }
}
