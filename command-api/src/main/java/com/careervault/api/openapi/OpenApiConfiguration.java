package com.careervault.api.openapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.properties.SpringDocConfigProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.unit.DataSize;

/**
 * The API's OpenAPI document ({@code /v3/api-docs}, committed as
 * {@code docs/openapi.json}): title, the build's version, the bearer-token
 * scheme, the feature tags, the {@link Problem} schema and the standard
 * problem answers; {@link OperationDefaults} applies them to every operation.
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    /** The security scheme's name in the document. */
    public static final String BEARER_SCHEME = "bearerAuth";

    /** Tag names, one per feature; controllers use them in {@code @Tag}. */
    public static final String TAG_AUTH = "Auth";
    public static final String TAG_JOBS = "Jobs";
    public static final String TAG_PREFERENCES = "Preferences";
    public static final String TAG_INSIGHTS = "Insights";
    public static final String TAG_HEALTH = "Health";
    public static final String TAG_ACCOUNT = "Account";
    public static final String TAG_CONTACTS = "Contacts";
    public static final String TAG_CALENDAR = "Calendar";
    public static final String TAG_DOCUMENTS = "Documents";

    /** The version stated when the classes were built without build-info (an IDE without Maven). */
    static final String UNKNOWN_VERSION = "unknown";

    /** The codecs' buffer limit is the body limit: larger bodies are refused with 413 before any handler runs. */
    private static final String BODY_LIMIT_PROPERTY = "spring.http.codecs.max-in-memory-size";
    private static final DataSize SPRING_DEFAULT_BODY_LIMIT = DataSize.ofKilobytes(256);

    private static final String DESCRIPTION = """
            CareerVault keeps a person's job applications (company, position, status, dates, salary, notes) and \
            reminds them by email when to follow up.

            **Signing in.** `POST /auth/signup`, then `POST /auth/login` answers Cognito tokens. Send the \
            `access_token` as `Authorization: Bearer <token>` on every other operation; `POST /auth/refresh` \
            gives a new one before it expires.

            **Commands are events.** A command (create, update, delete a job) answers `202 Accepted` once its \
            events are in the event log; the job is readable a moment later. Send `Prefer: wait=N` (seconds, at \
            most 5) to get the job itself (`201`/`200`) as soon as it is readable instead.

            **Errors** are RFC 9457 problem details (`application/problem+json`, schema `Problem`): `type` names \
            the kind of problem, and `errors` lists every bad field (`field`, `message`) at once. Every request \
            body is limited to %s; larger ones are refused with `413`.

            JSON field names are `snake_case`; timestamps are RFC 3339 in UTC.""";

    @Bean
    OpenAPI careerVaultOpenApi(ObjectProvider<BuildProperties> build, Environment environment) {
        BuildProperties buildProperties = build.getIfAvailable();
        // the build's version (Maven's project version, via build-info)
        String version = buildProperties == null || buildProperties.getVersion() == null
                ? UNKNOWN_VERSION : buildProperties.getVersion();
        DataSize bodyLimit = bodyLimit(environment);
        Components components = new Components()
                .addSecuritySchemes(BEARER_SCHEME, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                        .description("A Cognito access token: the `access_token` of `POST /auth/login` or "
                                + "`POST /auth/refresh`, sent as `Authorization: Bearer <token>`."));
        ModelConverters.getInstance(true).readAll(Problem.class).forEach(components::addSchemas);
        ProblemResponses.all(bodyLimit).forEach(components::addResponses);
        return new OpenAPI()
                .info(new Info()
                        .title("CareerVault API")
                        .version(version)
                        .summary("Track job applications; get reminded to follow up.")
                        .description(DESCRIPTION.formatted(ProblemResponses.describe(bodyLimit)))
                        .license(new License().name("Proprietary").identifier("LicenseRef-Proprietary")))
                // relative: the host that serves the document (the one-command run is http://localhost:8000)
                .servers(List.of(new Server().url("/").description("The server that serves this document")))
                .tags(List.of(
                        new Tag().name(TAG_AUTH).description("Sign-up, sign-in, token refresh, sign-out and the "
                                + "caller's profile (AWS Cognito underneath)."),
                        new Tag().name(TAG_JOBS).description("The caller's job applications: commands publish "
                                + "events, queries read the read model."),
                        new Tag().name(TAG_PREFERENCES).description("The caller's reminder-email preferences, and "
                                + "the unsubscribe link in every reminder."),
                        new Tag().name(TAG_INSIGHTS).description("The caller's application statistics (response, "
                                + "interview and offer rates, weekly applications), as the analytics stream last "
                                + "computed them."),
                        new Tag().name(TAG_CONTACTS).description("The people of the caller's job search "
                                + "(recruiters, interviewers, referrers), linked to jobs; exported as vCard."),
                        new Tag().name(TAG_ACCOUNT).description("The caller's whole account: export everything "
                                + "CareerVault holds about them, or delete it."),
                        new Tag().name(TAG_CALENDAR).description("The caller's interviews and follow-up dates as "
                                + "iCalendar (RFC 5545): one interview's file, and a subscription URL calendar apps "
                                + "poll without headers."),
                        new Tag().name(TAG_DOCUMENTS).description("The caller's document library: resumes, cover "
                                + "letters and other files (PDF, DOCX, plain text, Markdown), each with versions kept "
                                + "unchanged."),
                        new Tag().name(TAG_HEALTH).description("Whether the API and the services it depends on "
                                + "are up.")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER_SCHEME))
                .components(components);
    }

    @Bean
    OpenApiCustomizer operationDefaults(Environment environment) {
        com.careervault.api.web.RequestLimitsProperties limits = Binder.get(environment)
                .bind("careervault.api.limits", com.careervault.api.web.RequestLimitsProperties.class)
                .orElse(new com.careervault.api.web.RequestLimitsProperties(null, null, null, null));
        org.springframework.util.unit.DataSize documentLimit = Binder.get(environment)
                .bind("careervault.documents.max-file-size", org.springframework.util.unit.DataSize.class)
                .orElse(org.springframework.util.unit.DataSize.ofMegabytes(5));
        return new OperationDefaults(bodyLimit(environment), limits.maxImportSize(), limits.maxCaptureSize(),
                documentLimit);
    }

    @Bean
    OpenApiCustomizer nullableReferences() {
        return new NullableReferences();
    }

    /**
     * Schemas with the wire's property names: swagger-core introspects with its
     * own (Jackson 2) mapper, which does not know Spring's
     * {@code spring.jackson.property-naming-strategy: SNAKE_CASE}.
     */
    @Bean
    ModelResolver snakeCaseModelResolver(SpringDocConfigProperties springDoc) {
        ObjectMapper mapper = (springDoc.isOpenapi31() ? Json31.mapper() : Json.mapper()).copy()
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
        return new ModelResolver(mapper).openapi31(springDoc.isOpenapi31());
    }

    private static DataSize bodyLimit(Environment environment) {
        return Binder.get(environment).bind(BODY_LIMIT_PROPERTY, DataSize.class).orElse(SPRING_DEFAULT_BODY_LIMIT);
    }
}
