package com.careervault.devstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Finds the devstack's Node programs (installed by {@code npm ci} in the build) and builds their commands. */
final class NodePrograms {

    /** Overrides where the devstack module lives; the Maven build sets it for every module's tests. */
    static final String DIR_PROPERTY = "careervault.devstack.dir";

    private final Path devstackDir;

    private NodePrograms(Path devstackDir) {
        this.devstackDir = devstackDir;
    }

    static NodePrograms locate() {
        String configured = System.getProperty(DIR_PROPERTY, System.getenv("CAREERVAULT_DEVSTACK_DIR"));
        if (configured != null && !configured.isBlank()) {
            return new NodePrograms(check(Path.of(configured).toAbsolutePath()));
        }
        // Run from the repository (or one of its modules): look upwards for the devstack module.
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("devstack/package.json"))) {
                return new NodePrograms(check(dir.resolve("devstack")));
            }
            if (Files.isRegularFile(dir.resolve("package.json")) && dir.getFileName().toString().equals("devstack")) {
                return new NodePrograms(check(dir));
            }
        }
        throw new IllegalStateException("cannot find the devstack module; set -D" + DIR_PROPERTY + "=<path>");
    }

    private static Path check(Path dir) {
        if (!Files.isDirectory(dir.resolve("node_modules/dynalite"))
                || !Files.isDirectory(dir.resolve("node_modules/cognito-local"))
                || !Files.isDirectory(dir.resolve("node_modules/s3rver"))) {
            throw new IllegalStateException(dir + "/node_modules lacks dynalite, cognito-local or s3rver: run "
                    + "'mvn -pl devstack generate-resources' (it runs npm ci)");
        }
        return dir;
    }

    /** {@code node with-parent.js <program> args...}: the program ends when this JVM does. */
    List<String> command(String program, String... args) {
        List<String> command = new ArrayList<>(List.of(nodeExecutable(),
                devstackDir.resolve("node/with-parent.js").toString(),
                devstackDir.resolve("node_modules").resolve(program).toString()));
        command.addAll(List.of(args));
        return command;
    }

    /** {@code node with-parent.js node/<script> args...}: one of the devstack's own launch scripts. */
    List<String> script(String script, String... args) {
        List<String> command = new ArrayList<>(List.of(nodeExecutable(),
                devstackDir.resolve("node/with-parent.js").toString(),
                devstackDir.resolve("node").resolve(script).toString()));
        command.addAll(List.of(args));
        return command;
    }

    private static String nodeExecutable() {
        String node = System.getenv("NODE");
        return node == null || node.isBlank() ? "node" : node;
    }
}
