package com.careervault.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A server the devstack runs as a child process. Its stdin stays open as a
 * lifeline: each child exits when it reads end-of-file, so no child outlives
 * the JVM, however the JVM ends. Output goes to a log file.
 */
final class ChildProcess implements AutoCloseable {

    private final String name;
    private final ProcessBuilder builder;
    private final Path logFile;
    private Process process;

    ChildProcess(String name, List<String> command, Path workDir, Map<String, String> environment, Path logFile) {
        this.name = name;
        this.logFile = logFile;
        this.builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        this.builder.environment().putAll(environment);
    }

    synchronized void start() {
        if (isAlive()) {
            return;
        }
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name + " (" + builder.command().get(0) + ")", e);
        }
    }

    synchronized boolean isAlive() {
        return process != null && process.isAlive();
    }

    synchronized long pid() {
        return process.pid();
    }

    /** Waits until the child accepts TCP connections on the port, failing early if it dies. */
    void awaitPort(int port, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!isAlive()) {
                throw new IllegalStateException(name + " exited during start-up; last output:\n" + logTail());
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                pause(Duration.ofMillis(50));
            }
        }
        throw new IllegalStateException(name + " did not open port " + port + " within " + timeout
                + "; last output:\n" + logTail());
    }

    /** Runs the command to completion, for one-shot tools; fails with its output if it fails. */
    void runToCompletion(Duration timeout) {
        start();
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException(name + " failed; output:\n" + logTail());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + name, e);
        }
    }

    /** Stops the child (SIGTERM, then SIGKILL after a grace period) and waits for it to be gone. */
    synchronized void stop() {
        if (process == null) {
            return;
        }
        resume();
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    /** Freezes the child (SIGSTOP): its port stays open but nothing answers, like a hung server. */
    synchronized void suspend() {
        signal("STOP");
    }

    /** Unfreezes a suspended child (SIGCONT). */
    synchronized void resume() {
        signal("CONT");
    }

    private void signal(String signal) {
        if (!isAlive()) {
            return;
        }
        try {
            new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).inheritIO().start().waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    String logTail() {
        try {
            List<String> lines = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    @Override
    public void close() {
        stop();
    }
}
