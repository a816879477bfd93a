package com.careervault.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml cannot be run here (no Docker engine), so it is checked
 * against the services' own configuration: every environment variable it sets
 * is one the service reads, and the ports agree.
 */
class ComposeFileTest {

    /** Read by the platform rather than by our yml files. */
    private static final Set<String> READ_BY_SPRING_OR_SDK = Set.of("SPRING_PROFILES_ACTIVE", "AWS_DEFAULT_REGION");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z0-9_]+)[:}]");

    private final Path root = Path.of(System.getProperty("careervault.devstack.dir")).getParent();

    @ParameterizedTest
    @ValueSource(strings = {"command-api", "projector", "notifier", "enricher"})
    void everyEnvironmentVariableOfAServiceIsReadByItsConfiguration(String service) throws IOException {
        Set<String> readByService = placeholders(service);
        Map<String, Object> environment = environment(service);

        assertThat(environment).isNotEmpty();
        for (String name : environment.keySet()) {
            assertThat(readByService.contains(name) || READ_BY_SPRING_OR_SDK.contains(name))
                    .as("%s sets %s, which %s's configuration does not read (it reads %s)", "docker-compose.yml",
                            name, service, readByService)
                    .isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"command-api", "projector", "notifier", "enricher"})
    void eachServiceIsBuiltFromItsOwnDockerfileWithItsExecutableJar(String service) throws IOException {
        Map<String, Object> build = map(services().get(service)).get("build") instanceof Map<?, ?> b ? cast(b) : Map.of();
        String dockerfile = (String) build.get("dockerfile");

        assertThat(dockerfile).isEqualTo(service + "/Dockerfile");
        assertThat(Files.readString(root.resolve(dockerfile))).contains("/src/" + service + "/target/" + service + "-exec.jar");
    }

    @Test
    void theApiListensWhereComposePublishesItAndTheSeedExpectsIt() throws IOException {
        Map<String, Object> api = map(services().get("command-api"));

        assertThat(environment("command-api")).containsEntry("PORT", 8000);
        assertThat(api.get("ports")).isEqualTo(List.of("8000:8000"));
        assertThat(Files.readString(root.resolve("command-api/src/main/resources/command-api.yml")))
                .contains("port: ${PORT:8000}");
        assertThat(Files.readString(root.resolve("command-api/Dockerfile"))).contains("EXPOSE 8000");
    }

    @Test
    void endpointsPointAtComposeServicesOnTheirPorts() throws IOException {
        Map<String, Map<String, Object>> services = services();
        String dynamo = (String) environment("command-api").get("DYNAMODB_ENDPOINT");
        String cognito = (String) environment("command-api").get("COGNITO_ENDPOINT");

        assertThat(dynamo).isEqualTo("http://dynamodb:4567");
        assertThat(services.get("dynamodb").get("ports")).isEqualTo(List.of("4567:4567"));
        assertThat(cognito).isEqualTo("http://cognito:9229");
        assertThat(map(services.get("cognito").get("environment"))).containsEntry("PORT", 9229);
        assertThat(environment("projector").get("DYNAMODB_ENDPOINT")).isEqualTo(dynamo);
        assertThat(environment("enricher").get("DYNAMODB_ENDPOINT")).isEqualTo(dynamo);
        assertThat(environment("enricher").get("DYNAMODB_JOBS_TABLE"))
                .isEqualTo(environment("projector").get("DYNAMODB_JOBS_TABLE"));
        assertThat(environment("notifier").get("SMTP_PORT")).isEqualTo(1025);
        assertThat(environment("notifier").get("REMINDER_LINK_SECRET"))
                .isEqualTo(environment("command-api").get("REMINDER_LINK_SECRET"));
        assertThat(Files.readString(root.resolve("docker/cognito-local/.cognito/db/clients.json")))
                .contains((String) environment("command-api").get("COGNITO_CLIENT_ID"));
        assertThat(Files.exists(root.resolve("docker/cognito-local/.cognito/db/"
                + environment("command-api").get("COGNITO_USER_POOL_ID") + ".json"))).isTrue();
    }

    @Test
    void theApiStoresDocumentsInTheBucketComposeCreatesOnLocalStack() throws IOException {
        Map<String, Map<String, Object>> services = services();
        Map<String, Object> api = environment("command-api");
        String bucketCommand = String.valueOf(services.get("s3-bucket").get("command"));

        assertThat(api).containsEntry("S3_ENDPOINT", "http://s3:4566")
                .containsEntry("DOCUMENTS_BUCKET", "careervault-documents");
        assertThat(services.get("s3").get("ports")).isEqualTo(List.of("4566:4566"));
        assertThat(map(services.get("s3").get("environment"))).containsEntry("SERVICES", "s3");
        assertThat(bucketCommand).contains("--endpoint-url http://s3:4566")
                .contains("s3 mb s3://careervault-documents");
        assertThat(map(map(services.get("command-api").get("depends_on")).get("s3-bucket")))
                .containsEntry("condition", "service_completed_successfully");
    }

    private Set<String> placeholders(String service) throws IOException {
        try (var files = Files.list(root.resolve(service + "/src/main/resources"))) {
            return files.filter(f -> f.getFileName().toString().endsWith(".yml"))
                    .flatMap(f -> {
                        try {
                            Matcher m = PLACEHOLDER.matcher(Files.readString(f));
                            return m.results().map(r -> r.group(1)).toList().stream();
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .collect(Collectors.toSet());
        }
    }

    private Map<String, Object> environment(String service) throws IOException {
        return map(services().get(service).get("environment"));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Map<String, Object>> services() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(root.resolve("docker-compose.yml")));
        return (Map<String, Map<String, Object>>) compose.get("services");
    }

    private static Map<String, Object> map(Object value) {
        return cast((Map<?, ?>) value);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> value) {
        return (Map<String, Object>) value;
    }
}
