package com.careervault.notifier.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.careervault.contracts.events.EventEnvelope;
import com.careervault.contracts.events.UserEmailChanged;
import com.careervault.contracts.events.UserEmailVerificationRequested;
import com.careervault.contracts.events.UserEmailVerified;
import com.careervault.contracts.events.UserPasswordChanged;
import com.careervault.contracts.events.UserPasswordResetRequested;
import com.careervault.contracts.events.UserRegistered;
import com.careervault.contracts.events.UserSignUpAttempted;
import com.careervault.contracts.links.EmailLinks;
import com.careervault.contracts.links.EmailLinks.Link;
import com.careervault.contracts.links.EmailLinks.Purpose;
import com.careervault.notifier.mail.Email;
import com.careervault.notifier.mail.SmtpMailer;
import com.careervault.notifier.support.Events;
import com.careervault.notifier.support.NotifierDriver;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The account emails, driven through the real topology with a simulated wall clock. */
class AccountEmailTopologyTest {

    private static final Duration TICK = Duration.ofSeconds(30);
    private static final EmailLinks LINKS = new EmailLinks(NotifierDriver.LINK_SECRET);

    @RegisterExtension
    final NotifierDriver driver = new NotifierDriver();
    private final Events user = Events.forNewUser();

    @Test
    void anUnverifiedSignUpGetsOneVerificationLinkForItsAddress() {
        Instant registeredAt = driver.now();
        EventEnvelope registration = driver.send(user, user.unverified(" Jane@Example.com "));
        driver.advance(TICK);
        driver.send(registration); // redelivered: no second email
        driver.advance(Duration.ofDays(1));

        Email email = driver.mailer().sent().stream().filter(sent -> sent.to().equals("jane@example.com"))
                .findFirst().orElseThrow();
        assertThat(driver.mailer().sent()).containsExactly(email);
        assertThat(email.subject()).isEqualTo("Confirm your email address for CareerVault");
        assertThat(email.idHeader()).isEqualTo(SmtpMailer.ACCOUNT_EMAIL_ID_HEADER);
        assertThat(email.unsubscribeUrl()).as("not bulk mail").isNull();
        Link link = linkIn(email, "/verify-email?token=", Purpose.VERIFY_EMAIL, registeredAt);
        assertThat(link.userId()).isEqualTo(user.userId());
        assertThat(link.email()).isEqualTo("jane@example.com");
        assertThat(link.expiresAt()).isEqualTo(registeredAt.plus(NotifierDriver.VERIFY_EMAIL_LIFETIME));
        assertThat(email.text()).contains("Hi Jane", "jane@example.com", "Thursday 26 November 2026 at 09:00 UTC");
        assertThat(email.html()).contains("<strong>jane@example.com</strong>");
    }

    @Test
    void aLegacyRegistrationGetsNoVerificationLink() {
        driver.send(user, user.registered("jane@example.com"));
        driver.advance(Duration.ofDays(1));
        assertThat(driver.mailer().sent()).isEmpty();
    }

    @Test
    void anEmailChangeSendsTheLinkToTheNewAddressAndAResendOnlyForTheCurrentUnverifiedOne() {
        driver.send(user, user.registered("jane@example.com"));
        Instant changedAt = driver.now();
        driver.send(user, new UserEmailChanged(user.userId(), "Jane@New.Example", "jane@example.com"));
        driver.advance(TICK);
        assertThat(driver.mailer().sent()).singleElement().satisfies(email -> {
            assertThat(email.to()).isEqualTo("jane@new.example");
            Link link = linkIn(email, "/verify-email?token=", Purpose.VERIFY_EMAIL, changedAt);
            assertThat(link.email()).isEqualTo("jane@new.example");
        });

        driver.send(user, new UserEmailVerificationRequested(user.userId(), "jane@example.com")); // the old one
        driver.advance(TICK);
        assertThat(driver.mailer().sent()).hasSize(1);
        Instant resentAt = driver.now();
        driver.send(user, new UserEmailVerificationRequested(user.userId(), "jane@new.example"));
        driver.advance(TICK);
        assertThat(driver.mailer().sent()).hasSize(2);
        Email resent = driver.mailer().sent().get(1);
        assertThat(resent.to()).isEqualTo("jane@new.example");
        assertThat(linkIn(resent, "/verify-email?token=", Purpose.VERIFY_EMAIL, resentAt).expiresAt())
                .isEqualTo(resentAt.plus(NotifierDriver.VERIFY_EMAIL_LIFETIME));
        assertThat(resent.id()).isNotEqualTo(driver.mailer().sent().get(0).id());

        // once verified, a resend sends nothing
        driver.send(user, new UserEmailVerified(user.userId(), "jane@new.example"));
        driver.send(user, new UserEmailVerificationRequested(user.userId(), "jane@new.example"));
        driver.advance(TICK);
        assertThat(driver.mailer().sent()).hasSize(2);
    }

    @Test
    void aResetLinkGoesEvenToAnUnverifiedAddressWithTheResetIdAndAnHourToLive() {
        driver.send(user, user.unverified("jane@example.com"));
        driver.advance(TICK);
        String resetId = UUID.randomUUID().toString();
        Instant requestedAt = driver.now();
        driver.send(user, new UserPasswordResetRequested(user.userId(), "jane@example.com", resetId));
        driver.advance(TICK);

        assertThat(driver.mailer().sent()).hasSize(2);
        Email reset = driver.mailer().sent().get(1);
        assertThat(reset.to()).isEqualTo("jane@example.com");
        assertThat(reset.subject()).isEqualTo("Reset your CareerVault password");
        assertThat(reset.unsubscribeUrl()).isNull();
        Link link = linkIn(reset, "/reset-password?token=", Purpose.RESET_PASSWORD, requestedAt);
        assertThat(link.id()).isEqualTo(resetId);
        assertThat(link.email()).isEqualTo("jane@example.com");
        assertThat(link.userId()).isEqualTo(user.userId());
        assertThat(link.expiresAt()).isEqualTo(requestedAt.plus(NotifierDriver.RESET_PASSWORD_LIFETIME));
        String token = reset.text().substring(reset.text().indexOf("token=") + 6).split("\\s", 2)[0];
        assertThat(LINKS.verify(Purpose.VERIFY_EMAIL, token, requestedAt)).as("only for its purpose").isEmpty();
    }

    @Test
    void aMovedAccountIsAskedToSetAPasswordWithALongerLivedResetLink() {
        driver.send(user, user.unverified("ada@example.com"));
        driver.advance(TICK);
        String resetId = UUID.randomUUID().toString();
        Instant requestedAt = driver.now();
        driver.send(user, new UserPasswordResetRequested(user.userId(), "ada@example.com", resetId,
                UserPasswordResetRequested.MOVED_ACCOUNT));
        driver.advance(TICK);

        assertThat(driver.mailer().sent()).extracting(Email::subject).containsExactly(
                "Confirm your email address for CareerVault", "Your job applications have moved to CareerVault");
        Email welcome = driver.mailer().sent().get(1);
        assertThat(welcome.to()).isEqualTo("ada@example.com");
        Link link = linkIn(welcome, "/reset-password?token=", Purpose.RESET_PASSWORD, requestedAt);
        assertThat(link.id()).isEqualTo(resetId);
        assertThat(link.expiresAt()).isEqualTo(requestedAt.plus(NotifierDriver.SET_PASSWORD_LIFETIME));
    }

    @Test
    void thePasswordChangedNoticeGoesOnlyToAVerifiedAddress() {
        driver.send(user, user.unverified("jane@example.com"));
        driver.advance(TICK);
        driver.send(user, new UserPasswordChanged(user.userId(), UserPasswordChanged.CHANGED));
        driver.advance(TICK);
        assertThat(driver.mailer().sent()).extracting(Email::subject)
                .containsExactly("Confirm your email address for CareerVault");

        driver.send(user, new UserEmailVerified(user.userId(), "jane@example.com"));
        driver.send(user, new UserPasswordChanged(user.userId(), UserPasswordChanged.RESET));
        driver.advance(TICK);
        assertThat(driver.mailer().sent()).hasSize(2);
        Email notice = driver.mailer().sent().get(1);
        assertThat(notice.to()).isEqualTo("jane@example.com");
        assertThat(notice.subject()).isEqualTo("Your CareerVault password was changed");
        assertThat(notice.text()).contains("through a password reset link sent to this address");
        assertThat(notice.unsubscribeUrl()).isNull();
    }

    @Test
    void twentyRacingSignUpsWithAVerifiedAddressSendOneNoticeADay() {
        driver.send(user, user.registered("jane@example.com"));
        for (int i = 0; i < 20; i++) {
            driver.send(user, new UserSignUpAttempted(user.userId(), "jane@example.com"));
        }
        driver.advance(TICK);
        assertThat(driver.mailer().sent()).singleElement().satisfies(notice -> {
            assertThat(notice.to()).isEqualTo("jane@example.com");
            assertThat(notice.subject()).isEqualTo("Someone tried to sign up to CareerVault with your email address");
        });

        driver.advance(Duration.ofHours(23));
        driver.send(user, new UserSignUpAttempted(user.userId(), "jane@example.com"));
        driver.advance(TICK);
        assertThat(driver.mailer().sent()).hasSize(1);

        driver.advance(Duration.ofHours(1));
        driver.send(user, new UserSignUpAttempted(user.userId(), "jane@example.com"));
        driver.advance(TICK);
        assertThat(driver.mailer().sent()).hasSize(2);
    }

    @Test
    void noSignUpNoticeToAnUnverifiedAddress() {
        driver.send(user, user.unverified("jane@example.com"));
        driver.send(user, new UserSignUpAttempted(user.userId(), "jane@example.com"));
        driver.advance(Duration.ofDays(2));
        assertThat(driver.mailer().sent()).extracting(Email::subject)
                .containsExactly("Confirm your email address for CareerVault");
    }

    @Test
    void aRefusedSendIsRetriedWithBackoffUnderTheSameId() {
        driver.mailer().failNext(2);
        driver.send(user, user.unverified("jane@example.com"));
        driver.advance(TICK);
        assertThat(driver.mailer().attempts()).isEqualTo(1);
        driver.advance(TICK); // the retry after 30 s fails too; the next waits 60 s
        driver.advance(Duration.ofMinutes(2));
        driver.advance(Duration.ofMinutes(5));
        assertThat(driver.mailer().attempts()).isEqualTo(3);
        assertThat(driver.mailer().sent()).singleElement()
                .satisfies(email -> assertThat(email.to()).isEqualTo("jane@example.com"));
        driver.advance(Duration.ofDays(1));
        assertThat(driver.mailer().attempts()).isEqualTo(3);
    }

    @Test
    void theGivenNameIsEscapedInTheHtmlPart() {
        driver.send(user, new UserRegistered(user.userId(), "user-" + user.userId(), "jane@example.com",
                "<b>Jane</b>", null, false));
        driver.advance(TICK);
        assertThat(driver.mailer().sent()).singleElement().satisfies(email -> {
            assertThat(email.html()).contains("Hi &lt;b&gt;Jane&lt;/b&gt;,").doesNotContain("<b>Jane");
            assertThat(email.text()).contains("Hi <b>Jane</b>,");
        });
    }

    /** The link with that path in both parts, its token checked for {@code purpose} at {@code at}. */
    private static Link linkIn(Email email, String path, Purpose purpose, Instant at) {
        String prefix = NotifierDriver.PUBLIC_API_URL + path;
        int start = email.text().indexOf(prefix);
        assertThat(start).as("a link %s in %s", prefix, email.text()).isNotNegative();
        String url = email.text().substring(start).split("\\s", 2)[0];
        assertThat(email.html()).contains("href=\"" + url + "\"");
        return LINKS.verify(purpose, url.substring(prefix.length()), at).orElseThrow();
    }
}
