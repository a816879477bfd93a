package com.careervault.api.problems;

/** 413: a body larger than the operation's own limit (read as it arrives, not buffered first). */
public class ContentTooLargeException extends RuntimeException {

    private final long maxBytes;

    public ContentTooLargeException(String message, long maxBytes) {
        super(message);
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }
}
