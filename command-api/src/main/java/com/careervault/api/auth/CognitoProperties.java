package com.careervault.api.auth;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The Cognito user pool the API signs users into and trusts tokens from.
 * {@code issuerUri} and {@code jwkSetUri} default to AWS's URLs for the pool;
 * {@code trustLocalIssuer} lets the devstack profile accept cognito-local's
 * plain-http issuer, which must never be trusted anywhere else.
 * {@code globalSignOut} (default true) makes "log out everywhere" also call
 * AdminUserGlobalSignOut, which cognito-local lacks (the devstack profile turns it off).
 */
@ConfigurationProperties("careervault.cognito")
public record CognitoProperties(String endpoint, String userPoolId, String clientId, String clientSecret,
        String issuerUri, String jwkSetUri, Duration clockSkew, Duration callTimeout, boolean trustLocalIssuer,
        Boolean globalSignOut) {

    public CognitoProperties {
        clockSkew = clockSkew == null ? Duration.ofSeconds(30) : clockSkew;
        callTimeout = callTimeout == null ? Duration.ofSeconds(5) : callTimeout;
        globalSignOut = globalSignOut == null || globalSignOut;
    }

    public boolean hasClientSecret() {
        return clientSecret != null && !clientSecret.isBlank();
    }

    /** The issuer to pin: configured, or AWS's for the pool in the given region. */
    public String issuer(String region) {
        return issuerUri != null && !issuerUri.isBlank() ? issuerUri
                : "https://cognito-idp." + region + ".amazonaws.com/" + userPoolId;
    }

    public String jwkSet(String region) {
        return jwkSetUri != null && !jwkSetUri.isBlank() ? jwkSetUri : issuer(region) + "/.well-known/jwks.json";
    }
}
