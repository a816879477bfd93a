package com.careervault.devstack;

/** The class path of this JVM, to start child JVMs (the Kafka broker) from the same jars. */
final class ClassPath {

    private ClassPath() {
    }

    static String current() {
        // Surefire may hide the real class path behind a manifest-only jar; it publishes the real one here.
        String surefire = System.getProperty("surefire.test.class.path");
        if (surefire != null && !surefire.isBlank()) {
            return surefire;
        }
        return System.getProperty("java.class.path");
    }
}
