package com.careervault.notifier.users;

import static org.assertj.core.api.Assertions.assertThat;

import com.careervault.contracts.events.ReminderPreferences;
import com.careervault.contracts.events.UserEmailChanged;
import com.careervault.contracts.events.UserEmailVerified;
import com.careervault.contracts.events.UserRegistered;
import org.junit.jupiter.api.Test;

class UserContactTest {

    @Test
    void remindersGoToTheCanonicalAddressWhateverSpellingTheEventCarries() {
        UserContact contact = UserContact.registered(null,
                new UserRegistered("u-1", "jdoe", " Testy.Fake@Example.com ", "Jane", "Doe"));

        assertThat(contact.email()).isEqualTo("testy.fake@example.com");
        assertThat(contact.givenName()).isEqualTo("Jane");
    }

    @Test
    void verificationStateFollowsRegistrationVerificationAndEmailChange() {
        UserContact legacy = UserContact.registered(null, new UserRegistered("u-1", "jdoe", "a@example.com", "Jane", null));
        assertThat(legacy.verified()).as("registered before verification existed").isTrue();
        assertThat(new UserContact("a@example.com", null, null, null).verified()).as("stored before it").isTrue();

        UserContact fresh = UserContact.registered(null,
                new UserRegistered("u-1", "jdoe", "a@example.com", "Jane", null, false));
        assertThat(fresh).isEqualTo(new UserContact("a@example.com", "Jane", null, false));
        assertThat(UserContact.emailVerified(fresh, new UserEmailVerified("u-1", "b@example.com"))).isEqualTo(fresh);
        UserContact verified = UserContact.emailVerified(fresh, new UserEmailVerified("u-1", "A@Example.com"));
        assertThat(verified).isEqualTo(new UserContact("a@example.com", "Jane", null, true));

        UserContact changed = UserContact.emailChanged(verified,
                new UserEmailChanged("u-1", " B@Example.com", "a@example.com"));
        assertThat(changed).isEqualTo(new UserContact("b@example.com", "Jane", null, false));
        // a registration delivered again undoes neither the change nor a verification
        assertThat(UserContact.registered(changed, new UserRegistered("u-1", "jdoe", "a@example.com", "Jane", null,
                false))).isEqualTo(changed);
        assertThat(UserContact.emailVerified(null, new UserEmailVerified("u-1", "b@example.com"))).isNull();
        ReminderPreferences preferences = ReminderPreferences.defaults();
        assertThat(UserContact.emailChanged(new UserContact(null, null, preferences, null),
                new UserEmailChanged("u-1", "c@example.com", null)))
                .isEqualTo(new UserContact("c@example.com", null, preferences, false));
    }
}
