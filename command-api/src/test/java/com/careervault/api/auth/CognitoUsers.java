package com.careervault.api.auth;

import com.careervault.devstack.DevStack;
import java.util.List;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserType;

/** What the devstack's user pool holds, read straight from cognito-local: for tests. */
final class CognitoUsers {

    private CognitoUsers() {
    }

    /** The usernames of every user whose email attribute is {@code email} (exactly as stored). */
    static List<String> withEmail(String email) {
        var cognito = DevStack.shared().cognito();
        return cognito.client().listUsers(r -> r.userPoolId(cognito.userPoolId())
                        .filter("email = \"" + email + "\""))
                .users().stream().map(UserType::username).toList();
    }
}
