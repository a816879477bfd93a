package com.careervault.api.documents;

/** No object under the user's prefix has this hash (never stored, or deleted with the account). */
public class StoredObjectNotFoundException extends RuntimeException {

    public StoredObjectNotFoundException(String key) {
        super("No stored object " + key);
    }
}
