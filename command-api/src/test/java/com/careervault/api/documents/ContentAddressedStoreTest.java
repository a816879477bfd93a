package com.careervault.api.documents;

import com.careervault.devstack.DevStack;
import com.careervault.devstack.DevStackExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/** The content-addressed store on the devstack's S3-API server (s3rver, or LocalStack with -Dcareervault.stack=testcontainers). */
@ExtendWith(DevStackExtension.class)
class ContentAddressedStoreTest extends ContentAddressedStoreContract {

    @Override
    String endpoint() {
        return DevStack.shared().s3Endpoint();
    }

    @Override
    String bucket() {
        return DevStack.shared().documentsBucket();
    }
}
