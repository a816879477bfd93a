package com.careervault.api.support;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/** The document library's endpoints called as one signed-in account, for tests of what uses the library. */
public record LibraryApi(WebTestClient client, Accounts.Account account) {

    /** Uploads a new document's first version (201 expected) and answers the upload's body. */
    public JsonNode addDocument(String name, String kind, String fileName, byte[] bytes) {
        return upload(name, kind, null, fileName, bytes).expectStatus().isCreated().expectBody(JsonNode.class)
                .returnResult().getResponseBody();
    }

    /** Uploads a new version of {@code documentId} (201 expected) and answers the upload's body. */
    public JsonNode addVersion(String documentId, String fileName, byte[] bytes) {
        return upload(null, null, documentId, fileName, bytes).expectStatus().isCreated().expectBody(JsonNode.class)
                .returnResult().getResponseBody();
    }

    /** {@code POST /api/documents}, the file sent as application/octet-stream (the server never believes it). */
    public WebTestClient.ResponseSpec upload(String name, String kind, String documentId, String fileName,
            byte[] bytes) {
        MultipartBodyBuilder form = new MultipartBodyBuilder();
        form.part("file", bytes).filename(fileName).contentType(MediaType.APPLICATION_OCTET_STREAM);
        if (name != null) {
            form.part("name", name);
        }
        if (kind != null) {
            form.part("kind", kind);
        }
        if (documentId != null) {
            form.part("document_id", documentId);
        }
        return client.post().uri("/api/documents").header("Authorization", account.bearer())
                .contentType(MediaType.MULTIPART_FORM_DATA).bodyValue(form.build()).exchange();
    }

    /** A version's bytes as {@code GET /api/documents/{id}/versions/{n}/content} streams them (200 expected). */
    public byte[] download(String documentId, int version) {
        return client.get().uri("/api/documents/" + documentId + "/versions/" + version + "/content")
                .header("Authorization", account.bearer()).exchange().expectStatus().isOk()
                .expectBody(byte[].class).returnResult().getResponseBody();
    }

    /** SHA-256 of {@code bytes}, lowercase hex: a version's {@code sha256}. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
