package com.careervault.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** No broker or Node process may outlive the JVM that started it, even one killed with SIGKILL. */
class ChildrenDieWithTheirJvmTest {

    @Test
    void killingTheJvmEndsEveryServerItStarted() throws Exception {
        Process jvm = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", ClassPath.current(), "-D" + NodePrograms.DIR_PROPERTY + "="
                        + System.getProperty(NodePrograms.DIR_PROPERTY, ""),
                StackInAChildJvm.class.getName())
                .redirectErrorStream(true)
                .start();
        List<ProcessHandle> children;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(jvm.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.startsWith("CHILDREN ")) {
                // start-up logging
            }
            assertThat(line).as("the child JVM reports its servers").isNotNull();
            children = Arrays.stream(line.substring("CHILDREN ".length()).split(","))
                    .map(pid -> ProcessHandle.of(Long.parseLong(pid)).orElseThrow())
                    .toList();
            // the broker JVM, dynalite, s3rver and cognito-local
            assertThat(children).hasSize(4).allMatch(ProcessHandle::isAlive);

            jvm.destroyForcibly().waitFor();
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(children).noneMatch(ProcessHandle::isAlive));
    }
}
