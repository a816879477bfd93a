package com.careervault.contracts.events;

/** Events about a user account; their CloudEvents {@code subject} is absent. */
public sealed interface UserEvent extends CareerVaultEvent permits UserRegistered, UserPreferencesChanged,
        UserEmailVerificationRequested, UserEmailVerified, UserEmailChanged, UserPasswordResetRequested,
        UserPasswordChanged, UserSignUpAttempted, UserDeleted, ReminderSent, UserResumeChanged, DocumentVersionAdded, ContactDetails,
        ContactRemoved, ContactContacted {
}
