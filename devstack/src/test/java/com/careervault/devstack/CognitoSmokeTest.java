package com.careervault.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;

@ExtendWith(DevStackExtension.class)
class CognitoSmokeTest {

    @Test
    void userCreatedThroughTheSdkLogsInWithAnAccessTokenSignedByThePoolsJwks(DevStack stack) {
        CognitoLocal cognito = stack.cognito();
        String username = "smoke" + UUID.randomUUID().toString().substring(0, 8);
        AuthenticationResultType tokens;
        try (CognitoIdentityProviderClient client = cognito.client()) {
            client.adminCreateUser(r -> r.userPoolId(cognito.userPoolId()).username(username)
                    .messageAction(MessageActionType.SUPPRESS)
                    .userAttributes(a -> a.name("email").value(username + "@example.com")));
            client.adminSetUserPassword(r -> r.userPoolId(cognito.userPoolId()).username(username)
                    .password("Sm0ke-Test!").permanent(true));
            tokens = client.adminInitiateAuth(r -> r.userPoolId(cognito.userPoolId()).clientId(cognito.clientId())
                    .authFlow(AuthFlowType.ADMIN_USER_PASSWORD_AUTH)
                    .authParameters(Map.of("USERNAME", username, "PASSWORD", "Sm0ke-Test!")))
                    .authenticationResult();
        }

        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(cognito.jwkSetUri()).build();
        Jwt access = decoder.decode(tokens.accessToken());

        assertThat(access.getHeaders()).containsEntry("alg", "RS256");
        assertThat(access.getIssuer().toString()).isEqualTo(cognito.issuer());
        assertThat(access.getClaimAsString("token_use")).isEqualTo("access");
        assertThat(access.getClaimAsString("client_id")).isEqualTo(cognito.clientId());
        assertThat(access.getSubject()).isNotBlank();
        assertThat(access.getExpiresAt()).isAfter(access.getIssuedAt());

        String[] parts = tokens.accessToken().split("\\.");
        String forgedPayload = Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(Base64.getUrlDecoder().decode(parts[1])).replace(access.getSubject(), "someone-else")
                        .getBytes());
        assertThatThrownBy(() -> decoder.decode(parts[0] + "." + forgedPayload + "." + parts[2]))
                .isInstanceOf(JwtException.class);
    }
}
