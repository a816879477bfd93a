package com.careervault.notifier.users;

import static org.assertj.core.api.Assertions.assertThat;

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
}
