package com.careervault.api.auth;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How sign-up and email change treat a reservation another request holds but has not completed.
 *
 * @param staleAfter a reservation without an account this old belongs to a sign-up that died; it may be
 *        taken over (env {@code EMAIL_RESERVATION_STALE_AFTER}, default 5 minutes)
 * @param waitForOwner how long a request waits for a fresh, uncompleted reservation to be completed or
 *        released before it answers as if the address were taken (default 3 seconds)
 * @param pollInterval how often it looks meanwhile (default 150 ms)
 */
@ConfigurationProperties("careervault.email-reservations")
public record EmailReservationProperties(@DefaultValue("5m") Duration staleAfter,
        @DefaultValue("3s") Duration waitForOwner, @DefaultValue("150ms") Duration pollInterval) {
}
