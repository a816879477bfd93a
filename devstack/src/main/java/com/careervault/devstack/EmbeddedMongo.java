package com.careervault.devstack;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;

/**
 * A MongoDB wire-protocol server in this JVM (mongo-java-server, in-memory backend), standing in for the
 * old system's MongoDB in the migration's tests: the official driver talks to it over a real loopback
 * socket. Data lives as long as the server; each test uses a database of its own. Not a full MongoDB
 * (no transactions, no auth): enough for the reads the migration makes ({@code find} with a cursor).
 */
public final class EmbeddedMongo implements AutoCloseable {

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final InetSocketAddress address;

    private EmbeddedMongo() {
        server.bind("127.0.0.1", 0);
        this.address = server.getLocalAddress();
    }

    /** Starts a server on a free loopback port. */
    public static EmbeddedMongo start() {
        return new EmbeddedMongo();
    }

    /** The connection string of the server, e.g. {@code mongodb://127.0.0.1:54321}. */
    public String connectionString() {
        return "mongodb://127.0.0.1:" + address.getPort();
    }

    @Override
    public void close() {
        server.shutdownNow();
    }
}
