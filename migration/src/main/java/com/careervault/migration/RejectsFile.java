package com.careervault.migration;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The file of documents the migration did not take, one JSON object per line:
 * {@code {"collection": "jobs", "_id": "65a1…", "reason": "…", "rejected": true}}. Documents that were taken
 * but had fields CareerVault has no place for get a line with {@code "rejected": false} naming those fields.
 * Replaced on every run (a rerun reports every reject again).
 */
final class RejectsFile implements AutoCloseable {

    private final Path path;
    private final BufferedWriter writer;
    private final JsonMapper json = JsonMapper.builder().build();

    RejectsFile(Path path) {
        this.path = path.toAbsolutePath();
        try {
            if (this.path.getParent() != null) {
                Files.createDirectories(this.path.getParent());
            }
            this.writer = Files.newBufferedWriter(this.path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the rejects file " + this.path, e);
        }
    }

    Path path() {
        return path;
    }

    void rejected(String collection, String id, String reason) {
        line(collection, id, reason, true);
    }

    void notCarried(String collection, String id, String reason) {
        line(collection, id, reason, false);
    }

    private synchronized void line(String collection, String id, String reason, boolean rejected) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("collection", collection);
        line.put("_id", id);
        line.put("reason", reason);
        line.put("rejected", rejected);
        try {
            writer.write(json.writeValueAsString(line));
            writer.newLine();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the rejects file " + path, e);
        }
    }

    @Override
    public void close() {
        try {
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the rejects file " + path, e);
        }
    }
}
