package com.careervault.system;

import com.careervault.devstack.DevStack;

/**
 * What the run command prints: the web app's address first, where everything is, and a curl session to
 * paste, with the seed's own bodies ({@code shared/seed}, "Testing the
 * Implementation"): its user and its job, exactly.
 */
final class Walkthrough {

    static final String SEED_SIGNUP = "{\"username\":\"testuser\",\"email\":\"test@example.com\","
            + "\"password\":\"TestPass123!\",\"given_name\":\"Test\",\"family_name\":\"User\"}";
    static final String SEED_LOGIN = "{\"username\":\"testuser\",\"password\":\"TestPass123!\"}";
    static final String SEED_JOB = "{\"company\":\"Google\",\"position\":\"Software Engineer\","
            + "\"status\":\"Applied\",\"location\":\"Mountain View, CA\",\"salary_range\":\"$120k-$180k\"}";

    private Walkthrough() {
    }

    static String text(String api, DevStack stack, java.nio.file.Path mailFolder) {
        return """

                ========================================================================
                 CareerVault is running: open %1$s/ in your browser.
                 Ctrl-C stops everything.
                ========================================================================
                 Web app          %1$s/
                 API              %1$s/api   (OpenAPI UI: %1$s/swagger-ui.html)
                 Health           %1$s/health
                 Kafka            %2$s
                 DynamoDB API     %3$s   (dynalite)
                 S3 API           %13$s   (s3rver, bucket %14$s)
                 Cognito API      %4$s   (cognito-local, pool %5$s)
                 SMTP             %6$s:%7$d   (GreenMail in this JVM)
                 Emails           %9$s/*.eml   (open with any mail program; each is
                                  also announced below with its links: open the
                                  verify-email link to get reminders)
                 Data directory   %8$s   (CAREERVAULT_FRESH=true wipes it)

                 Or try the API from a shell:

                 curl -s %1$s/health

                 curl -s -X POST %1$s/auth/signup -H 'Content-Type: application/json' \\
                   -d '%10$s'

                 TOKEN=$(curl -s -X POST %1$s/auth/login -H 'Content-Type: application/json' \\
                   -d '%11$s' | sed -E 's/.*"access_token":"([^"]+)".*/\\1/')

                 curl -s -X POST %1$s/api/jobs -H "Authorization: Bearer $TOKEN" \\
                   -H 'Content-Type: application/json' -H 'Prefer: wait=5' \\
                   -d '%12$s'

                 curl -s %1$s/api/jobs -H "Authorization: Bearer $TOKEN"
                 curl -s %1$s/api/jobs/stats -H "Authorization: Bearer $TOKEN"
                 curl -s -X POST %1$s/auth/logout-all -H "Authorization: Bearer $TOKEN"   # log out everywhere
                ========================================================================
                """.formatted(api, stack.kafkaBootstrapServers(), stack.dynamoDbEndpoint(),
                stack.cognito().endpoint(), stack.cognito().userPoolId(), stack.mailbox().smtpHost(),
                stack.mailbox().smtpPort(), stack.dataDir(), mailFolder, SEED_SIGNUP, SEED_LOGIN, SEED_JOB,
                stack.s3Endpoint(), stack.documentsBucket());
    }
}
