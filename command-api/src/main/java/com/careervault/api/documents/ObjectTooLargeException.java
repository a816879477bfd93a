package com.careervault.api.documents;

/** An upload passed the size limit; nothing of it was stored. The documents API answers 413. */
public class ObjectTooLargeException extends RuntimeException {

    private final long limitBytes;

    public ObjectTooLargeException(long limitBytes) {
        super("The file is larger than " + limitBytes + " bytes");
        this.limitBytes = limitBytes;
    }

    /** The limit that was passed, in bytes. */
    public long limitBytes() {
        return limitBytes;
    }
}
