package com.careervault.system;

import com.careervault.devstack.DevStack;
import com.careervault.devstack.DevStackOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

/**
 * The whole of CareerVault in one command: the devstack and the three
 * services, with the API on http://localhost:8000. Data is kept under
 * {@code .data/} ({@code CAREERVAULT_DATA_DIR}); {@code --fresh} (or
 * {@code CAREERVAULT_FRESH=true}) starts from empty. Ctrl-C stops everything.
 */
public final class CareerVault {

    private CareerVault() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path dataDir = Path.of(System.getenv().getOrDefault("CAREERVAULT_DATA_DIR", ".data")).toAbsolutePath();
        boolean fresh = List.of(args).contains("--fresh")
                || Boolean.parseBoolean(System.getenv().getOrDefault("CAREERVAULT_FRESH", "false"));
        if (fresh) {
            deleteRecursively(dataDir);
        }
        int apiPort = Integer.parseInt(System.getenv().getOrDefault("PORT", "8000"));
        DevStack stack = DevStack.start(DevStackOptions.interactive(dataDir));
        RunningSystem system;
        try {
            system = RunningSystem.start(stack, apiPort,
                    Map.of("careervault.notifier.state-dir", dataDir.resolve("notifier-state").toString()));
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
        MailFolder mail;
        try {
            mail = new MailFolder(stack.mailbox(), dataDir.resolve("mail"));
        } catch (IOException e) {
            system.close();
            stack.close();
            throw new UncheckedIOException(e);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            mail.close();
            system.close();
            stack.close();
            stopped.countDown();
        }, "careervault-stop"));
        // Started by Maven (exec:exec): if Maven goes away without passing on a signal, so do we.
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> System.exit(0)));
        System.out.println(Walkthrough.text(system.apiUrl(), stack, mail.folder()));
        stopped.await();
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
