package com.careervault.contracts.enrichment;

import com.careervault.contracts.identity.NameBasedUuid;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * The hashes that say what an enrichment was computed from, shared by the command API (the resume's hash in
 * {@code UserResumeChanged}), the enricher (event ids) and the projector (is the result still current?).
 */
public final class EnrichmentInputs {

    private static final UUID NAMESPACE = UUID.fromString("8c2f6d1a-4b3e-4f7a-9e21-5d0c7b9a3e14");

    private EnrichmentInputs() {
    }

    /** Lowercase hex SHA-256 of {@code text}'s UTF-8 bytes: the hash of a posting or a resume, as stored. */
    public static String hash(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** The hash of one enrichment's inputs; {@code resumeHash} null when the user has no resume. */
    public static String inputHash(String descriptionHash, String resumeHash) {
        return hash(descriptionHash + ":" + (resumeHash == null ? "no-resume" : resumeHash));
    }

    /** The id of the {@code JobEnriched} event for these inputs: a version 5 UUID (RFC 9562 §5.5). */
    public static String eventId(String jobId, String inputHash, String provider) {
        return NameBasedUuid.v5(NAMESPACE, jobId + "/" + inputHash + "/" + provider).toString();
    }
}
