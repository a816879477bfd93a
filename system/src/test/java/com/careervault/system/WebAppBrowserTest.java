package com.careervault.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The web app in a real headless Chromium against the whole system: the Playwright
 * specs in {@code web/e2e} run against {@link TheSystem} (the devstack and all three
 * services, the app served by command-api). Debian's Chromium is installed by
 * {@code web/scripts/install-chromium.sh} when missing; where it cannot be, the test
 * is skipped with the reason, unless {@code CAREERVAULT_BROWSER_REQUIRED=true} (as in
 * CI), where that is a failure.
 */
class WebAppBrowserTest {

    private static final Duration LIMIT = Duration.ofMinutes(12);
    private static final Path WEB = Path.of(System.getProperty("careervault.web.dir", "../web")).toAbsolutePath();
    private static final Path OUT = WEB.resolve("target/e2e");

    private static Path chromium;

    @BeforeAll
    static void browser() throws IOException, InterruptedException {
        chromium = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
        if (!Files.isExecutable(chromium)) {
            Process install = new ProcessBuilder("bash", WEB.resolve("scripts/install-chromium.sh").toString())
                    .inheritIO().start();
            boolean installed = install.waitFor(10, TimeUnit.MINUTES) && install.exitValue() == 0;
            String reason = "no Chromium at " + chromium + " and web/scripts/install-chromium.sh could not install it";
            if (!installed && Boolean.parseBoolean(System.getenv("CAREERVAULT_BROWSER_REQUIRED"))) {
                throw new IllegalStateException(reason + " (CAREERVAULT_BROWSER_REQUIRED=true)");
            }
            Assumptions.assumeTrue(installed && Files.isExecutable(chromium), reason);
        }
    }

    @Test
    void everyBrowserSpecPassesAgainstTheRunningSystem() throws IOException, InterruptedException {
        String url = TheSystem.get().apiUrl();
        Files.createDirectories(OUT);
        Path log = OUT.resolve("playwright.log");
        // not inheritIO: the fork's own stdout is Surefire's channel, a child writing to it corrupts it
        ProcessBuilder playwright = new ProcessBuilder("npx", "--no-install", "playwright", "test")
                .directory(WEB.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        playwright.environment().putAll(Map.of(
                "CAREERVAULT_URL", url,
                "CHROMIUM_PATH", chromium.toString(),
                "CAREERVAULT_E2E_OUT", OUT.toString(),
                "PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"));
        try (MailboxOverHttp mailbox = new MailboxOverHttp()) {
            playwright.environment().put("CAREERVAULT_MAILBOX_URL", mailbox.url());
            runAndCheck(playwright, log);
        }
    }

    private static void runAndCheck(ProcessBuilder playwright, Path log) throws IOException, InterruptedException {
        Process run = playwright.start();
        if (!run.waitFor(LIMIT.toMinutes(), TimeUnit.MINUTES)) {
            run.descendants().forEach(ProcessHandle::destroyForcibly);
            run.destroyForcibly();
            throw new AssertionError("the browser specs took longer than " + LIMIT);
        }
        System.out.println(Files.readString(log));
        JsonNode stats = JsonMapper.builder().build().readTree(OUT.resolve("report.json").toFile()).path("stats");
        assertThat(List.of(stats.path("unexpected").asInt(), stats.path("flaky").asInt(), stats.path("skipped").asInt()))
                .as("failed, flaky and skipped specs (details above and in %s)", OUT).containsExactly(0, 0, 0);
        assertThat(stats.path("expected").asInt()).as("passed specs").isPositive();
        assertThat(run.exitValue()).as("playwright test's exit status").isZero();
    }
}
