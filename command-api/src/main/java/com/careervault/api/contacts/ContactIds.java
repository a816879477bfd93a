package com.careervault.api.contacts;

import com.careervault.api.jobs.JobIds;
import com.careervault.api.problems.InvalidRequestException;
import java.util.Locale;

/** Contact ids as they appear in paths: a UUID (the same form as job ids), compared in lower case. */
final class ContactIds {

    private ContactIds() {
    }

    /**
     * @throws InvalidRequestException (field {@code contact_id}) when the value is not a UUID
     */
    static String parse(String value) {
        if (value == null || !value.matches(JobIds.PATTERN)) {
            throw new InvalidRequestException("contact_id", "is not a contact id (a UUID)");
        }
        return value.toLowerCase(Locale.ROOT);
    }
}
