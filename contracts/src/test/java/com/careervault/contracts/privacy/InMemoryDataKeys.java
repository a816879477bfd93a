package com.careervault.contracts.privacy;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.security.GeneralSecurityException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Data keys in memory, for unit tests of the codec (the DynamoDB store is tested on dynalite elsewhere). */
public final class InMemoryDataKeys implements DataKeys {

    private final Map<String, Aead> keys = new ConcurrentHashMap<>();
    private final Set<String> deleted = ConcurrentHashMap.newKeySet();

    @Override
    public Aead keyFor(String userId) {
        if (deleted.contains(userId)) {
            throw new PersonalDataErasedException(userId);
        }
        return keys.computeIfAbsent(userId, id -> newKey());
    }

    @Override
    public Optional<Aead> existing(String userId) {
        return Optional.ofNullable(keys.get(userId));
    }

    @Override
    public boolean isCached(String userId) {
        return keys.containsKey(userId);
    }

    @Override
    public void delete(String userId) {
        deleted.add(userId);
        keys.remove(userId);
    }

    private static Aead newKey() {
        try {
            AeadConfig.register();
            return KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM)
                    .getPrimitive(RegistryConfiguration.get(), Aead.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
