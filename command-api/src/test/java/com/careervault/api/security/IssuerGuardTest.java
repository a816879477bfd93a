package com.careervault.api.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.careervault.api.CommandApiApplication;
import org.junit.jupiter.api.Test;

/** Outside the devstack profile only an AWS Cognito issuer is trusted: cognito-local's key is public. */
class IssuerGuardTest {

    @Test
    void apiRefusesToStartWithALocalIssuerOutsideTheDevstackProfile() {
        assertThatThrownBy(() -> CommandApiApplication.application()
                .run("--server.port=0",
                        "--careervault.cognito.user-pool-id=local_abc",
                        "--careervault.cognito.client-id=client",
                        "--careervault.cognito.issuer-uri=http://127.0.0.1:9229/local_abc",
                        "--careervault.reminders.link-secret=a-link-secret-of-32-bytes-or-more-in-utf8",
                        "--careervault.cursors.secret=a-cursor-secret-of-sufficient-length",
                        // every other required secret is given, so that the issuer is what it refuses
                        "--careervault.data-keys.master-key=ZGV2c3RhY2sta2V5LU5PVC1GT1ItUFJPRFVDVElPTiE=")
                .close())
                .hasRootCauseMessage("refusing to start: token issuer 'http://127.0.0.1:9229/local_abc' is not an "
                        + "https://cognito-idp.<region>.amazonaws.com/<poolId> URL (only the devstack profile may "
                        + "trust a local issuer)");
    }

    @Test
    void awsIssuersAreAcceptedAndOthersAreNot() {
        assertThatCode(() -> CognitoAccessTokens.requireTrustworthyIssuer(
                "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbC123", false)).doesNotThrowAnyException();
        assertThatThrownBy(() -> CognitoAccessTokens.requireTrustworthyIssuer(
                "https://cognito-idp.eu-west-1.amazonaws.com.evil.example/eu-west-1_AbC123", false))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> CognitoAccessTokens.requireTrustworthyIssuer(
                "http://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbC123", false))
                .isInstanceOf(IllegalStateException.class);
        assertThatCode(() -> CognitoAccessTokens.requireTrustworthyIssuer("http://127.0.0.1:9229/local_x", true))
                .doesNotThrowAnyException();
    }
}
