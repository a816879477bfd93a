import { describe, expect, it } from 'vitest';
import { MemoryStorage } from './memoryStorage';
import { TOKEN_KEYS, TokenStore } from './tokens';
import { jwtClaims, jwtExpiresAt } from './jwt';
import { jwt } from '../api/testing';

describe('TokenStore', () => {
  it('keeps the tokens under the seed client names', () => {
    const storage = new MemoryStorage();
    new TokenStore(storage).save({ access_token: 'a1', id_token: 'i1', refresh_token: 'r1' });

    expect(storage.getItem('cognitoAccessToken')).toBe('a1');
    expect(storage.getItem('cognitoIdToken')).toBe('i1');
    expect(storage.getItem('cognitoRefreshToken')).toBe('r1');
    expect(TOKEN_KEYS).toEqual({ access: 'cognitoAccessToken', id: 'cognitoIdToken', refresh: 'cognitoRefreshToken' });
  });

  it('keeps the refresh token when a refresh answer has none', () => {
    const store = new TokenStore(new MemoryStorage());
    store.save({ access_token: 'a1', id_token: 'i1', refresh_token: 'r1' });
    store.save({ access_token: 'a2', id_token: 'i2' });

    expect(store.get()).toEqual({ accessToken: 'a2', idToken: 'i2', refreshToken: 'r1' });
  });

  it('clears every token, says why, and tells its listeners', () => {
    const storage = new MemoryStorage();
    storage.setItem('draft:job', 'kept');
    const store = new TokenStore(storage);
    store.save({ access_token: 'a1', id_token: 'i1', refresh_token: 'r1' });
    const heard: (string | null)[] = [];
    store.subscribe(() => heard.push(store.accessToken()));

    store.clear('expired');

    expect(store.get()).toBeNull();
    expect(store.endedBy()).toBe('expired');
    expect(storage.length).toBe(1); // only the draft is left
    expect(heard).toEqual([null]);
  });

  it('reads a new store from what an earlier one wrote (a reload of the tab)', () => {
    const storage = new MemoryStorage();
    new TokenStore(storage).save({ access_token: 'a1', refresh_token: 'r1' });

    expect(new TokenStore(storage).get()).toEqual({ accessToken: 'a1', idToken: null, refreshToken: 'r1' });
  });
});

describe('jwt', () => {
  it('reads exp in milliseconds and the claims, unicode included', () => {
    const token = jwt({ exp: 1_900_000_000, given_name: 'Zoë' });

    expect(jwtExpiresAt(token)).toBe(1_900_000_000_000);
    expect(jwtClaims(token)?.given_name).toBe('Zoë');
  });

  it('gives null for what is not a JWT', () => {
    expect(jwtExpiresAt('opaque')).toBeNull();
    expect(jwtClaims('a.!!!.c')).toBeNull();
    expect(jwtExpiresAt(jwt({ sub: 'x' }))).toBeNull();
  });
});
