package com.careervault.api.ratelimits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

/** Which requests count against which per-address bucket, and the settings' rules; no server needed. */
class ClientAddressesTest {

    @Test
    void anIpv4ClientIsItsAddressAnIpv6ClientItsSlash64() {
        assertThat(address(new InetSocketAddress("203.0.113.7", 50_000))).isEqualTo("203.0.113.7");
        assertThat(address(new InetSocketAddress("2001:db8:1:2:aaaa:bbbb:cccc:dddd", 50_000)))
                .isEqualTo("2001:db8:1:2:0:0:0:0/64");
        assertThat(address(new InetSocketAddress("2001:db8:1:2::1", 1))).isEqualTo("2001:db8:1:2:0:0:0:0/64");
        assertThat(address(null)).isEqualTo("unknown");
    }

    @Test
    void onlyThePostsOfThePublicSignInAndEmailRoutesAreLimited() {
        assertThat(AddressLimitedRoutes.of(HttpMethod.POST, "/auth/signup")).contains(AddressLimitedRoutes.SIGNUP);
        assertThat(AddressLimitedRoutes.of(HttpMethod.POST, "/auth/login")).contains(AddressLimitedRoutes.LOGIN);
        assertThat(AddressLimitedRoutes.of(HttpMethod.POST, "/auth/refresh")).contains(AddressLimitedRoutes.REFRESH);
        assertThat(AddressLimitedRoutes.of(HttpMethod.POST, "/auth/forgot-password"))
                .contains(AddressLimitedRoutes.PASSWORD_RESET);
        assertThat(AddressLimitedRoutes.of(HttpMethod.POST, "/auth/reset-password"))
                .contains(AddressLimitedRoutes.PASSWORD_RESET);
        assertThat(AddressLimitedRoutes.of(HttpMethod.POST, "/auth/verify-email"))
                .contains(AddressLimitedRoutes.EMAIL_LINKS);
        assertThat(AddressLimitedRoutes.of(HttpMethod.POST, "/unsubscribe")).contains(AddressLimitedRoutes.EMAIL_LINKS);
        // a GET of the email link is the web app's page; signed-in routes have per-account limits
        assertThat(AddressLimitedRoutes.of(HttpMethod.GET, "/unsubscribe")).isEmpty();
        assertThat(AddressLimitedRoutes.of(HttpMethod.POST, "/auth/verify-email/resend")).isEmpty();
        assertThat(AddressLimitedRoutes.of(HttpMethod.POST, "/auth/logout")).isEmpty();
        assertThat(AddressLimitedRoutes.of(HttpMethod.POST, "/api/jobs")).isEmpty();
    }

    @Test
    void unsetSettingsTakeTheirDefaultsAndNonsenseIsRefused() {
        RateLimitProperties defaults = RateLimitProperties.defaults();
        assertThat(defaults.failedSignIns()).isEqualTo(new RateLimitProperties.Limit(5, Duration.ofMinutes(15)));
        assertThat(defaults.verificationResends()).isEqualTo(new RateLimitProperties.Limit(3, Duration.ofMinutes(15)));
        assertThat(defaults.passwordResets()).isEqualTo(new RateLimitProperties.Limit(3, Duration.ofHours(1)));
        assertThat(defaults.perAddress().login()).isEqualTo(new RateLimitProperties.Limit(600, Duration.ofMinutes(1)));
        RateLimitProperties partly = new RateLimitProperties(new RateLimitProperties.Limit(10, null), null, null,
                new RateLimitProperties.PerAddress(null, null, new RateLimitProperties.Limit(2, null), null, null));
        assertThat(partly.failedSignIns()).isEqualTo(new RateLimitProperties.Limit(10, Duration.ofMinutes(15)));
        assertThat(partly.perAddress().refresh()).isEqualTo(new RateLimitProperties.Limit(2, Duration.ofMinutes(1)));
        assertThat(partly.perAddress().signup().limit()).isEqualTo(600);

        assertThatThrownBy(() -> new RateLimitProperties.Limit(0, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateLimitProperties.Limit(5, Duration.ofMillis(500)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void retryAfterIsWholeSecondsRoundedUpAndAtLeastOne() {
        assertThat(RateLimitedException.seconds(Duration.ofSeconds(900))).isEqualTo(900);
        assertThat(RateLimitedException.seconds(Duration.ofMillis(899_001))).isEqualTo(900);
        assertThat(RateLimitedException.seconds(Duration.ofNanos(1))).isEqualTo(1);
        assertThat(RateLimitedException.seconds(Duration.ZERO)).isEqualTo(1);
    }

    private static String address(InetSocketAddress remote) {
        MockServerHttpRequest.BaseBuilder<?> request = MockServerHttpRequest.post("/auth/login");
        if (remote != null) {
            request.remoteAddress(remote);
        }
        return ClientAddressRateLimitFilter.clientAddress(MockServerWebExchange.from(request));
    }
}
