package com.careervault.api.security;

import com.careervault.api.auth.CognitoProperties;
import com.careervault.api.aws.AwsProperties;
import java.util.regex.Pattern;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * Verifies Cognito access tokens: RS256 against the pool's JWKS, issuer pinned
 * to the pool, expiry with a small skew, {@code token_use=access} and our
 * {@code client_id}. Cognito access tokens carry no {@code aud}, so no audience is checked.
 */
public final class CognitoAccessTokens {

    private static final Pattern AWS_ISSUER =
            Pattern.compile("^https://cognito-idp\\.[a-z0-9-]+\\.amazonaws\\.com/[a-z0-9-]+_[0-9A-Za-z]+$");

    private CognitoAccessTokens() {
    }

    public static ReactiveJwtDecoder decoder(CognitoProperties cognito, AwsProperties aws) {
        String issuer = cognito.issuer(aws.region());
        requireTrustworthyIssuer(issuer, cognito.trustLocalIssuer());
        if (cognito.clientId() == null || cognito.clientId().isBlank()) {
            throw new IllegalStateException("careervault.cognito.client-id (COGNITO_CLIENT_ID) must be set");
        }
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(cognito.jwkSet(aws.region()))
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .build();
        decoder.setJwtValidator(validator(issuer, cognito));
        return decoder;
    }

    static OAuth2TokenValidator<Jwt> validator(String issuer, CognitoProperties cognito) {
        return new DelegatingOAuth2TokenValidator<>(
                new JwtTimestampValidator(cognito.clockSkew()),
                new JwtClaimValidator<Object>(JwtClaimNames.EXP, exp -> exp != null),
                new JwtIssuerValidator(issuer),
                new JwtClaimValidator<String>("token_use", "access"::equals),
                new JwtClaimValidator<String>("client_id", cognito.clientId()::equals),
                new JwtClaimValidator<String>(JwtClaimNames.SUB, sub -> sub != null && !sub.isBlank()));
    }

    /**
     * Outside the devstack only an AWS Cognito issuer is acceptable: cognito-local's
     * signing key is public, so trusting its tokens anywhere real would let anyone in.
     */
    static void requireTrustworthyIssuer(String issuer, boolean trustLocalIssuer) {
        if (!trustLocalIssuer && (issuer == null || !AWS_ISSUER.matcher(issuer).matches())) {
            throw new IllegalStateException("refusing to start: token issuer '" + issuer + "' is not an "
                    + "https://cognito-idp.<region>.amazonaws.com/<poolId> URL (only the devstack profile may "
                    + "trust a local issuer)");
        }
    }
}
