package com.careervault.api.contacts;

import com.careervault.contracts.contacts.ContactLimits;
import com.careervault.contracts.identity.AccountFieldRules;
import com.careervault.contracts.jobs.JobFieldLimits;
import java.util.List;

/**
 * A contact's details as a client sets them, validated and trimmed (blank is absent); {@code jobIds} in lower
 * case, each once. The limits are {@link ContactLimits}; an email must look like one ({@link AccountFieldRules}),
 * a profile URL be an absolute http(s) URL (as a job's {@code url}).
 */
record ContactFields(String name, String role, String company, String email, String phone, String profileUrl,
        String notes, List<String> jobIds) {

    static final int NAME_MAX = ContactLimits.NAME_MAX;
    static final int ROLE_MAX = ContactLimits.ROLE_MAX;
    static final int COMPANY_MAX = ContactLimits.COMPANY_MAX;
    static final int EMAIL_MAX = ContactLimits.EMAIL_MAX;
    static final int PHONE_MAX = ContactLimits.PHONE_MAX;
    static final int PROFILE_URL_MAX = ContactLimits.PROFILE_URL_MAX;
    static final int NOTES_MAX = ContactLimits.NOTES_MAX;
    static final int JOBS_MAX = ContactLimits.JOBS_MAX;
    static final String EMAIL = AccountFieldRules.EMAIL;
    static final String EMAIL_MESSAGE = AccountFieldRules.EMAIL_MESSAGE;
    static final String HTTP_URL = JobFieldLimits.HTTP_URL;
    static final String HTTP_URL_MESSAGE = JobFieldLimits.HTTP_URL_MESSAGE;
    static final String JOB_ID_MESSAGE = "must be a job id (a UUID)";

    ContactFields {
        jobIds = jobIds == null ? List.of()
                : jobIds.stream().map(id -> id.toLowerCase(java.util.Locale.ROOT)).distinct().toList();
    }
}
