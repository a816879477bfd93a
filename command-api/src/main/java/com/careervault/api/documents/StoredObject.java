package com.careervault.api.documents;

/**
 * An object of the content-addressed store.
 *
 * @param key the S3 key, {@code <prefix>/<userId>/<sha256>}
 * @param sha256 the SHA-256 of the bytes, 64 lowercase hex digits
 * @param size the number of bytes
 * @param created true when this call stored it, false when the same bytes were already stored (nothing
 *        written)
 */
public record StoredObject(String key, String sha256, long size, boolean created) {
}
