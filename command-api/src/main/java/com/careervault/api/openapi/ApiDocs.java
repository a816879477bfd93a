package com.careervault.api.openapi;

/**
 * Texts that several operations of the OpenAPI document share, as constants
 * so that annotations can use them.
 */
public final class ApiDocs {

    public static final String PREFER = "Prefer";
    public static final String PREFER_DESCRIPTION = "`wait=N` (RFC 7240; N in seconds, more than 5 counts as 5): "
            + "answer with the result once the read model shows it, instead of `202 Accepted` as soon as the events "
            + "are in the log. If that takes longer than N seconds the answer is still `202`.";
    public static final String PREFER_EXAMPLE = "wait=5";

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    public static final String IDEMPOTENCY_KEY_DESCRIPTION = "1 to 200 printable ASCII characters, unique per "
            + "create: a retry with the same key and the same body answers the first outcome and records nothing "
            + "new; the same key with another body is refused with 400.";

    public static final String LOCATION = "Location";
    public static final String PREFERENCE_APPLIED = "Preference-Applied";
    public static final String PREFERENCE_APPLIED_DESCRIPTION = "`wait` when the answer waited for the read model.";

    public static final String ETAG_DESCRIPTION = "The job's version (RFC 9110 entity tag); send it back as "
            + "`If-Match` to change the job only if nobody changed it since.";
    public static final String ETAG_EXAMPLE = "\"3-1542\"";
    public static final String IF_MATCH_DESCRIPTION = "The `ETag` the client last read (or `*`): the command is "
            + "refused with 412 if the job's version is no longer that.";

    public static final String JOB_PATCH_EXAMPLE = """
            {"status": "Interviewing", "notes": "Onsite next week", "salary_range": null}""";
    public static final String BULK_EXAMPLE = """
            {"action": "update_status", "status": "Offer", \
            "job_ids": ["0b7e6d7c-3f0e-4c8a-9d51-2f4b8f6a1c23", "9a1f4e2b-6c3d-4b8e-8f7a-1d2c3b4a5e6f"]}""";

    public static final String JOB_ID_DESCRIPTION = "The job's id (a UUID).";
    public static final String JOB_ID_EXAMPLE = "0b7e6d7c-3f0e-4c8a-9d51-2f4b8f6a1c23";
    public static final String JOB_URL_EXAMPLE = "/api/jobs/0b7e6d7c-3f0e-4c8a-9d51-2f4b8f6a1c23";

    /** The seed's job ("Create Job" in the seed's walk-through), as the example body of a create. */
    public static final String SEED_JOB = """
            {"company": "Google", "position": "Software Engineer", "status": "Applied", \
            "location": "Mountain View, CA", "salary_range": "$120k-$180k"}""";

    /** The seed's user ("User Registration"), as the example body of a sign-up. */
    public static final String SEED_SIGNUP = """
            {"username": "testuser", "email": "test@example.com", "password": "TestPass123!", \
            "given_name": "Test", "family_name": "User"}""";

    /** The seed's login ("User Login"). */
    public static final String SEED_LOGIN = """
            {"username": "testuser", "password": "TestPass123!"}""";

    private ApiDocs() {
    }
}
