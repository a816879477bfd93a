import { describe, expect, it } from 'vitest';
import { createApiClient } from '../api/client';
import { ServiceStatus } from '../api/serviceStatus';
import { json, jwt, scriptedFetch } from '../api/testing';
import { MemoryStorage } from './memoryStorage';
import { loadProfile, ProfileStore } from './profile';
import { TokenStore } from './tokens';

function client(answer: () => Response | Promise<Response>) {
  const tokens = new TokenStore(new MemoryStorage());
  tokens.save({ access_token: jwt({ sub: 'u1', exp: Date.now() / 1000 + 3600 }), refresh_token: 'r' });
  const { fetch, calls } = scriptedFetch(answer);
  return { api: createApiClient({ baseUrl: 'http://careervault.test', fetch, tokens, serviceStatus: new ServiceStatus() }), calls };
}

describe('the profile store', () => {
  it('loads GET /auth/me, email_verified included, and tells its listeners', async () => {
    const store = new ProfileStore();
    const heard: unknown[] = [];
    store.subscribe(() => heard.push(store.get()));
    const me = { user_id: 'u1', username: 'ann', email: 'ann@example.com', email_verified: false };
    const { api, calls } = client(() => json(200, me));

    expect(await loadProfile(() => api.GET('/auth/me'), store)).toBe(true);
    expect(store.get()).toEqual(me);
    expect(heard).toEqual([me]);
    expect(calls.map((c) => c.path)).toEqual(['/auth/me']);

    store.set({ email: 'new@example.com', email_verified: false }, true);
    expect(store.get()).toEqual({ ...me, email: 'new@example.com' });
  });

  it('keeps what it has when the API does not answer', async () => {
    const store = new ProfileStore();
    store.set({ username: 'ann' });

    expect(await loadProfile(() => client(() => json(503, { status: 503 })).api.GET('/auth/me'), store)).toBe(false);
    expect(await loadProfile(() => client(() => Promise.reject(new TypeError('offline'))).api.GET('/auth/me'), store)).toBe(false);
    expect(store.get()).toEqual({ username: 'ann' });
  });
});
