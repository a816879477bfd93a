package com.careervault.devstack;

import java.nio.file.Files;
import java.util.stream.Collectors;

/** Started by {@link ChildrenDieWithTheirJvmTest} in a JVM of its own: starts a stack, reports its children, waits. */
public final class StackInAChildJvm {

    private StackInAChildJvm() {
    }

    public static void main(String[] args) throws Exception {
        DevStack.start(DevStackOptions.forTests(Files.createTempDirectory("careervault-orphan-check")));
        String pids = ProcessHandle.current().children()
                .map(child -> Long.toString(child.pid()))
                .collect(Collectors.joining(","));
        System.out.println("CHILDREN " + pids);
        System.out.flush();
        Thread.currentThread().join();
    }
}
